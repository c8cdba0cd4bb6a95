import re

import aiohttp
from aiohttp import web

CDN = "https://cdn.example-images.com/i/"
IMAGE_ID = re.compile(r"^[a-f0-9]{32}$")


async def image_proxy(request: web.Request) -> web.Response:
    image_id = request.query["id"]
    if not IMAGE_ID.match(image_id):
        raise web.HTTPBadRequest()
    async with aiohttp.ClientSession() as session:
        async with session.get(CDN + image_id + ".png") as upstream:
            body = await upstream.read()
    return web.Response(body=body, content_type="image/png")


app = web.Application()
app.router.add_get("/img", image_proxy)
