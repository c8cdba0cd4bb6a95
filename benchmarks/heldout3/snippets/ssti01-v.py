from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "friend")
    template = """
    <h2>Welcome back, %s</h2>
    <p>You have {{ count }} new messages.</p>
    """ % name
    return render_template_string(template, count=3)
