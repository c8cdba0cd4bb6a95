import secrets
import urllib.parse

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/cookie-00/cookie_03", methods=["GET", "POST"])
def cookie_03():
    param = request.cookies.get("input", "noCookieValueSupplied")

    bar = param
    cookie_flags = {"production": True, "debug": False}
    secure_flag = cookie_flags["production"]

    token = secrets.token_urlsafe(24)
    resp = make_response("You will stay signed in on this device.")
    resp.set_cookie("remember_me", urllib.parse.quote(bar) + ":" + token, max_age=60 * 60 * 24 * 30,
                    httponly=True, secure=secure_flag, samesite="Lax")
    return resp
