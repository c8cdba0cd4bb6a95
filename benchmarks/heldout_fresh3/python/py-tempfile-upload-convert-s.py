import os
import subprocess
import tempfile

from fastapi import FastAPI, UploadFile
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.post("/convert", response_class=PlainTextResponse)
async def convert(file: UploadFile):
    with tempfile.TemporaryDirectory(prefix="convert-") as workdir:
        src = os.path.join(workdir, "upload.xlsx")
        with open(src, "wb") as fh:
            fh.write(await file.read())
        subprocess.run(["soffice", "--headless", "--convert-to", "csv",
                        "--outdir", workdir, src], check=True, timeout=60)
        with open(os.path.join(workdir, "upload.csv")) as fh:
            return fh.read()
