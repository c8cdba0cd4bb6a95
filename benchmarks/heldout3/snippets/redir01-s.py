from urllib.parse import urlparse

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form"))
    session["user_id"] = user.id
    next_page = request.args.get("next", "/")
    parsed = urlparse(next_page)
    if parsed.scheme or parsed.netloc or not next_page.startswith("/") or next_page.startswith("//") or "\\" in next_page:
        next_page = "/"
    return redirect(next_page)
