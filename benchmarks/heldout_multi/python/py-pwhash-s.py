import bcrypt
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
USERS = {}

class Signup(BaseModel):
    username: str
    password: str

@app.post("/signup")
def signup(body: Signup):
    USERS[body.username] = bcrypt.hashpw(body.password.encode(), bcrypt.gensalt())
    return {"ok": True}
