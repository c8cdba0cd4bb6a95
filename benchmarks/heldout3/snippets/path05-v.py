import os
from flask import Flask, request, session

app = Flask(__name__)
AVATARS = "/srv/avatars"


@app.route("/avatar/delete", methods=["POST"])
def delete_avatar():
    name = request.form["avatar"]
    os.remove(AVATARS + "/" + name)
    session.pop("avatar", None)
    return {"deleted": name}
