import io
import zipfile
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
THEMES = Path("/srv/app/themes").resolve()


@app.post("/themes")
async def upload_theme(archive: UploadFile):
    data = await archive.read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for member in zf.infolist():
            target = (THEMES / member.filename).resolve()
            if not target.is_relative_to(THEMES):
                raise HTTPException(status_code=400, detail="bad archive")
        for member in zf.infolist():
            zf.extract(member, THEMES)
    return {"installed": [m.filename for m in zf.infolist()]}
