import hashlib
import os
import sqlite3


def register(db: sqlite3.Connection, username: str, password: str) -> None:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    db.execute("INSERT INTO users (name, pw, salt) VALUES (?, ?, ?)", (username, digest.hex(), salt.hex()))
    db.commit()
