import os
import urllib.parse

from flask import Flask, request, abort, send_file

app = Flask(__name__)
UPLOAD_DIR = "/var/app/uploads"


@app.route("/path-00/path_01", methods=["GET", "POST"])
def path_01():
    param = request.args.get("input", "")

    bar = urllib.parse.unquote(param)

    target = os.path.realpath(os.path.join(UPLOAD_DIR, bar))
    if os.path.commonpath([target, UPLOAD_DIR]) != UPLOAD_DIR or not os.path.isfile(target):
        abort(404)
    return send_file(target)
