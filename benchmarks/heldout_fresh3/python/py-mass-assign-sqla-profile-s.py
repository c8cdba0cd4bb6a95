from flask import Flask, g, jsonify, request

from .db import session
from .models import User

app = Flask(__name__)
EDITABLE = ("display_name", "bio", "timezone", "avatar_url")


def apply_changes(user: User, changes: dict) -> None:
    for key in EDITABLE:
        if key in changes:
            setattr(user, key, changes[key])


@app.patch("/me")
def update_me():
    user = session.get(User, g.user_id)
    apply_changes(user, request.get_json() or {})
    session.commit()
    return jsonify({"id": user.id, "name": user.display_name, "email": user.email})
