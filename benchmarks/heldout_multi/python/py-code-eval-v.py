from flask import Flask, request, jsonify

app = Flask(__name__)

@app.post("/calc")
def calc():
    expr = request.get_json()["expr"]
    result = eval(expr)
    return jsonify(result=result)
