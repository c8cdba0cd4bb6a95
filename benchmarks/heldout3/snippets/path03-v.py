import os
import zipfile
from flask import Flask, request

app = Flask(__name__)
DEST = "/srv/extracted"


@app.route("/upload", methods=["POST"])
def upload_archive():
    archive = request.files["archive"]
    os.makedirs(DEST, exist_ok=True)
    with zipfile.ZipFile(archive.stream) as zf:
        zf.extractall(DEST)
        names = zf.namelist()
    return {"extracted": names}
