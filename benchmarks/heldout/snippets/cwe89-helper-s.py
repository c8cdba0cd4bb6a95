from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///orders.db")


def orders_for(customer):
    with engine.connect() as conn:
        return conn.execute(text("SELECT * FROM orders WHERE customer = :c"), {"c": customer}).fetchall()


@app.get("/orders")
def orders(customer: str = Query(...)):
    return [dict(r._mapping) for r in orders_for(customer)]
