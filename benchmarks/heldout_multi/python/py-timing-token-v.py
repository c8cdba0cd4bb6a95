import os
from flask import Flask, request, abort

app = Flask(__name__)
WEBHOOK_TOKEN = os.environ["WEBHOOK_TOKEN"]

@app.post("/hook")
def hook():
    if request.headers.get("X-Hook-Token", "") != WEBHOOK_TOKEN:
        abort(403)
    return "ok"
