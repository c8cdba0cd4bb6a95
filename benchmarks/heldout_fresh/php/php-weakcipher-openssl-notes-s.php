<?php
function encryptNote(string $plain): string
{
    $key = hex2bin(getenv('NOTES_KEY'));
    $iv = random_bytes(12);
    $cipher = openssl_encrypt($plain, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
    return base64_encode($iv . $tag . $cipher);
}

function decryptNote(string $stored): string|false
{
    $key = hex2bin(getenv('NOTES_KEY'));
    $raw = base64_decode($stored);
    return openssl_decrypt(substr($raw, 28), 'aes-256-gcm', $key, OPENSSL_RAW_DATA, substr($raw, 0, 12), substr($raw, 12, 16));
}
