import hashlib
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
USERS = {}

class Signup(BaseModel):
    username: str
    password: str

@app.post("/signup")
def signup(body: Signup):
    USERS[body.username] = hashlib.sha256(body.password.encode()).hexdigest()
    return {"ok": True}
