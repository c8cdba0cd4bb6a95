import io
import zipfile

from fastapi import FastAPI, UploadFile

app = FastAPI()
THEMES = "/srv/app/themes"


@app.post("/themes")
async def upload_theme(archive: UploadFile):
    data = await archive.read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        zf.extractall(THEMES)
    return {"installed": names}
