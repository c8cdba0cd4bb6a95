import os

from fastapi import FastAPI, Query
import asyncpg

app = FastAPI()
DSN = os.environ["BILLING_DSN"]


async def fetch_invoices(tenant_id: int, sort: str):
    conn = await asyncpg.connect(DSN)
    try:
        sql = (
            "SELECT id, number, total, issued_at FROM invoices "
            f"WHERE tenant_id = $1 ORDER BY {sort} DESC LIMIT 100"
        )
        return [dict(r) for r in await conn.fetch(sql, tenant_id)]
    finally:
        await conn.close()


@app.get("/tenants/{tenant_id}/invoices")
async def list_invoices(tenant_id: int, sort: str = Query("issued_at")):
    return await fetch_invoices(tenant_id, sort)
