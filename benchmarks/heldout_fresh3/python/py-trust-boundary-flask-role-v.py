from flask import Flask, jsonify, request, session

from .sso import verify_assertion

app = Flask(__name__)


@app.post("/sso/complete")
def sso_complete():
    user = verify_assertion(request.form["assertion"])
    session["user_id"] = user.id
    session["display_name"] = user.name
    session["role"] = request.form.get("role", "viewer")
    return jsonify({"ok": True, "role": session["role"]})


@app.get("/admin/panel")
def admin_panel():
    if session.get("role") != "admin":
        return jsonify({"error": "forbidden"}), 403
    return jsonify({"panel": "ok"})
