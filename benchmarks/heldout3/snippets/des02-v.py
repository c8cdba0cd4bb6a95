import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_config():
    document = request.files["config"].read()
    config = yaml.load(document, Loader=yaml.Loader)
    services = config.get("services", [])
    return {"services": len(services)}
