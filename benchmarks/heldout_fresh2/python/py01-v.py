import sqlite3
from flask import Flask, request, jsonify, g

app = Flask(__name__)
DB_PATH = "library.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/books/search")
def search_books():
    author = request.args.get("author", "")
    db = get_db()
    rows = db.execute(
        f"SELECT id, title, year FROM books WHERE author LIKE '%{author}%' ORDER BY year"
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
