from pathlib import Path

from aiohttp import web
from werkzeug.utils import secure_filename

DOCS = Path("/srv/docs").resolve()


async def doc_page(request: web.Request) -> web.Response:
    name = secure_filename(request.match_info["name"])
    path = (DOCS / name).resolve()
    if not name or path.parent != DOCS or not path.exists():
        raise web.HTTPNotFound()
    return web.Response(text=path.read_text(encoding="utf-8"), content_type="text/markdown")


app = web.Application()
app.router.add_get("/docs/{name}", doc_page)
