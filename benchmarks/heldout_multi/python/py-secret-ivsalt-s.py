import hashlib
import os
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

def encrypt(password: str, text: str) -> bytes:
    salt = os.urandom(16)
    iv = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 200_000)
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return salt + iv + cipher.encrypt(pad(text.encode(), 16))
