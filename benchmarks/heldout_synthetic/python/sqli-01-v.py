import html
import sqlite3

from flask import Flask, request

app = Flask(__name__)
DB_PATH = "/var/app/data/shop.db"


def do_something(request, param):
    bar = "{}".format(param)
    return bar


@app.route("/sqli-00/sqli_01", methods=["GET", "POST"])
def sqli_01():
    param = request.args.get("input", "")

    bar = do_something(request, param)

    with sqlite3.connect(DB_PATH) as conn:
        rows = conn.execute("SELECT id, title, price FROM products WHERE category = '" + bar + "'").fetchall()
        titles = [html.escape(row[1]) for row in rows]
    return "<br>".join(titles)
