from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse
from jinja2 import Environment

app = FastAPI()
env = Environment(autoescape=False)
TEMPLATE = env.from_string(
    "<article><h2>{{ title }}</h2><p>{{ body }}</p>"
    "<footer>by {{ author }}</footer></article>"
)


@app.post("/reviews/preview", response_class=HTMLResponse)
async def preview(title: str = Form(...), body: str = Form(...),
                  author: str = Form("anonymous")):
    return TEMPLATE.render(title=title, body=body, author=author)
