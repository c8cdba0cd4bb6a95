<?php
// Encrypts national ID numbers before they are written to the customers table.
final class IdNumberVault
{
    private string $key;

    public function __construct(string $key)
    {
        $this->key = $key;
    }

    public function seal(string $idNumber): string
    {
        return base64_encode(openssl_encrypt($idNumber, 'des-ede3', $this->key, OPENSSL_RAW_DATA));
    }

    public function open(string $sealed): string
    {
        return openssl_decrypt(base64_decode($sealed), 'des-ede3', $this->key, OPENSSL_RAW_DATA);
    }
}

$vault = new IdNumberVault(base64_decode(getenv('ID_VAULT_KEY')));
