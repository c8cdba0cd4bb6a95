import re
from flask import Flask, request, jsonify

app = Flask(__name__)
LINES = open("app.log").read().splitlines()

@app.route("/grep")
def grep():
    pattern = request.args.get("pattern", "")
    rx = re.compile(pattern)
    return jsonify([line for line in LINES if rx.search(line)])
