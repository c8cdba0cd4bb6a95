import logging

from flask import Flask, request

from .auth import authenticate

app = Flask(__name__)
audit = logging.getLogger("audit")


def clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:64]


@app.post("/api/login")
def login():
    username = request.form.get("username", "")
    if not authenticate(username, request.form.get("password", "")):
        audit.warning("failed login for user=%s from %s", clean(username),
                      request.remote_addr)
        return {"error": "invalid credentials"}, 401
    audit.info("login ok user=%s", clean(username))
    return {"ok": True}
