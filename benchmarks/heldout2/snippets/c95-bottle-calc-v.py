from bottle import Bottle, request

app = Bottle()


@app.get("/calc")
def calc():
    expression = request.query.get("expr", "0")
    try:
        value = eval(expression)
    except Exception as exc:
        return {"error": str(exc)}
    return {"expr": expression, "value": value}


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000)
