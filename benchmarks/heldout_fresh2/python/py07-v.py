import base64
import pickle

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


async def restore_preferences(request: Request):
    form = await request.form()
    upload = form["backup"]
    raw = await upload.read()
    prefs = pickle.loads(base64.b64decode(raw))
    theme = prefs.get("theme", "light")
    lang = prefs.get("language", "en")
    return JSONResponse({"restored": True, "theme": theme, "language": lang})


app = Starlette(routes=[Route("/prefs/restore", restore_preferences, methods=["POST"])])
