import logging
import traceback
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .orders import compute_quote

app = FastAPI()
log = logging.getLogger("api")


@app.exception_handler(Exception)
async def on_error(request: Request, exc: Exception):
    ref = uuid.uuid4().hex[:12]
    log.error("unhandled error ref=%s\n%s", ref, traceback.format_exc())
    return JSONResponse(status_code=500,
                        content={"error": "internal error", "ref": ref})


@app.get("/quote/{sku}")
async def quote(sku: str, qty: int = 1):
    return compute_quote(sku, qty)
