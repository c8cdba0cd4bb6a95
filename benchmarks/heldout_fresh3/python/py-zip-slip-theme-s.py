import os
import zipfile

from flask import Flask, jsonify, request

app = Flask(__name__)
THEMES = "/srv/cms/themes"


def unpack(archive: zipfile.ZipFile, dest: str) -> int:
    count = 0
    root = os.path.realpath(dest)
    for member in archive.infolist():
        if member.is_dir():
            continue
        target = os.path.realpath(os.path.join(root, member.filename))
        if os.path.commonpath([root, target]) != root:
            raise ValueError(f"unsafe entry {member.filename!r}")
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
