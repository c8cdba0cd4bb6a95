import urllib.parse
import urllib.request
from flask import Flask, Response, request

app = Flask(__name__)
CDN = "https://cdn.example.com/images/"


@app.route("/proxy", methods=["POST"])
def proxy_image():
    image_id = request.get_json()["image_id"]
    image_url = CDN + urllib.parse.quote(str(image_id), safe="")
    with urllib.request.urlopen(image_url, timeout=10) as remote:
        body = remote.read()
        ctype = remote.headers.get("Content-Type", "application/octet-stream")
    return Response(body, content_type=ctype)
