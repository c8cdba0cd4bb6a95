import sqlite3
from fastapi import FastAPI

app = FastAPI()

def get_db():
    return sqlite3.connect("shop.db")

@app.get("/orders")
def list_orders(customer: str, status: str = "open"):
    conn = get_db()
    query = "SELECT id, total FROM orders WHERE customer = ? AND status = ?"
    rows = conn.execute(query, (customer, status)).fetchall()
    return [{"id": r[0], "total": r[1]} for r in rows]
