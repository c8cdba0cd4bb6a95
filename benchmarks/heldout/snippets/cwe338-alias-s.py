import secrets
from flask import Flask, session

app = Flask(__name__)


@app.post("/login")
def login():
    session["csrf_token"] = secrets.token_hex(16)
    return {"ok": True}
