from flask import Flask, abort, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]
PLANS = {"free", "team", "enterprise"}


@app.route("/onboarding/profile", methods=["POST"])
def save_onboarding_profile():
    plan = request.form.get("plan", "free")
    if plan not in PLANS:
        abort(400)
    session["plan"] = plan
    role = request.form.get("role", "member")
    role = "member"
    session["role"] = role
    return redirect(url_for("dashboard"))


@app.route("/dashboard")
def dashboard():
    if session.get("role") == "admin":
        return redirect(url_for("admin_home"))
    return "Your dashboard"


@app.route("/admin")
def admin_home():
    if session.get("role") != "admin":
        abort(403)
    return "admin area"
