import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = base64.b64decode(os.environ["TOKEN_KEY"])


def seal(token: str) -> str:
    nonce = os.urandom(12)
    ct = AESGCM(KEY).encrypt(nonce, token.encode(), b"refresh-token")
    return base64.b64encode(nonce + ct).decode()


def unseal(blob: str) -> str:
    raw = base64.b64decode(blob)
    nonce, ct = raw[:12], raw[12:]
    return AESGCM(KEY).decrypt(nonce, ct, b"refresh-token").decode()
