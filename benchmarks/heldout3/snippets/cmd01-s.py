import ipaddress
import subprocess
from flask import Flask, abort, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/ping")
def ping():
    try:
        host = str(ipaddress.ip_address(request.args.get("host", "")))
    except ValueError:
        abort(400)
    result = subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True)
    return f"<pre>{escape(result.stdout)}</pre>" if result.returncode == 0 else ("unreachable", 502)
