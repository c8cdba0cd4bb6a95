import urllib.parse

from flask import Flask, request, Response, render_template_string

app = Flask(__name__)


@app.route("/xss-00/xss_02", methods=["GET", "POST"])
def xss_02():
    query_string = request.query_string.decode("utf-8")
    param = None
    for part in query_string.split("&"):
        name, _, value = part.partition("=")
        if name == "input":
            param = urllib.parse.unquote_plus(value)
            break
    if param is None:
        return Response("query string did not contain the parameter 'input'", status=400, mimetype="text/plain")

    values_list = ["safe"]
    values_list.append(param)
    values_list.append("safe!")
    values_list.pop(0)  # drop the first entry
    bar = values_list[0]

    return render_template_string("<h2>Results for {{ term|safe }}</h2>", term=bar)
