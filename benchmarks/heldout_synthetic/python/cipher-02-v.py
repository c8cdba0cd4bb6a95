import urllib.parse

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/cipher-00/cipher_02", methods=["GET", "POST"])
def cipher_02():
    param = request.headers.get("X-Input", "")
    # the client URL-encodes this header
    param = urllib.parse.unquote(param)

    bar = param
    modes_by_name = {"modern": AES.MODE_GCM, "legacy": AES.MODE_ECB}
    mode = modes_by_name["legacy"]

    data = bar.encode("utf-8")
    key = get_random_bytes(32)
    cipher = AES.new(key, mode)
    if mode == AES.MODE_GCM:
        ciphertext, _tag = cipher.encrypt_and_digest(data)
    else:
        ciphertext = cipher.encrypt(pad(data, AES.block_size))
    return Response(f"Sensitive value encrypted and stored: {len(ciphertext)} bytes", mimetype="text/plain")
