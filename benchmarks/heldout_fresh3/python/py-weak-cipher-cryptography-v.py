import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = base64.b64decode(os.environ["TOKEN_KEY"])


def seal(token: str) -> str:
    padder = padding.PKCS7(128).padder()
    data = padder.update(token.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(KEY), modes.ECB()).encryptor()
    return base64.b64encode(enc.update(data) + enc.finalize()).decode()


def unseal(blob: str) -> str:
    dec = Cipher(algorithms.AES(KEY), modes.ECB()).decryptor()
    data = dec.update(base64.b64decode(blob)) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode()
