import html
import urllib.parse

from flask import Flask, request
import ldap

app = Flask(__name__)


def do_something(request, param):
    bar = param
    return bar


@app.route("/ldap-00/ldap_02", methods=["GET", "POST"])
def ldap_02():
    param = request.headers.get("X-Input", "")
    # the client URL-encodes this header
    param = urllib.parse.unquote(param)

    bar = do_something(request, param)

    conn = ldap.initialize("ldap://ldap.internal.example:389")
    conn.simple_bind_s("", "")
    search_filter = "(&(objectClass=person)(uid=" + bar + "))"
    results = conn.search_s("ou=users,dc=example,dc=com", ldap.SCOPE_SUBTREE, search_filter, ["cn"])
    names = [html.escape(attrs["cn"][0].decode("utf-8")) for dn, attrs in results if dn and attrs.get("cn")]
    return "<br>".join(names)
