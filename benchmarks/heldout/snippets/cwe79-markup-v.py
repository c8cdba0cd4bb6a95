from flask import Flask, request, render_template
from markupsafe import Markup

app = Flask(__name__)


@app.route("/comment")
def comment():
    body = request.args.get("c", "")
    return render_template("comment.html", body=Markup("<b>" + body + "</b>"))
