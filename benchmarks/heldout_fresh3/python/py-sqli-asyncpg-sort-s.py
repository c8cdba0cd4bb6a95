import os

from fastapi import FastAPI, Query
import asyncpg

app = FastAPI()
DSN = os.environ["BILLING_DSN"]
SORT_COLUMNS = {"date": "issued_at", "total": "total", "number": "number"}


async def fetch_invoices(tenant_id: int, sort: str):
    column = SORT_COLUMNS.get(sort, "issued_at")
    conn = await asyncpg.connect(DSN)
    try:
        sql = (
            "SELECT id, number, total, issued_at FROM invoices "
            f"WHERE tenant_id = $1 ORDER BY {column} DESC LIMIT 100"
        )
        return [dict(r) for r in await conn.fetch(sql, tenant_id)]
    finally:
        await conn.close()


@app.get("/tenants/{tenant_id}/invoices")
async def list_invoices(tenant_id: int, sort: str = Query("date")):
    return await fetch_invoices(tenant_id, sort)
