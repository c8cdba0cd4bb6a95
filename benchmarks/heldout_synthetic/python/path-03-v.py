import os

from flask import Flask, request, send_file

app = Flask(__name__)
UPLOAD_DIR = "/var/app/uploads"


@app.route("/path-00/path_03", methods=["GET", "POST"])
def path_03():
    param = request.form.get("input", "")

    values_list = ["safe"]
    values_list.append(param)
    values_list.append("safe!")
    values_list.pop(0)  # drop the first entry
    bar = values_list[0]

    return send_file(os.path.join(UPLOAD_DIR, bar), as_attachment=True)
