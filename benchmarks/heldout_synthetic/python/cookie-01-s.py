import secrets
import urllib.parse

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/cookie-00/cookie_01", methods=["GET", "POST"])
def cookie_01():
    param = request.form.get("input", "")

    parts = []
    parts.append(param)
    bar = "".join(parts)

    token = secrets.token_urlsafe(24)
    resp = make_response("You will stay signed in on this device.")
    resp.set_cookie("remember_me", urllib.parse.quote(bar) + ":" + token, max_age=60 * 60 * 24 * 30,
                    httponly=True, secure=True, samesite="Lax")
    return resp
