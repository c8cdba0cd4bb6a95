from Crypto.Cipher import DES
from Crypto.Util.Padding import pad


def encrypt_record(key: bytes, data: bytes) -> bytes:
    cipher = DES.new(key, DES.MODE_ECB)
    return cipher.encrypt(pad(data, 8))
