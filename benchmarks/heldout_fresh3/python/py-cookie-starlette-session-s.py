import secrets

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from .auth import check_password, sessions


async def login(request):
    form = await request.form()
    user = await check_password(form.get("email", ""), form.get("password", ""))
    if user is None:
        return JSONResponse({"error": "invalid credentials"}, status_code=401)
    sid = secrets.token_urlsafe(32)
    await sessions.put(sid, user.id, ttl=86400)
    resp = JSONResponse({"ok": True})
    resp.set_cookie("sid", sid, max_age=86400, httponly=True, secure=True, samesite="strict")
    return resp


app = Starlette(routes=[Route("/login", login, methods=["POST"])])
