import os
from flask import Flask, request, send_file

app = Flask(__name__)
FILES_DIR = os.path.join(os.path.dirname(__file__), "files")


@app.route("/download")
def download():
    filename = request.args.get("file")
    path = os.path.join(FILES_DIR, filename)
    if not os.path.isfile(path):
        return "Not found", 404
    return send_file(path, as_attachment=True)
