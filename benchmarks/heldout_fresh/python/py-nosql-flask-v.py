from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient("mongodb://localhost:27017")["shop"]["users"]


@app.post("/api/login")
def api_login():
    payload = request.get_json(force=True)
    account = users.find_one({"username": payload.get("username"), "api_key": payload.get("api_key")})
    if account is None:
        return jsonify(error="invalid"), 401
    return jsonify(id=str(account["_id"]), plan=account.get("plan", "free"))
