import hashlib

from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/hash-00/hash_03", methods=["GET", "POST"])
def hash_03():
    param = request.cookies.get("input", "noCookieValueSupplied")

    bar = "{}".format(param)
    num = 86
    if (500 // 42) + num > 200:
        digest_fn = hashlib.md5
    else:
        digest_fn = hashlib.sha256

    fingerprint = digest_fn(bar.encode("utf-8")).hexdigest()
    return Response(f"Integrity fingerprint of your document: {fingerprint}", mimetype="text/plain")
