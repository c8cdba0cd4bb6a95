import tarfile
import tempfile
from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_bundle():
    upload = request.files["bundle"]
    dest = tempfile.mkdtemp()
    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tar:
        tar.extractall(dest)
    return {"dir": dest}
