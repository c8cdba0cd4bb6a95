from flask import Flask, request

app = Flask(__name__)


@app.route("/hooks/run", methods=["POST"])
def run_hook():
    code = request.form["hook"]
    scope = {"order": request.get_json(silent=True) or {}}
    exec(code, scope)
    return {"result": scope.get("result")}
