import subprocess
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

@app.route("/lookup")
def lookup():
    domain = request.args.get("domain", "")
    out = subprocess.check_output(["nslookup", "--", domain], text=True)
    return f"<pre>{escape(out)}</pre>"
