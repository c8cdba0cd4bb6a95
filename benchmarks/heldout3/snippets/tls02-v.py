import json
import ssl
import urllib.request


def fetch_status(url):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return json.load(resp)


if __name__ == "__main__":
    print(fetch_status("https://status.example.com/api/v2/status.json"))
