from flask import Flask, request, redirect, session

app = Flask(__name__)

@app.route("/login/done")
def login_done():
    session["seen"] = True
    target = request.args.get("next", "/")
    return redirect(target)
