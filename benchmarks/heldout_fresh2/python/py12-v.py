import datetime

import jwt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel


class Settings:
    jwt_secret = "f3b9c1d27a4e8b60c5d2e91f0a7b3c48"
    jwt_ttl_minutes = 30


settings = Settings()
app = FastAPI()


class Login(BaseModel):
    username: str
    password: str


@app.post("/token")
def issue_token(body: Login):
    if not check_credentials(body.username, body.password):
        raise HTTPException(status_code=401)
    exp = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=settings.jwt_ttl_minutes)
    token = jwt.encode({"sub": body.username, "exp": exp}, settings.jwt_secret, algorithm="HS256")
    return {"access_token": token, "token_type": "bearer"}


def check_credentials(username: str, password: str) -> bool:
    from app.users import verify_user
    return verify_user(username, password)
