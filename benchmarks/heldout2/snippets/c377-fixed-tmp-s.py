import argparse
import json
import os
import urllib.request
from pathlib import Path


def fetch(url: str) -> dict:
    cache_dir = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "metrics"
    cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    cache = cache_dir / "daily.json"
    if cache.exists():
        return json.loads(cache.read_text())
    with urllib.request.urlopen(url, timeout=10) as resp:
        data = json.load(resp)
    cache.write_text(json.dumps(data))
    return data


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="https://metrics.example.com/daily.json")
    print(fetch(parser.parse_args().url))
