import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_KEY = os.environ["WEBHOOK_KEY"].encode()


@app.post("/hooks/payments")
def payment_hook():
    body = request.get_data()
    sent = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_KEY, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(401)
    event = request.get_json()
    app.logger.info("payment event %s", event.get("type"))
    return {"ok": True}
