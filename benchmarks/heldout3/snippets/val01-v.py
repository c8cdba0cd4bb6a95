from flask import Flask, request, session

app = Flask(__name__)


@app.route("/transfer", methods=["POST"])
def transfer():
    account = load_account(session["user_id"])
    target = load_account(int(request.form["to"]))
    amount = float(request.form["amount"])
    account.balance -= amount
    target.balance += amount
    save_accounts(account, target)
    return {"balance": account.balance}
