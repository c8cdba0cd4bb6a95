import sqlite3
from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = "inventory.db"
SORTABLE = {"name": "name", "price": "price", "newest": "created_at"}


def find_products(category, sort_key):
    order_col = SORTABLE.get(sort_key, "name")
    conn = sqlite3.connect(DB_PATH)
    try:
        sql = f"SELECT id, name, price FROM products WHERE category = ? ORDER BY {order_col}"
        cur = conn.execute(sql, (category,))
        return [dict(id=r[0], name=r[1], price=r[2]) for r in cur.fetchall()]
    finally:
        conn.close()


@app.route("/products")
def list_products():
    category = request.args.get("category", "")
    sort_key = request.args.get("sort", "name")
    return jsonify(find_products(category, sort_key))


if __name__ == "__main__":
    app.run()
