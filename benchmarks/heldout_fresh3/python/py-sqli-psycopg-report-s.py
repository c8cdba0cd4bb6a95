from flask import Flask, abort, jsonify, request
import psycopg

app = Flask(__name__)
TABLES = ("sales_2025", "sales_2026")


def monthly_totals(table: str, region: str):
    query = (
        "SELECT date_trunc('month', sold_at) AS m, sum(amount) "
        "FROM %s WHERE region = %%s GROUP BY m ORDER BY m" % table
    )
    with psycopg.connect("dbname=shop") as conn:
        return conn.execute(query, (region,)).fetchall()


@app.get("/reports/monthly")
def report():
    table = request.args.get("table", "sales_2026")
    if table not in TABLES:
        abort(400)
    rows = monthly_totals(table, request.args.get("region", "eu"))
    return jsonify([{"month": m.isoformat(), "total": float(t)} for m, t in rows])
