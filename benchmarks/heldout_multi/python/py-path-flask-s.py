import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORTS = "/srv/reports"

@app.route("/report")
def report():
    name = request.args["name"]
    path = os.path.realpath(os.path.join(REPORTS, name))
    if not path.startswith(REPORTS + os.sep):
        abort(404)
    return send_file(path)
