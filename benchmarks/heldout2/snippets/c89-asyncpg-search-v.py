import asyncpg
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(dsn="postgresql://app@localhost/shop")


@app.get("/products")
async def search_products(q: str, sort: str = "name"):
    async with app.state.pool.acquire() as conn:
        rows = await conn.fetch(
            f"SELECT id, name, price FROM products WHERE name ILIKE '%{q}%' ORDER BY {sort}"
        )
    return [dict(r) for r in rows]
