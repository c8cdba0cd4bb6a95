import hashlib
import sqlite3


def register(db_path, username, password):
    password_hash = hashlib.md5(password.encode()).hexdigest()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (username, password_hash),
        )
    return True
