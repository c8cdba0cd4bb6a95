import base64
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


def decode_cart(blob: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(blob))


@app.post("/cart/restore")
def restore_cart():
    blob = request.get_json(force=True).get("cart", "")
    cart = decode_cart(blob)
    total = sum(i["price"] * i["qty"] for i in cart.get("items", []))
    return jsonify({"items": cart.get("items", []), "total": total})
