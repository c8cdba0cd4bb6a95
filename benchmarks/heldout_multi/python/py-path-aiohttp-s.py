from pathlib import Path
from aiohttp import web

NOTES = Path("/var/app/notes")

async def read_note(request):
    note = request.match_info["note"]
    target = (NOTES / note).resolve()
    if not target.is_relative_to(NOTES):
        raise web.HTTPNotFound()
    return web.Response(text=target.read_text())

app = web.Application()
app.router.add_get("/notes/{note}", read_note)
