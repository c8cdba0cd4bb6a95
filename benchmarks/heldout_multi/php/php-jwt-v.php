<?php
function current_user_id(): ?string {
    $auth = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
    $parts = explode('.', substr($auth, 7));
    if (count($parts) !== 3) {
        return null;
    }
    $payload = json_decode(base64_decode(strtr($parts[1], '-_', '+/')), true);
    return $payload['sub'] ?? null;
}
