import os
from flask import Flask, request, send_from_directory

app = Flask(__name__)
FILES_DIR = os.path.join(os.path.dirname(__file__), "files")


@app.route("/download")
def download():
    filename = request.args.get("file")
    if not filename:
        return "Not found", 404
    return send_from_directory(FILES_DIR, filename, as_attachment=True)
