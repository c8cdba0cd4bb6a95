import jinja2
from flask import Flask, request

app = Flask(__name__)


@app.route("/newsletter/preview", methods=["POST"])
def preview_newsletter():
    source = request.form["template"]
    template = jinja2.Template(source)
    return template.render(first_name="Ada", unsubscribe_url="https://example.com/u")
