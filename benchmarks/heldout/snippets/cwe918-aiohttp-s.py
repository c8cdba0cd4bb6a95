from urllib.parse import quote

import aiohttp
from aiohttp import web

API = "https://api.example.com/v1/items/"


async def proxy(request):
    item = request.query["item"]
    async with aiohttp.ClientSession() as session:
        async with session.get(API + quote(item, safe="")) as upstream:
            body = await upstream.text()
    return web.Response(text=body)
