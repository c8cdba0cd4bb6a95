from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/orders", methods=["POST"])
def import_orders():
    data = request.files["orders"].read()
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(data, parser)
    orders = [{"id": o.get("id"), "total": o.findtext("total")} for o in root.iter("order")]
    return {"count": len(orders), "orders": orders}
