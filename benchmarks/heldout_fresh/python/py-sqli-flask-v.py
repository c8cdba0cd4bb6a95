import sqlite3
from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = "inventory.db"


def find_products(category):
    conn = sqlite3.connect(DB_PATH)
    try:
        cur = conn.execute(
            "SELECT id, name, price FROM products WHERE category = '" + category + "' ORDER BY name"
        )
        return [dict(id=r[0], name=r[1], price=r[2]) for r in cur.fetchall()]
    finally:
        conn.close()


@app.route("/products")
def list_products():
    category = request.args.get("category", "")
    return jsonify(find_products(category))


if __name__ == "__main__":
    app.run()
