from flask import Flask, g, jsonify, request

from .db import session
from .models import User

app = Flask(__name__)


def apply_changes(user: User, changes: dict) -> None:
    for key, value in changes.items():
        if hasattr(user, key):
            setattr(user, key, value)


@app.patch("/me")
def update_me():
    user = session.get(User, g.user_id)
    apply_changes(user, request.get_json() or {})
    session.commit()
    return jsonify({"id": user.id, "name": user.display_name, "email": user.email})
