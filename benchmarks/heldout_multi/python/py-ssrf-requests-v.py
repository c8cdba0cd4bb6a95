import requests
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/probe")
def probe():
    url = request.args.get("url")
    resp = requests.get(url, timeout=5)
    return jsonify(size=len(resp.content))
