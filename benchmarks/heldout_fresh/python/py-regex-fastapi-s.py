import re
from pathlib import Path

from fastapi import FastAPI, Query

app = FastAPI()
LOG_FILE = Path("/var/log/app/worker.log")


def grep_lines(expression: str, limit: int):
    matcher = re.compile(re.escape(expression))
    hits = []
    with LOG_FILE.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if matcher.search(line):
                hits.append(line.rstrip("\n"))
                if len(hits) >= limit:
                    break
    return hits


@app.get("/logs/grep")
def grep(pattern: str = Query(..., max_length=200), limit: int = 100):
    return {"matches": grep_lines(pattern, min(limit, 500))}
