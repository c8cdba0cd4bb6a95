from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)

@app.route("/email")
def email():
    uid = escape_filter_chars(request.args["uid"])
    conn = Connection(Server("ldap://ldap.corp"), auto_bind=True)
    conn.search("ou=people,dc=corp", f"(uid={uid})", attributes=["mail"])
    return {"mail": [str(e.mail) for e in conn.entries]}
