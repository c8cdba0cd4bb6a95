import asyncpg
from fastapi import FastAPI, HTTPException

app = FastAPI()
SORTABLE = {"name": "name", "price": "price", "newest": "created_at DESC"}


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(dsn="postgresql://app@localhost/shop")


@app.get("/products")
async def search_products(q: str, sort: str = "name"):
    order = SORTABLE.get(sort)
    if order is None:
        raise HTTPException(status_code=400, detail="bad sort")
    async with app.state.pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT id, name, price FROM products WHERE name ILIKE $1 ORDER BY " + order,
            f"%{q}%",
        )
    return [dict(r) for r in rows]
