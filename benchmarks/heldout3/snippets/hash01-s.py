import sqlite3

from werkzeug.security import generate_password_hash


def register(db_path, username, password):
    password_hash = generate_password_hash(password)
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (username, password_hash),
        )
    return True
