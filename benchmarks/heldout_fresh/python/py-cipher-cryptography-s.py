import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = base64.b64decode(os.environ["FIELD_KEY_B64"])  # 32 bytes


def encrypt_ssn(ssn: str) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(KEY).encrypt(nonce, ssn.encode(), b"ssn")
    return base64.b64encode(nonce + sealed).decode()


def decrypt_ssn(token: str) -> str:
    raw = base64.b64decode(token)
    return AESGCM(KEY).decrypt(raw[:12], raw[12:], b"ssn").decode()


if __name__ == "__main__":
    t = encrypt_ssn("078-05-1120")
    assert decrypt_ssn(t) == "078-05-1120"
    print(t)
