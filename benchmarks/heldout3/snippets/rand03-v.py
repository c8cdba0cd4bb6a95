import random

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/api-keys", methods=["POST"])
def new_api_key():
    key = "sk_" + "%032x" % random.getrandbits(128)
    return jsonify({"api_key": key}), 201
