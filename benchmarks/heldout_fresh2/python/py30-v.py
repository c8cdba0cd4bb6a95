import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class FieldCipher:
    """Encrypts sensitive columns (IBAN, phone) before they are stored."""

    def __init__(self, key: bytes):
        self.key = key

    def encrypt(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self.key), modes.ECB()).encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode()

    def decrypt(self, token: str) -> str:
        dec = Cipher(algorithms.AES(self.key), modes.ECB()).decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()


cipher = FieldCipher(base64.b64decode(os.environ["FIELD_KEY"]))
