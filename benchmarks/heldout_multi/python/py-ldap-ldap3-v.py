from ldap3 import Server, Connection
from flask import Flask, request

app = Flask(__name__)

@app.route("/email")
def email():
    uid = request.args["uid"]
    conn = Connection(Server("ldap://ldap.corp"), auto_bind=True)
    conn.search("ou=people,dc=corp", f"(uid={uid})", attributes=["mail"])
    return {"mail": [str(e.mail) for e in conn.entries]}
