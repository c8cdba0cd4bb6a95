import hashlib
import hmac
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.post("/login")
def login():
    body = request.get_json()
    username, password = str(body["username"]), str(body["password"])
    user = users.find_one({"username": username})
    ok = user is not None and hmac.compare_digest(
        hashlib.scrypt(password.encode(), salt=user["salt"], n=2**14, r=8, p=1), user["hash"])
    return {"ok": ok}
