from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/token")
def issue_token(response: Response, username: str):
    token = create_access_token(username)
    response.set_cookie(key="access_token", value=token, secure=True, httponly=False, samesite="strict")
    return {"ok": True}
