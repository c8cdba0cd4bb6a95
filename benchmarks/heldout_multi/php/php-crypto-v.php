<?php
function encrypt_note(string $note, string $key): string {
    return base64_encode(openssl_encrypt($note, 'des-ecb', $key, OPENSSL_RAW_DATA));
}
