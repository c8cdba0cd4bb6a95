from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())


@app.post("/preview")
def preview():
    tpl = env.get_template("preview.html")
    return tpl.render(user="demo", body=request.form["template"])
