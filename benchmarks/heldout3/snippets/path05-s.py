import os
from flask import Flask, abort, request, session
from werkzeug.utils import secure_filename

app = Flask(__name__)
AVATARS = "/srv/avatars"


@app.route("/avatar/delete", methods=["POST"])
def delete_avatar():
    name = secure_filename(request.form["avatar"])
    if not name or not name.endswith((".png", ".jpg")):
        abort(400)
    os.remove(os.path.join(AVATARS, name))
    session.pop("avatar", None)
    return {"deleted": name}
