from urllib.parse import urlparse
from urllib.request import urlopen
from flask import Flask, request, abort

app = Flask(__name__)
PARTNERS = {"status.acme.com", "status.globex.com"}

def is_partner_url(value):
    parsed = urlparse(value)
    return parsed.scheme == "https" and parsed.hostname in PARTNERS

@app.route("/status")
def status():
    url = request.args.get("url", "")
    if not is_partner_url(url):
        abort(400)
    with urlopen(url, timeout=5) as resp:
        return {"code": resp.status}
