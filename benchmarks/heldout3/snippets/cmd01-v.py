import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    result = subprocess.run(
        f"ping -c 3 {host}", shell=True, capture_output=True, text=True
    )
    return f"<pre>{result.stdout}</pre>" if result.returncode == 0 else ("unreachable", 502)
