import html
import os

from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.route("/trust-00/trust_01", methods=["GET", "POST"])
def trust_01():
    param = request.args.get("input", "")

    values_map = {}
    values_map["keyA"] = "safe!"
    values_map["keyB"] = param
    values_map["keyC"] = "another_value"
    bar = values_map["keyA"]

    session["userid"] = bar
    return "Item: 'userid' with value: '" + html.escape(bar) + "' saved in session."
