import os
import urllib.parse

from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/cmdi-00/cmdi_02", methods=["GET", "POST"])
def cmdi_02():
    param = request.headers.get("X-Input", "")
    # the client URL-encodes this header
    param = urllib.parse.unquote(param)

    num = 106
    bar = "safe!" if (7 * 42) - num > 200 else param

    output = os.popen("nslookup " + bar).read()
    return Response(output, mimetype="text/plain")
