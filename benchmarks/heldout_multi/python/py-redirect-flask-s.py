from urllib.parse import urlparse
from flask import Flask, request, redirect, session

app = Flask(__name__)

@app.route("/login/done")
def login_done():
    session["seen"] = True
    target = request.args.get("next", "/")
    parsed = urlparse(target)
    if parsed.netloc or parsed.scheme or not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    return redirect(target)
