import html

from flask import Flask, request
import ldap

app = Flask(__name__)


@app.route("/ldap-00/ldap_01", methods=["GET", "POST"])
def ldap_01():
    param = request.args.get("input", "")

    values_map = {}
    values_map["keyA"] = "safe!"
    values_map["keyB"] = param
    values_map["keyC"] = "another_value"
    bar = values_map["keyB"]

    conn = ldap.initialize("ldap://ldap.internal.example:389")
    conn.simple_bind_s("", "")
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    results = conn.search_s("ou=users,dc=example,dc=com", ldap.SCOPE_SUBTREE, search_filter, ["cn"])
    names = [html.escape(attrs["cn"][0].decode("utf-8")) for dn, attrs in results if dn and attrs.get("cn")]
    return "<br>".join(names)
