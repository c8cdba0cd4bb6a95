from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

PAGE = """<!doctype html>
<html><body>
<h1>Search</h1>
<p>Results for <b>{term}</b>:</p>
<ul>{items}</ul>
</body></html>"""


def search(term):
    catalog = ["red shoes", "blue shirt", "green hat"]
    return [c for c in catalog if term.lower() in c]


@app.get("/search")
def search_page():
    term = request.args.get("q", "")
    items = "".join(f"<li>{escape(hit)}</li>" for hit in search(term))
    return PAGE.format(term=escape(term), items=items)
