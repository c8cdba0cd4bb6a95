from bottle import Bottle, request
from markupsafe import Markup

app = Bottle()
COMMENTS = []


@app.post("/comments")
def add_comment():
    COMMENTS.append(request.forms.get("text", ""))
    return {"count": len(COMMENTS)}


@app.get("/comments")
def list_comments():
    items = Markup("").join(Markup("<li>{}</li>").format(c) for c in COMMENTS)
    return Markup("<ul>{}</ul>").format(items)
