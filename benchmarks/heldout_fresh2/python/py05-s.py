import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
INVOICE_DIR = os.path.realpath("/srv/billing/invoices")


@app.route("/invoices/download")
def download_invoice():
    name = request.args.get("file")
    if not name:
        abort(400)
    path = os.path.realpath(os.path.join(INVOICE_DIR, name))
    if os.path.commonpath([path, INVOICE_DIR]) != INVOICE_DIR:
        abort(403)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
