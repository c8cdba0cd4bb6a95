import sqlite3
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/products")
def search_products():
    term = request.args.get("q", "")
    conn = sqlite3.connect("shop.db")
    query = f"SELECT id, name, price FROM products WHERE name LIKE '%{term}%' ORDER BY name"
    rows = conn.execute(query).fetchall()
    conn.close()
    return jsonify([{"id": r[0], "name": r[1], "price": r[2]} for r in rows])
