from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server

app = Flask(__name__)
server = Server("ldaps://ldap.example.org", get_info=ALL)


class Directory:
    def __init__(self):
        self.conn = Connection(server, auto_bind=True)

    def phone_of(self, name):
        self.conn.search(
            "ou=staff,dc=example,dc=org",
            f"(&(objectClass=person)(cn={name}))",
            attributes=["cn", "telephoneNumber"],
        )
        return [{"cn": str(e.cn), "phone": str(e.telephoneNumber)} for e in self.conn.entries]


@app.get("/phonebook")
def phonebook():
    return jsonify(Directory().phone_of(request.args.get("name", "")))
