from flask import Flask, render_template_string, request

app = Flask(__name__)
PAGE = "<div class='comment'>{{ body }}</div><p>by {{ author }}</p>"


@app.route("/preview", methods=["POST"])
def preview():
    body = request.form["comment"]
    author = request.form.get("author", "anonymous")
    return render_template_string(PAGE, body=body, author=author)
