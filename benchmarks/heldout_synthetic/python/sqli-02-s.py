import html
import sqlite3
import urllib.parse

from flask import Flask, request

app = Flask(__name__)
DB_PATH = "/var/app/data/shop.db"


@app.route("/sqli-00/sqli_02", methods=["GET", "POST"])
def sqli_02():
    param = request.headers.get("X-Input", "")
    # the client URL-encodes this header
    param = urllib.parse.unquote(param)

    guess = "ABC"
    switch_target = guess[1]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "safe!"
        case "C" | "D":
            bar = param
        case _:
            bar = "safe!"

    with sqlite3.connect(DB_PATH) as conn:
        cur = conn.cursor()
        cur.execute(f"SELECT id, title, price FROM products WHERE category = '{bar}'")
        rows = cur.fetchall()
        titles = [html.escape(row[1]) for row in rows]
    return "<br>".join(titles)
