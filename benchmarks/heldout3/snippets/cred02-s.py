import os

import stripe
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
stripe.api_key = os.environ["STRIPE_API_KEY"]


@app.route("/charge/<int:amount>", methods=["POST"])
def charge(amount):
    intent = stripe.PaymentIntent.create(amount=amount, currency="usd")
    return {"client_secret": intent.client_secret}
