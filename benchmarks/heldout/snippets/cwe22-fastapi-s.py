from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
BASE = Path("/var/notes").resolve()


@app.get("/notes/{name}")
def read_note(name: str):
    target = (BASE / name).resolve()
    if not target.is_relative_to(BASE):
        raise HTTPException(status_code=404)
    return PlainTextResponse(target.read_text())
