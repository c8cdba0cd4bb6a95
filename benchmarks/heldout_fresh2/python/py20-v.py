import re

from fastapi import FastAPI, Query

app = FastAPI()
PRODUCT_NAMES = ["Blue Mug", "Red Mug (large)", "Desk Lamp", "USB-C Cable 2m"]


@app.get("/autocomplete")
def autocomplete(q: str = Query(..., min_length=1, max_length=200)):
    matcher = lambda text: re.search(q, text, re.IGNORECASE)
    return {"matches": [name for name in PRODUCT_NAMES if matcher(name)]}
