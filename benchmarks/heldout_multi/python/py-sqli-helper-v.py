import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)

class ProductRepo:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def search(self, term):
        cur = self.conn.cursor()
        cur.execute(f"SELECT name, price FROM products WHERE name ILIKE '%{term}%'")
        return cur.fetchall()

repo = ProductRepo("dbname=shop")

@app.route("/search")
def search():
    term = request.args.get("q", "")
    return jsonify(repo.search(term))
