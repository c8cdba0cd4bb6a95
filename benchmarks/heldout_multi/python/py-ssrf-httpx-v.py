import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class Hook(BaseModel):
    callback: str

async def deliver(url):
    async with httpx.AsyncClient() as client:
        return await client.post(url, json={"event": "test"})

@app.post("/webhooks/test")
async def test_hook(hook: Hook):
    resp = await deliver(hook.callback)
    return {"status": resp.status_code}
