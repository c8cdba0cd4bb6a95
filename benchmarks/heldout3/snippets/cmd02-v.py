import os
from flask import Flask, request, send_file

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/thumbnail", methods=["POST"])
def thumbnail():
    upload = request.files["image"]
    src = os.path.join(UPLOADS, upload.filename)
    upload.save(src)
    dst = src + ".thumb.png"
    os.system("convert %s -resize 128x128 %s" % (src, dst))
    return send_file(dst, mimetype="image/png")
