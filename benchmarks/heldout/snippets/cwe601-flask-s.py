from urllib.parse import urlparse

from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.post("/login")
def login():
    session["user"] = request.form["user"]
    target = request.args.get("next", "/")
    parts = urlparse(target)
    if parts.netloc or parts.scheme or not target.startswith("/") or target.startswith("//"):
        target = "/"
    return redirect(target)
