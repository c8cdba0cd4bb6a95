from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]

@app.post("/login")
def login():
    body = request.get_json()
    user = users.find_one({"username": body["username"], "password_hash": body["password"]})
    return {"ok": user is not None}
