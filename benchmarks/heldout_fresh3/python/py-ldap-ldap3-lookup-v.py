import os

from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldaps://ldap.corp.example")


class Directory:
    def __init__(self, login: str):
        self.filter = f"(&(objectClass=person)(uid={login}))"

    def lookup(self):
        with Connection(server, "cn=reader,dc=corp", os.environ["LDAP_PW"],
                        auto_bind=True) as conn:
            conn.search("ou=people,dc=corp", self.filter,
                        attributes=["cn", "mail", "telephoneNumber"])
            return [e.entry_attributes_as_dict for e in conn.entries]


@app.get("/people")
def people():
    return jsonify(Directory(request.args.get("login", "")).lookup())
