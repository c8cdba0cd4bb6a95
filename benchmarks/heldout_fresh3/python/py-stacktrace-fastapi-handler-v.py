import traceback

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .orders import compute_quote

app = FastAPI()


@app.exception_handler(Exception)
async def on_error(request: Request, exc: Exception):
    return JSONResponse(
        status_code=500,
        content={"error": type(exc).__name__, "detail": str(exc),
                 "trace": traceback.format_exc()},
    )


@app.get("/quote/{sku}")
async def quote(sku: str, qty: int = 1):
    return compute_quote(sku, qty)
