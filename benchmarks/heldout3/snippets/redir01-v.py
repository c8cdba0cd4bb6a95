from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form"))
    session["user_id"] = user.id
    next_page = request.args.get("next", "/")
    return redirect(next_page)
