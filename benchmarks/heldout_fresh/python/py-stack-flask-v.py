import traceback

from flask import Flask, jsonify

from billing import compute_invoice  # project module

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>")
def invoice(invoice_id):
    return jsonify(compute_invoice(invoice_id))


@app.errorhandler(Exception)
def on_error(exc):
    body = {
        "error": type(exc).__name__,
        "detail": str(exc),
        "trace": traceback.format_exc().splitlines(),
    }
    return jsonify(body), 500
