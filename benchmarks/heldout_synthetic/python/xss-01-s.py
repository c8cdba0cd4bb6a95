import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss-00/xss_01", methods=["GET", "POST"])
def xss_01():
    param = request.args.get("input", "")

    bar = param

    return "<p>Hello, " + html.escape(bar) + "</p>"
