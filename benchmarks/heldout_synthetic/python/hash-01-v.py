import hashlib

from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/hash-00/hash_01", methods=["GET", "POST"])
def hash_01():
    values = request.form.getlist("input")
    param = values[0] if values else ""

    bar = param

    fingerprint = hashlib.md5(bar.encode("utf-8")).hexdigest()
    return Response(f"Integrity fingerprint of your document: {fingerprint}", mimetype="text/plain")
