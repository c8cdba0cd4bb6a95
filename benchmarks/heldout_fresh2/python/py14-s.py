import secrets

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
SESSIONS = {}


@app.route("/api/login", methods=["POST"])
def api_login():
    data = request.get_json(force=True)
    user = lookup_user(data.get("email"), data.get("password"))
    if user is None:
        return jsonify(error="invalid login"), 401
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user["id"]
    resp = make_response(jsonify(ok=True, name=user["name"]))
    resp.set_cookie("sid", sid, max_age=3600 * 8, secure=True, httponly=True, samesite="Lax")
    return resp


def lookup_user(email, password):
    from accounts import authenticate
    return authenticate(email, password)
