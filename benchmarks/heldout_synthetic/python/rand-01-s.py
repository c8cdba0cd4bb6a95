import html
import secrets

from flask import Flask, request, make_response

app = Flask(__name__)
ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


@app.route("/rand-00/rand_01", methods=["GET", "POST"])
def rand_01():
    param = request.args.get("input", "")

    bar = param

    remember_key = secrets.token_hex(8)
    resp = make_response("Welcome back, " + html.escape(bar) + ". You will stay signed in on this device.")
    resp.set_cookie("remember_me", remember_key, max_age=60 * 60 * 24 * 30, secure=True, httponly=True, samesite="Lax")
    return resp
