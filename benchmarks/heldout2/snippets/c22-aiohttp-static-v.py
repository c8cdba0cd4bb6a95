from pathlib import Path

from aiohttp import web

DOCS = Path("/srv/docs")


async def doc_page(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    text = (DOCS / name).read_text(encoding="utf-8")
    return web.Response(text=text, content_type="text/markdown")


app = web.Application()
app.router.add_get("/docs/{name:.+}", doc_page)
