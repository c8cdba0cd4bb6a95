import base64
import pickle
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/layout")
def layout():
    blob = request.cookies.get("layout", "")
    data = pickle.loads(base64.b64decode(blob))
    return jsonify(data)
