from flask import Flask, abort, request

app = Flask(__name__)
HOOKS = {
    "total": lambda order: sum(i["price"] * i["qty"] for i in order.get("items", [])),
    "count": lambda order: len(order.get("items", [])),
}


@app.route("/hooks/run", methods=["POST"])
def run_hook():
    hook = HOOKS.get(request.form["hook"])
    if hook is None:
        abort(404)
    return {"result": hook(request.get_json(silent=True) or {})}
