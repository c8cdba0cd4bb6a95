import html
import random

from flask import Flask, request, make_response

app = Flask(__name__)
ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


@app.route("/rand-00/rand_03", methods=["GET", "POST"])
def rand_03():
    param = request.form.get("input", "")

    bar = f"{param}".strip()
    num = 86
    rng = random.SystemRandom() if (7 * 42) - num > 200 else random.Random()

    remember_key = "".join(rng.choice(ALPHABET) for _ in range(24))
    resp = make_response("Welcome back, " + html.escape(bar) + ". You will stay signed in on this device.")
    resp.set_cookie("remember_me", remember_key, max_age=60 * 60 * 24 * 30, secure=True, httponly=True, samesite="Lax")
    return resp
