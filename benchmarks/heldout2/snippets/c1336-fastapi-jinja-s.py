from fastapi import FastAPI, HTTPException
from jinja2 import Environment, select_autoescape
from pydantic import BaseModel

app = FastAPI()
env = Environment(autoescape=select_autoescape(default=True))
TEMPLATES = {
    "formal": env.from_string("Dear {{ name }}, thank you for your order."),
    "casual": env.from_string("Hey {{ name }}! Thanks!"),
}


class Greeting(BaseModel):
    style: str
    name: str


@app.post("/preview")
def preview(greeting: Greeting):
    template = TEMPLATES.get(greeting.style)
    if template is None:
        raise HTTPException(status_code=404)
    return {"preview": template.render(name=greeting.name)}
