import os
from flask import Flask, Response, abort

app = Flask(__name__)
BASE = "/var/www/docs"


@app.route("/docs/<path:name>")
def read_doc(name):
    path = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([path, BASE]) != BASE:
        abort(404)
    with open(path, encoding="utf-8") as handle:
        content = handle.read()
    return Response(content, mimetype="text/plain")
