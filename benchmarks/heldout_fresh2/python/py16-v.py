import os

from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server

app = Flask(__name__)
server = Server("ldaps://ldap.corp.example", get_info=ALL)


def group_filter(group):
    return f"(&(objectClass=groupOfNames)(cn={group}))"


@app.route("/groups/members")
def group_members():
    group = request.args.get("group", "")
    conn = Connection(server, "cn=reader,dc=corp,dc=example", os.environ["LDAP_READER_PW"], auto_bind=True)
    conn.search("ou=groups,dc=corp,dc=example", group_filter(group), attributes=["member"])
    members = []
    for entry in conn.entries:
        members.extend(str(m) for m in entry.member.values)
    conn.unbind()
    return jsonify(group=group, members=members)
