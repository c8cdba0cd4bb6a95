import os
from flask import Flask, Response

app = Flask(__name__)
BASE = "/var/www/docs"


@app.route("/docs/<path:name>")
def read_doc(name):
    with open(os.path.join(BASE, name), encoding="utf-8") as handle:
        content = handle.read()
    return Response(content, mimetype="text/plain")
