<?php
function encrypt_note(string $note, string $key): string {
    $iv = random_bytes(12);
    $cipher = openssl_encrypt($note, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
    return base64_encode($iv . $tag . $cipher);
}
