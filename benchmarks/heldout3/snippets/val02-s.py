import io
from flask import Flask, abort, request, send_file
from PIL import Image

app = Flask(__name__)


@app.route("/resize", methods=["POST"])
def resize():
    width = request.args.get("w", type=int)
    height = request.args.get("h", type=int)
    if not width or not height or not (1 <= width <= 2000 and 1 <= height <= 2000):
        abort(400)
    image = Image.open(request.files["image"].stream)
    out = io.BytesIO()
    image.resize((width, height)).save(out, format="PNG")
    out.seek(0)
    return send_file(out, mimetype="image/png")
