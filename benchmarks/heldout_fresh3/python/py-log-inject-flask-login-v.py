import logging

from flask import Flask, request

from .auth import authenticate

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.post("/api/login")
def login():
    username = request.form.get("username", "")
    if not authenticate(username, request.form.get("password", "")):
        audit.warning("failed login for user=%s from %s", username,
                      request.remote_addr)
        return {"error": "invalid credentials"}, 401
    audit.info("login ok user=%s", username)
    return {"ok": True}
