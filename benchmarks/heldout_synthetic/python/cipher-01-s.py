import base64

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/cipher-00/cipher_01", methods=["GET", "POST"])
def cipher_01():
    param = request.args.get("input", "")

    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

    key = get_random_bytes(32)
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    return Response(f"Sensitive value encrypted and stored: {len(ciphertext)} bytes", mimetype="text/plain")
