import re
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/title")
def page_title():
    url = request.args["url"]
    resp = requests.get(url, timeout=5)
    match = re.search(r"<title>(.*?)</title>", resp.text, re.I | re.S)
    return {"title": match.group(1).strip() if match else None}
