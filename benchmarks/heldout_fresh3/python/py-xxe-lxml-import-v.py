from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


@app.post("/contacts/import")
def import_contacts():
    upload = request.files["file"]
    root = etree.fromstring(upload.read(), PARSER)
    contacts = [
        {"name": c.findtext("name"), "email": c.findtext("email")}
        for c in root.iter("contact")
    ]
    return jsonify({"imported": len(contacts), "contacts": contacts})
