from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]


def check_credentials(user, pw):
    from myapp.auth import verify  # project helper
    return verify(user, pw)


@app.post("/login")
def login():
    if not check_credentials(request.form["username"], request.form["password"]):
        return "invalid login", 401
    session["user"] = request.form["username"]
    next_url = request.args.get("next") or url_for("dashboard")
    return redirect(next_url)


@app.get("/dashboard")
def dashboard():
    return "welcome back"
