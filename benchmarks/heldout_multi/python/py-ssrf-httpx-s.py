import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
CALLBACKS = {"billing": "https://billing.example.com/hook", "crm": "https://crm.example.com/hook"}

class Hook(BaseModel):
    target: str

async def deliver(url):
    async with httpx.AsyncClient() as client:
        return await client.post(url, json={"event": "test"})

@app.post("/webhooks/test")
async def test_hook(hook: Hook):
    resp = await deliver(CALLBACKS[hook.target])
    return {"status": resp.status_code}
