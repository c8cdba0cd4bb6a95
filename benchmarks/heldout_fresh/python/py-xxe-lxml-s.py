from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False)


@app.post("/import/invoice")
def import_invoice():
    doc = etree.fromstring(request.get_data(), parser)
    number = doc.findtext("number")
    total = doc.findtext("total")
    lines = [
        {"sku": item.get("sku"), "qty": int(item.get("qty", "1"))}
        for item in doc.iterfind("line")
    ]
    return jsonify(number=number, total=total, lines=lines)
