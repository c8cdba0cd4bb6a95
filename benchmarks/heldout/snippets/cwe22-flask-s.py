import os
from flask import Flask, abort, request, send_file

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/download")
def download():
    path = os.path.realpath(os.path.join(UPLOAD_DIR, request.args["file"]))
    if not path.startswith(UPLOAD_DIR + os.sep):
        abort(404)
    return send_file(path)
