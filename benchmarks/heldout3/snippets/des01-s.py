import base64
import json
from flask import Flask, jsonify, request

app = Flask(__name__)
DEFAULTS = {"theme": "light", "lang": "en"}


@app.route("/settings")
def settings():
    raw = request.cookies.get("prefs")
    prefs = dict(DEFAULTS)
    if raw:
        data = json.loads(base64.b64decode(raw))
        prefs.update({k: str(v) for k, v in data.items() if k in DEFAULTS})
    return jsonify(prefs)
