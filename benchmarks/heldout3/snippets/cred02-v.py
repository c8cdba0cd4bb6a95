import stripe
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "8f42a73054b1749f8f58848be5e6502c"
stripe.api_key = "sk_live_51HqLyjWDarjtT1zdp7dcXh4Q"


@app.route("/charge/<int:amount>", methods=["POST"])
def charge(amount):
    intent = stripe.PaymentIntent.create(amount=amount, currency="usd")
    return {"client_secret": intent.client_secret}
