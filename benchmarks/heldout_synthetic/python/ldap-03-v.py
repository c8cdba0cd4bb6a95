import html
import urllib.parse

from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from ldap3 import Connection, Server


@require_http_methods(["GET", "POST"])
def ldap_03(request):
    param = request.GET.get("input", "")

    bar = urllib.parse.unquote(param)

    server = Server("ldap://ldap.internal.example:389")
    with Connection(server, auto_bind=True) as conn:
        conn.search("ou=users,dc=example,dc=com", f"(&(objectClass=person)(uid={bar}))", attributes=["cn"])
        names = [html.escape(str(entry.cn)) for entry in conn.entries]
    return HttpResponse("<br>".join(names))
