import hashlib
import hmac


def hash_password(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600_000).hex()


def verify_password(password, salt, stored_hash):
    return hmac.compare_digest(hash_password(password, salt), stored_hash)
