import os
import subprocess
import uuid
from flask import Flask, request, send_file

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/thumbnail", methods=["POST"])
def thumbnail():
    upload = request.files["image"]
    src = os.path.join(UPLOADS, uuid.uuid4().hex + ".img")
    upload.save(src)
    dst = src + ".thumb.png"
    subprocess.run(["convert", src, "-resize", "128x128", dst], check=True)
    return send_file(dst, mimetype="image/png")
