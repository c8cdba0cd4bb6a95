from fastapi import FastAPI
from jinja2 import Template
from pydantic import BaseModel

app = FastAPI()


class Greeting(BaseModel):
    template: str
    name: str


@app.post("/preview")
def preview(greeting: Greeting):
    rendered = Template(greeting.template).render(name=greeting.name)
    return {"preview": rendered}
