import subprocess
from flask import Flask, request

app = Flask(__name__)
JOBS = []

def enqueue(job):
    JOBS.append(job)
    return len(JOBS)

@app.post("/checkout")
def checkout():
    branch = request.form["branch"]
    job_id = enqueue(lambda: subprocess.run(["git", "checkout", "--", branch], cwd="/srv/repo"))
    JOBS[job_id - 1]()
    return {"job": job_id}
