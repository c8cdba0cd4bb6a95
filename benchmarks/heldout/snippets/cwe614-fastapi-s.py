import secrets

from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/token")
def issue(response: Response, user: str):
    response.set_cookie(key="access_token", value=secrets.token_urlsafe(), secure=True, httponly=True)
    return {"issued": True}
