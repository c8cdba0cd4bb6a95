from pathlib import Path
from aiohttp import web

NOTES = Path("/var/app/notes")

async def read_note(request):
    note = request.match_info["note"]
    text = (NOTES / note).read_text()
    return web.Response(text=text)

app = web.Application()
app.router.add_get("/notes/{note}", read_note)
