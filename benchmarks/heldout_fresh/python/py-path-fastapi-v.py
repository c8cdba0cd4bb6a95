from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
REPORTS = Path("/srv/app/reports")


@app.get("/reports/{name:path}")
async def download_report(name: str):
    target = REPORTS / name
    if not target.is_file():
        raise HTTPException(status_code=404, detail="no such report")
    return FileResponse(target, filename=target.name)
