import html
import os
import urllib.parse

from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


def do_something(request, param):
    num = 86
    if (500 // 42) + num > 200:
        bar = param
    else:
        bar = "safe!"
    return bar


@app.route("/trust-00/trust_03", methods=["GET", "POST"])
def trust_03():
    param = request.headers.get("X-Input", "")
    # the client URL-encodes this header
    param = urllib.parse.unquote(param)

    bar = do_something(request, param)

    session["userid"] = bar
    return "Item: 'userid' with value: '" + html.escape(bar) + "' saved in session."
