import random as rnd
from flask import Flask, session

app = Flask(__name__)


@app.post("/login")
def login():
    session["csrf_token"] = str(rnd.randint(10**8, 10**9))
    return {"ok": True}
