from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route


async def profile(request):
    username = request.path_params["username"]
    bio = request.query_params.get("bio", "")
    body = "<h2>" + username + "</h2><div class='bio'>" + bio + "</div>"
    return HTMLResponse(body)


app = Starlette(routes=[Route("/u/{username}", profile)])
