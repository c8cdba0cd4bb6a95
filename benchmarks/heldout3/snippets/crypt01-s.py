import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_file(path, key):
    with open(path, "rb") as f:
        data = f.read()
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, data, None)
    with open(path + ".enc", "wb") as f:
        f.write(nonce + ciphertext)
    os.remove(path)
