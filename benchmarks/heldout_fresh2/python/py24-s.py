import hashlib
import hmac
import os

import psycopg


class UserStore:
    def __init__(self, dsn):
        self.dsn = dsn

    def _hash(self, password: str, salt: bytes) -> str:
        return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()

    def register(self, email: str, password: str) -> None:
        salt = os.urandom(16)
        digest = self._hash(password, salt)
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO users (email, salt, password_hash) VALUES (%s, %s, %s)",
                (email, salt.hex(), digest),
            )

    def check(self, email: str, password: str) -> bool:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute("SELECT salt, password_hash FROM users WHERE email = %s", (email,)).fetchone()
        if row is None:
            return False
        return hmac.compare_digest(self._hash(password, bytes.fromhex(row[0])), row[1])
