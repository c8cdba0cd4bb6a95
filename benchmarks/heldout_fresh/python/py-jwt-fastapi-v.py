import os

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
SECRET = os.environ["JWT_SECRET"]


def current_user(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401)
    claims = jwt.decode(token, options={"verify_signature": False})
    return {"id": claims["sub"], "role": claims.get("role", "user")}


@app.get("/admin/stats")
def admin_stats(user: dict = Depends(current_user)):
    if user["role"] != "admin":
        raise HTTPException(status_code=403)
    return {"users": 1234, "orders": 98765}
