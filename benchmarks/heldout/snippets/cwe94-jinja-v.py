from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.post("/preview")
def preview():
    tpl = Template(request.form["template"])
    return tpl.render(user="demo")
