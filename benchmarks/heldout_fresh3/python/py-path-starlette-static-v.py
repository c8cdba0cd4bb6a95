from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import FileResponse, PlainTextResponse
from starlette.routing import Route

ROOT = Path("/srv/attachments")


async def attachment(request):
    name = request.path_params["name"]
    target = ROOT / name
    if not target.is_file():
        return PlainTextResponse("not found", status_code=404)
    return FileResponse(target)


app = Starlette(routes=[Route("/attachments/{name:path}", attachment)])
