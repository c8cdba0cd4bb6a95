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
        $nonce = random_bytes(SODIUM_CRYPTO_AEAD_XCHACHA20POLY1305_IETF_NPUBBYTES);
        $box = sodium_crypto_aead_xchacha20poly1305_ietf_encrypt($idNumber, '', $nonce, $this->key);
        return base64_encode($nonce . $box);
    }

    public function open(string $sealed): string
    {
        $raw = base64_decode($sealed);
        $n = SODIUM_CRYPTO_AEAD_XCHACHA20POLY1305_IETF_NPUBBYTES;
        $plain = sodium_crypto_aead_xchacha20poly1305_ietf_decrypt(substr($raw, $n), '', substr($raw, 0, $n), $this->key);
        if ($plain === false) {
            throw new RuntimeException('tampered ciphertext');
        }
        return $plain;
    }
}

$vault = new IdNumberVault(base64_decode(getenv('ID_VAULT_KEY')));
