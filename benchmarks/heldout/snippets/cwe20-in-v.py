import requests
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    url = request.args.get("url", "")
    if "example.com" not in url:
        abort(403)
    return requests.get(url, timeout=5).text
