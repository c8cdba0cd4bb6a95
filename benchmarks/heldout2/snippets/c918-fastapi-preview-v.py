import re

import httpx
from fastapi import FastAPI

app = FastAPI()
TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


@app.get("/preview")
async def preview(url: str):
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(url, follow_redirects=True)
    match = TITLE.search(resp.text)
    return {"url": url, "title": match.group(1).strip() if match else None}
