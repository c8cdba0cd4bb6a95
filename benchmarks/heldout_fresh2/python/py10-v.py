from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/import/catalog", methods=["POST"])
def import_catalog():
    upload = request.files.get("catalog")
    if upload is None:
        return jsonify(error="missing file"), 400
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    tree = etree.parse(upload.stream, parser)
    items = []
    for node in tree.getroot().iterfind("item"):
        items.append({"sku": node.get("sku"), "name": node.findtext("name")})
    return jsonify(imported=len(items), items=items)
