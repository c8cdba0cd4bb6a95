from flask import Flask, redirect, request, session

app = Flask(__name__)


def check_credentials(user: str, pw: str) -> bool:
    from .auth import verify
    return verify(user, pw)


@app.post("/login")
def login():
    if not check_credentials(request.form["user"], request.form["password"]):
        return "invalid login", 401
    session["user"] = request.form["user"]
    target = request.args.get("next") or "/"
    return redirect(target)
