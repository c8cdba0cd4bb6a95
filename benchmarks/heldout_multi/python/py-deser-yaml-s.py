import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()

@app.post("/pipelines")
async def import_pipeline(file: UploadFile):
    spec = yaml.load(await file.read(), Loader=yaml.SafeLoader)
    return {"steps": len(spec.get("steps", []))}
