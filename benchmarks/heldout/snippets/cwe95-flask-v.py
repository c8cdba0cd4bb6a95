from flask import Flask, request

app = Flask(__name__)


@app.post("/hook")
def hook():
    scope = {}
    exec(request.form["code"], scope)
    return {"result": str(scope.get("result"))}
