from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/token")
def issue(response: Response, user: str):
    response.set_cookie(key="access_token", value=f"tok-{user}")
    return {"issued": True}
