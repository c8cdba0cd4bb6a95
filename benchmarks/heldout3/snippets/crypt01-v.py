import os
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_file(path, key):
    with open(path, "rb") as f:
        data = f.read()
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    with open(path + ".enc", "wb") as f:
        f.write(encryptor.update(padded) + encryptor.finalize())
    os.remove(path)
