from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)

PAGE = """<!doctype html>
<html><body>
  <div class="banner">{{ banner }}</div>
</body></html>"""


def greeting(name: str) -> Markup:
    return Markup("<strong>Welcome back, {}!</strong>").format(name)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "guest")
    return render_template_string(PAGE, banner=greeting(name))
