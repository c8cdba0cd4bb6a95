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
    salt = os.urandom(8).hex()
    return salt + "$" + hashlib.sha256((salt + pw).encode()).hexdigest()


@app.post("/signup", status_code=201)
async def signup(body: Signup):
    conn = await asyncpg.connect(os.environ["DATABASE_URL"])
    try:
        await conn.execute("INSERT INTO users (email, pw_hash) VALUES ($1, $2)",
                           body.email, hash_password(body.password))
    finally:
        await conn.close()
    return {"email": body.email}
