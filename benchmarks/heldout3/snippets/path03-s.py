import os
import zipfile
from flask import Flask, abort, request

app = Flask(__name__)
DEST = "/srv/extracted"


@app.route("/upload", methods=["POST"])
def upload_archive():
    archive = request.files["archive"]
    os.makedirs(DEST, exist_ok=True)
    base = os.path.realpath(DEST)
    with zipfile.ZipFile(archive.stream) as zf:
        for member in zf.namelist():
            target = os.path.realpath(os.path.join(base, member))
            if os.path.commonpath([base, target]) != base:
                abort(400)
        zf.extractall(base)
        names = zf.namelist()
    return {"extracted": names}
