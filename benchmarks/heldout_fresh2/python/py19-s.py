import jwt
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

PUBLIC_KEY = open("/etc/app/jwt_public.pem").read()


def current_user(request: Request):
    header = request.headers.get("authorization", "")
    if not header.startswith("Bearer "):
        return None
    token = header[len("Bearer "):]
    try:
        claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="orders-api")
    except jwt.InvalidTokenError:
        return None
    return claims.get("sub")


async def my_orders(request: Request):
    user = current_user(request)
    if user is None:
        return JSONResponse({"error": "unauthorized"}, status_code=401)
    return JSONResponse({"user": user, "orders": []})


app = Starlette(routes=[Route("/me/orders", my_orders)])
