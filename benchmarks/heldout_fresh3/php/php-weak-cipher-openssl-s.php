<?php

final class CredentialBox
{
    public function __construct(private string $key) {}

    public function seal(string $plain): string
    {
        $iv = random_bytes(12);
        $ct = openssl_encrypt($plain, 'aes-256-gcm', $this->key, OPENSSL_RAW_DATA, $iv, $tag);
        return base64_encode($iv . $tag . $ct);
    }

    public function open(string $sealed): string|false
    {
        $raw = base64_decode($sealed);
        return openssl_decrypt(substr($raw, 28), 'aes-256-gcm', $this->key, OPENSSL_RAW_DATA,
            substr($raw, 0, 12), substr($raw, 12, 16));
    }
}

$box = new CredentialBox(base64_decode(getenv('CRED_KEY')));
