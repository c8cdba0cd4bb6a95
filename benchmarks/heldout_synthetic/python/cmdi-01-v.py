import subprocess

from flask import Flask, request, Response

app = Flask(__name__)


def do_something(request, param):
    bar = param
    return bar


@app.route("/cmdi-00/cmdi_01", methods=["GET", "POST"])
def cmdi_01():
    param = request.form.get("input", "")

    bar = do_something(request, param)

    proc = subprocess.run("echo " + bar, shell=True, capture_output=True, text=True, timeout=10)
    return Response(proc.stdout, mimetype="text/plain")
