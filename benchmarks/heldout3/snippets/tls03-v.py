import httpx


async def post_webhook(url, event):
    async with httpx.AsyncClient(verify=False, timeout=10.0) as client:
        resp = await client.post(url, json=event)
        resp.raise_for_status()
        return resp.status_code
