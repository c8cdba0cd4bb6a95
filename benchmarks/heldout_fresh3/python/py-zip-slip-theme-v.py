import os
import zipfile

from flask import Flask, jsonify, request

app = Flask(__name__)
THEMES = "/srv/cms/themes"


def unpack(archive: zipfile.ZipFile, dest: str) -> int:
    count = 0
    for member in archive.infolist():
        if member.is_dir():
            continue
        target = os.path.join(dest, member.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(member) as src, open(target, "wb") as out:
            out.write(src.read())
        count += 1
    return count


@app.post("/admin/themes")
def install_theme():
    with zipfile.ZipFile(request.files["theme"].stream) as zf:
        n = unpack(zf, THEMES)
    return jsonify({"files": n})
