from flask import Flask, jsonify, request
import psycopg

app = Flask(__name__)


def monthly_totals(table: str, region: str):
    query = (
        "SELECT date_trunc('month', sold_at) AS m, sum(amount) "
        "FROM %s WHERE region = '%s' GROUP BY m ORDER BY m" % (table, region)
    )
    with psycopg.connect("dbname=shop") as conn:
        return conn.execute(query).fetchall()


@app.get("/reports/monthly")
def report():
    table = request.args.get("table", "sales_2026")
    region = request.args.get("region", "eu")
    rows = monthly_totals(table, region)
    return jsonify([{"month": m.isoformat(), "total": float(t)} for m, t in rows])
