import re
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"example.com", "docs.example.com"}


@app.route("/title")
def page_title():
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    resp = requests.get(url, timeout=5, allow_redirects=False)
    match = re.search(r"<title>(.*?)</title>", resp.text, re.I | re.S)
    return {"title": match.group(1).strip() if match else None}
