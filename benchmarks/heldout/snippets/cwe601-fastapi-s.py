from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
PAGES = {"home": "/", "docs": "/docs", "account": "/account"}


@app.get("/go")
def go(to: str):
    return RedirectResponse(url=PAGES.get(to, "/"))
