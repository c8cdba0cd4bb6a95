import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.route("/lookup")
def lookup():
    domain = request.args.get("domain", "")
    out = subprocess.check_output(f"nslookup {domain}", shell=True, text=True)
    return f"<pre>{out}</pre>"
