from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/notes/{name}")
def read_note(name: str):
    with open(f"/var/notes/{name}") as fh:
        return PlainTextResponse(fh.read())
