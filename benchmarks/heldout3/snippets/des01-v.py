import base64
import pickle
from flask import Flask, jsonify, request

app = Flask(__name__)
DEFAULTS = {"theme": "light", "lang": "en"}


@app.route("/settings")
def settings():
    raw = request.cookies.get("prefs")
    prefs = dict(DEFAULTS)
    if raw:
        prefs.update(pickle.loads(base64.b64decode(raw)))
    return jsonify(prefs)
