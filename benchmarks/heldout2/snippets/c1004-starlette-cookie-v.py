from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from .sessions import create_session


async def login(request):
    form = await request.form()
    sid = await create_session(form["username"], form["password"])
    response = JSONResponse({"ok": sid is not None})
    if sid:
        response.set_cookie("sid", sid, httponly=False, secure=True, samesite="lax")
    return response


app = Starlette(routes=[Route("/login", login, methods=["POST"])])
