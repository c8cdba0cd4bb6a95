import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")

@app.post("/login")
def login():
    username = request.form.get("username", "")
    safe_name = username.replace("\r", "\\r").replace("\n", "\\n")
    log.warning("failed login for user %s", safe_name)
    return "invalid credentials", 401
