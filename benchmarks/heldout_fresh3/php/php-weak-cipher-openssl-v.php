<?php

final class CredentialBox
{
    public function __construct(private string $key) {}

    public function seal(string $plain): string
    {
        $iv = random_bytes(8);
        $ct = openssl_encrypt($plain, 'des-ede3-cbc', $this->key, OPENSSL_RAW_DATA, $iv);
        return base64_encode($iv . $ct);
    }

    public function open(string $sealed): string|false
    {
        $raw = base64_decode($sealed);
        return openssl_decrypt(substr($raw, 8), 'des-ede3-cbc', $this->key, OPENSSL_RAW_DATA, substr($raw, 0, 8));
    }
}

$box = new CredentialBox(base64_decode(getenv('CRED_KEY')));
