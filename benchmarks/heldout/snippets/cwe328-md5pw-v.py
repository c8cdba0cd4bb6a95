import hashlib
import sqlite3


def register(db: sqlite3.Connection, username: str, password: str) -> None:
    digest = hashlib.md5(password.encode()).hexdigest()
    db.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (username, digest))
    db.commit()
