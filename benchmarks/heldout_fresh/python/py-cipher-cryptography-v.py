import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = base64.b64decode(os.environ["FIELD_KEY_B64"])  # 32 bytes


def encrypt_ssn(ssn: str) -> str:
    padder = padding.PKCS7(128).padder()
    data = padder.update(ssn.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(KEY), modes.ECB()).encryptor()
    return base64.b64encode(enc.update(data) + enc.finalize()).decode()


def decrypt_ssn(token: str) -> str:
    dec = Cipher(algorithms.AES(KEY), modes.ECB()).decryptor()
    data = dec.update(base64.b64decode(token)) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode()
