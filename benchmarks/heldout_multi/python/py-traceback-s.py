import logging
from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)

@app.errorhandler(Exception)
def on_error(exc):
    log.exception("unhandled error")
    return jsonify(error="internal server error"), 500
