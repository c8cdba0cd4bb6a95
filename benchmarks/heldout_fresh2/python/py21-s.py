import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def signature_ok(payload: bytes, received: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET, payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@app.route("/webhooks/payments", methods=["POST"])
def payments_webhook():
    received = request.headers.get("X-Signature", "")
    if not signature_ok(request.get_data(), received):
        abort(401)
    event = request.get_json()
    if event.get("type") == "charge.succeeded":
        mark_paid(event["data"]["order_id"])
    return "", 204


def mark_paid(order_id):
    print("order paid", order_id)
