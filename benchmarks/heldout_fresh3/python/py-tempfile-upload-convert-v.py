import os
import subprocess

from fastapi import FastAPI, UploadFile
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.post("/convert", response_class=PlainTextResponse)
async def convert(file: UploadFile):
    src = "/tmp/upload.xlsx"
    with open(src, "wb") as fh:
        fh.write(await file.read())
    subprocess.run(["soffice", "--headless", "--convert-to", "csv",
                    "--outdir", "/tmp", src], check=True, timeout=60)
    with open("/tmp/upload.csv") as fh:
        data = fh.read()
    os.remove(src)
    return data
