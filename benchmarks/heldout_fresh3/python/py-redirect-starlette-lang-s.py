from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route

PAGES = {"home": "/", "shop": "/shop", "account": "/account", "help": "/help"}


async def set_language(request):
    lang = request.query_params.get("lang", "en")
    back = PAGES.get(request.query_params.get("return_to", "home"), "/")
    resp = RedirectResponse(back, status_code=303)
    resp.set_cookie("lang", lang[:5], samesite="lax", secure=True, httponly=True)
    return resp


app = Starlette(routes=[Route("/lang", set_language)])
