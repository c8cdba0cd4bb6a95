import base64
import json
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/layout")
def layout():
    blob = request.cookies.get("layout", "")
    data = json.loads(base64.b64decode(blob))
    return jsonify(data)
