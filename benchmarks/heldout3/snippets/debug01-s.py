from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/health")
def health():
    return jsonify(status="ok")


@app.route("/items")
def items():
    return jsonify(items=["apple", "banana", "cherry"])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080, debug=False)
