import aiohttp
from aiohttp import web


async def proxy(request):
    target = request.query["target"]
    async with aiohttp.ClientSession() as session:
        async with session.get(target) as upstream:
            body = await upstream.text()
    return web.Response(text=body)
