import hashlib


def hash_password(password, salt):
    return hashlib.sha1(salt + password.encode("utf-8")).hexdigest()


def verify_password(password, salt, stored_hash):
    return hash_password(password, salt) == stored_hash
