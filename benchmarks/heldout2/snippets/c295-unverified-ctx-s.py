import json
import os
import urllib.request
import ssl


def fetch_rates():
    url = os.environ.get("RATES_URL", "https://rates.example.com/latest.json")
    ctx = ssl.create_default_context()
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return json.load(resp)["rates"]


if __name__ == "__main__":
    rates = fetch_rates()
    with open("/var/cache/rates.json", "w") as fh:
        json.dump(rates, fh)
