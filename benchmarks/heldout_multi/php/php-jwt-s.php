<?php
use Firebase\JWT\JWT;
use Firebase\JWT\Key;

function current_user_id(): ?string {
    $auth = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
    try {
        $payload = JWT::decode(substr($auth, 7), new Key(getenv('JWT_SECRET'), 'HS256'));
    } catch (Exception $e) {
        return null;
    }
    return $payload->sub ?? null;
}
