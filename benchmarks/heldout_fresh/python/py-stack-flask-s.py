import traceback
import uuid

from flask import Flask, jsonify

from billing import compute_invoice  # project module

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>")
def invoice(invoice_id):
    return jsonify(compute_invoice(invoice_id))


@app.errorhandler(Exception)
def on_error(exc):
    incident = uuid.uuid4().hex
    app.logger.error("incident %s\n%s", incident, traceback.format_exc())
    body = {
        "error": "internal error",
        "incident": incident,
    }
    return jsonify(body), 500
