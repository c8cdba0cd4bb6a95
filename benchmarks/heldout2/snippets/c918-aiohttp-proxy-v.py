import aiohttp
from aiohttp import web


async def image_proxy(request: web.Request) -> web.Response:
    target = request.query["src"]
    async with aiohttp.ClientSession() as session:
        async with session.get(target) as upstream:
            body = await upstream.read()
            ctype = upstream.headers.get("Content-Type", "application/octet-stream")
    return web.Response(body=body, content_type=ctype)


app = web.Application()
app.router.add_get("/img", image_proxy)
