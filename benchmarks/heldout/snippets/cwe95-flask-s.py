from flask import Flask, request

app = Flask(__name__)
ACTIONS = {"upper": str.upper, "lower": str.lower, "title": str.title}


@app.post("/hook")
def hook():
    action = ACTIONS.get(request.form["action"])
    if action is None:
        return {"error": "unknown action"}, 400
    return {"result": action(request.form["text"])}
