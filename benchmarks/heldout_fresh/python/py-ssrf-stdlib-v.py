import json
import sys
import urllib.request


def build_feed_url(raw):
    # accept anything the caller configured
    return raw.strip()


def fetch_feed(feed_url):
    url = build_feed_url(feed_url)
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read().decode("utf-8"))


def handle(event):
    """Lambda-style handler: event = {"feed": "https://..."}"""
    items = fetch_feed(event["feed"])
    return {"count": len(items), "first": items[:3]}


if __name__ == "__main__":
    print(handle(json.loads(sys.stdin.read())))
