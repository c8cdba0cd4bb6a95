import hashlib
import os

import asyncpg
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Signup(BaseModel):
    email: str
    password: str


def hash_password(pw: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pw.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 2**20)
    return salt.hex() + "$" + digest.hex()


@app.post("/signup", status_code=201)
async def signup(body: Signup):
    conn = await asyncpg.connect(os.environ["DATABASE_URL"])
    try:
        await conn.execute("INSERT INTO users (email, pw_hash) VALUES ($1, $2)",
                           body.email, hash_password(body.password))
    finally:
        await conn.close()
    return {"email": body.email}
