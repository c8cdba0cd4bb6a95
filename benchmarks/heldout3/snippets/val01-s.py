from decimal import Decimal, InvalidOperation

from flask import Flask, abort, request, session

app = Flask(__name__)


@app.route("/transfer", methods=["POST"])
def transfer():
    account = load_account(session["user_id"])
    target = load_account(int(request.form["to"]))
    try:
        amount = Decimal(request.form["amount"]).quantize(Decimal("0.01"))
    except InvalidOperation:
        abort(400)
    if not amount.is_finite() or amount <= 0 or amount > account.balance:
        abort(400)
    account.balance -= amount
    target.balance += amount
    save_accounts(account, target)
    return {"balance": account.balance}
