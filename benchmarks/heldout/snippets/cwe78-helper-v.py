import os
from fastapi import FastAPI

app = FastAPI()


def make_thumbnail(name):
    os.system("convert uploads/" + name + " -resize 64x64 thumbs/" + name)


@app.post("/thumb")
def thumb(name: str):
    make_thumbnail(name)
    return {"ok": True}
