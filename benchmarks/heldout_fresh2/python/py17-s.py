from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["support"]


@app.route("/tickets/find", methods=["POST"])
def find_tickets():
    body = request.get_json() or {}
    query = {
        "customer_id": str(body.get("customer_id", "")),
        "status": str(body.get("status", "open")),
    }
    tickets = db.tickets.find(query, {"_id": 0, "subject": 1, "status": 1, "created": 1}).limit(50)
    return jsonify(list(tickets))
