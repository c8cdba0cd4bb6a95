import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def seal(key: bytes, block: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block) + enc.finalize()
