import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

def render(term):
    return f"<p>You searched for <b>{html.escape(term)}</b></p>"

@app.get("/search", response_class=HTMLResponse)
def search(q: str = ""):
    return HTMLResponse(render(q))
