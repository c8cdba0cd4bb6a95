import jinja2
from flask import Flask, abort, request

app = Flask(__name__)
env = jinja2.Environment(loader=jinja2.FileSystemLoader("newsletters"), autoescape=True)
TEMPLATES = {"weekly": "weekly.html", "promo": "promo.html"}


@app.route("/newsletter/preview", methods=["POST"])
def preview_newsletter():
    name = TEMPLATES.get(request.form["template"])
    if name is None:
        abort(404)
    return env.get_template(name).render(first_name="Ada", unsubscribe_url="https://example.com/u")
