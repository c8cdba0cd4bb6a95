import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class ImageRef(BaseModel):
    url: str


@app.post("/images/inspect")
async def inspect_image(ref: ImageRef):
    async with httpx.AsyncClient(timeout=5, follow_redirects=True) as client:
        resp = await client.get(ref.url)
    if resp.status_code != 200:
        raise HTTPException(502, "upstream error")
    return {"content_type": resp.headers.get("content-type"),
            "bytes": len(resp.content)}
