import hashlib
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

SALT = b"s0m3-st4t1c-s4lt"
IV = b"0123456789abcdef"

def encrypt(password: str, text: str) -> bytes:
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 200_000)
    cipher = AES.new(key, AES.MODE_CBC, IV)
    return cipher.encrypt(pad(text.encode(), 16))
