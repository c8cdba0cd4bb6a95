from urllib.parse import urlsplit

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]


def check_credentials(user, pw):
    from myapp.auth import verify  # project helper
    return verify(user, pw)


def safe_next(candidate):
    parts = urlsplit(candidate or "")
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or candidate.startswith(("//", "/\\")):
        return url_for("dashboard")
    return candidate


@app.post("/login")
def login():
    if not check_credentials(request.form["username"], request.form["password"]):
        return "invalid login", 401
    session["user"] = request.form["username"]
    return redirect(safe_next(request.args.get("next")))


@app.get("/dashboard")
def dashboard():
    return "welcome back"
