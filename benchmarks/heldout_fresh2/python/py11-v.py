import random
import string
import time

from flask import Flask, jsonify, request

app = Flask(__name__)
RESET_TOKENS = {}
ALPHABET = string.ascii_letters + string.digits


def new_reset_token(length=32):
    return "".join(random.choice(ALPHABET) for _ in range(length))


@app.route("/password/forgot", methods=["POST"])
def forgot_password():
    email = request.json.get("email", "").strip().lower()
    token = new_reset_token()
    RESET_TOKENS[token] = {"email": email, "expires": time.time() + 900}
    # send_mail(email, f"https://app.example.com/reset?token={token}")
    return jsonify(status="sent")
