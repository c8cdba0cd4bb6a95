import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FieldCipher:
    """Encrypts sensitive columns (IBAN, phone) before they are stored."""

    def __init__(self, key: bytes):
        self.aead = AESGCM(key)

    def encrypt(self, value: str) -> str:
        nonce = os.urandom(12)
        ct = self.aead.encrypt(nonce, value.encode(), None)
        return base64.b64encode(nonce + ct).decode()

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        return self.aead.decrypt(raw[:12], raw[12:], None).decode()


cipher = FieldCipher(base64.b64decode(os.environ["FIELD_KEY"]))
