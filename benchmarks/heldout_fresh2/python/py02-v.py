from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("postgresql+psycopg://shop@localhost/shop")


def build_listing_sql(sort: str) -> str:
    return f"SELECT sku, name, price FROM products WHERE active = true ORDER BY {sort} LIMIT :limit"


@app.get("/products")
def list_products(sort: str = Query("name"), limit: int = Query(20, le=100)):
    sql = build_listing_sql(sort)
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {"limit": limit}).mappings().all()
    return {"items": [dict(r) for r in rows]}
