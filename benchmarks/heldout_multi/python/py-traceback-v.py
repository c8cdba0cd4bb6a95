import traceback
from flask import Flask, jsonify

app = Flask(__name__)

@app.errorhandler(Exception)
def on_error(exc):
    return jsonify(error=str(exc), trace=traceback.format_exc()), 500
