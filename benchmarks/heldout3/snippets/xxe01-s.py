from defusedxml import ElementTree
from flask import Flask, request

app = Flask(__name__)


@app.route("/orders", methods=["POST"])
def import_orders():
    data = request.files["orders"].read()
    root = ElementTree.fromstring(data)
    orders = [{"id": o.get("id"), "total": o.findtext("total")} for o in root.iter("order")]
    return {"count": len(orders), "orders": orders}
