import functools
import jwt
from flask import request, g, abort

SECRET = __import__("os").environ["JWT_SECRET"]

def require_user(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        claims = jwt.decode(token, SECRET, algorithms=["HS256"])
        g.user_id = claims["sub"]
        return view(*args, **kwargs)
    return wrapper
