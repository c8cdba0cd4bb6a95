from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
ALLOWED_HOSTS = {"docs.example.com", "blog.example.com"}


class PreviewRequest(BaseModel):
    url: str


@app.post("/link-preview")
async def link_preview(req: PreviewRequest):
    parts = urlsplit(req.url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS or parts.port not in (None, 443):
        raise HTTPException(status_code=400, detail="host not allowed")
    async with httpx.AsyncClient(timeout=5.0, follow_redirects=False) as client:
        resp = await client.get(req.url)
    if resp.status_code != 200:
        raise HTTPException(status_code=502, detail="upstream error")
    html = resp.text
    start = html.find("<title>")
    end = html.find("</title>")
    title = html[start + 7:end].strip() if start != -1 and end != -1 else None
    return {"url": req.url, "title": title}
