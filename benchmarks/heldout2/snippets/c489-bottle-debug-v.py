from bottle import Bottle, run, template

app = Bottle()


@app.get("/hello/<name>")
def hello(name):
    return template("<b>Hello {{name}}</b>!", name=name)


if __name__ == "__main__":
    run(app, host="0.0.0.0", port=8080, debug=True, reloader=True)
