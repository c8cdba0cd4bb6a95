import io
from flask import Flask, request, send_file
from PIL import Image

app = Flask(__name__)


@app.route("/resize", methods=["POST"])
def resize():
    width = int(request.args["w"])
    height = int(request.args["h"])
    image = Image.open(request.files["image"].stream)
    out = io.BytesIO()
    image.resize((width, height)).save(out, format="PNG")
    out.seek(0)
    return send_file(out, mimetype="image/png")
