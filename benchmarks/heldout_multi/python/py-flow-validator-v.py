from urllib.parse import urlparse
from urllib.request import urlopen
from flask import Flask, request, abort

app = Flask(__name__)

def looks_like_url(value):
    return urlparse(value).scheme in ("http", "https")

@app.route("/status")
def status():
    url = request.args.get("url", "")
    if not looks_like_url(url):
        abort(400)
    with urlopen(url, timeout=5) as resp:
        return {"code": resp.status}
