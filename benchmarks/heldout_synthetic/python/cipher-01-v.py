import base64

from Crypto.Cipher import DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/cipher-00/cipher_01", methods=["GET", "POST"])
def cipher_01():
    param = request.args.get("input", "")

    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

    key = get_random_bytes(8)
    cipher = DES.new(key, DES.MODE_ECB)
    ciphertext = cipher.encrypt(pad(bar.encode("utf-8"), DES.block_size))
    return Response(f"Sensitive value encrypted and stored: {len(ciphertext)} bytes", mimetype="text/plain")
