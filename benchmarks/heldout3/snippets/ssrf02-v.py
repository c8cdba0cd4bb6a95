import urllib.request
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/proxy", methods=["POST"])
def proxy_image():
    image_url = request.get_json()["image_url"]
    with urllib.request.urlopen(image_url, timeout=10) as remote:
        body = remote.read()
        ctype = remote.headers.get("Content-Type", "application/octet-stream")
    return Response(body, content_type=ctype)
