import shlex
import os
from fastapi import FastAPI

app = FastAPI()


def make_thumbnail(name):
    safe = shlex.quote(name)
    os.system("convert uploads/" + safe + " -resize 64x64 thumbs/" + safe)


@app.post("/thumb")
def thumb(name: str):
    make_thumbnail(name)
    return {"ok": True}
