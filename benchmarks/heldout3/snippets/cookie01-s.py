import secrets
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    if not check_credentials(request.form["user"], request.form["password"]):
        return "invalid", 401
    resp = make_response("logged in")
    resp.set_cookie("session_id", secrets.token_urlsafe(32), max_age=3600,
                    secure=True, httponly=True, samesite="Lax")
    return resp
