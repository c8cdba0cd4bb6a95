from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
ALLOWED_HOSTS = {"images.example-cdn.com", "uploads.example.com"}


class ImageRef(BaseModel):
    url: str


@app.post("/images/inspect")
async def inspect_image(ref: ImageRef):
    parts = urlsplit(ref.url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS or parts.port:
        raise HTTPException(400, "host not allowed")
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.get(ref.url)
    if resp.status_code != 200:
        raise HTTPException(502, "upstream error")
    return {"content_type": resp.headers.get("content-type"),
            "bytes": len(resp.content)}
