from urllib.parse import urlsplit

from flask import Flask, redirect, request, session

app = Flask(__name__)


def check_credentials(user: str, pw: str) -> bool:
    from .auth import verify
    return verify(user, pw)


def local_target(raw: str | None) -> str:
    if not raw:
        return "/"
    parts = urlsplit(raw)
    if parts.scheme or parts.netloc or not raw.startswith("/") or raw.startswith("//"):
        return "/"
    if "\\" in raw or any(ord(c) < 32 for c in raw):
        return "/"
    return raw


@app.post("/login")
def login():
    if not check_credentials(request.form["user"], request.form["password"]):
        return "invalid login", 401
    session["user"] = request.form["user"]
    target = local_target(request.args.get("next"))
    return redirect(target)
