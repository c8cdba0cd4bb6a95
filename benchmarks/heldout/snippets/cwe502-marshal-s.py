import json
from flask import Flask, request

app = Flask(__name__)


@app.post("/run-job")
def run_job():
    job = json.loads(request.get_data())
    return {"job": str(job)}
