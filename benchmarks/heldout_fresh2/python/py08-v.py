import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class PreviewRequest(BaseModel):
    url: str


@app.post("/link-preview")
async def link_preview(req: PreviewRequest):
    async with httpx.AsyncClient(timeout=5.0, follow_redirects=True) as client:
        resp = await client.get(req.url)
    if resp.status_code != 200:
        raise HTTPException(status_code=502, detail="upstream error")
    html = resp.text
    start = html.find("<title>")
    end = html.find("</title>")
    title = html[start + 7:end].strip() if start != -1 and end != -1 else None
    return {"url": req.url, "title": title}
