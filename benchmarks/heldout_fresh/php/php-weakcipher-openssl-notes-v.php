<?php
function encryptNote(string $plain): string
{
    $key = hex2bin(getenv('NOTES_KEY'));
    $cipher = openssl_encrypt($plain, 'des-ede3-ecb', $key, OPENSSL_RAW_DATA);
    return base64_encode($cipher);
}

function decryptNote(string $stored): string
{
    $key = hex2bin(getenv('NOTES_KEY'));
    return openssl_decrypt(base64_decode($stored), 'des-ede3-ecb', $key, OPENSSL_RAW_DATA);
}
