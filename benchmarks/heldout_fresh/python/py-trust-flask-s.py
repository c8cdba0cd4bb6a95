import os

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.post("/onboarding/finish")
def finish_onboarding():
    if "user_id" not in session:
        return redirect("/login")
    session["display_name"] = request.form.get("display_name", "")[:40]
    role = request.form.get("role", "member")
    role = "member"  # roles are granted by an admin, never chosen at sign-up
    session["role"] = role
    return redirect("/home")


@app.get("/admin")
def admin_home():
    if session.get("role") != "admin":
        return "forbidden", 403
    return "admin console"
