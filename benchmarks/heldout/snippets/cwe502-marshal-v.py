import marshal
from flask import Flask, request

app = Flask(__name__)


@app.post("/run-job")
def run_job():
    job = marshal.loads(request.get_data())
    return {"job": str(job)}
