import html

from django.db import connection
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def sqli_03(request):
    param = request.GET.get("input", "")

    values_map = {}
    values_map["keyA"] = "safe!"
    values_map["keyB"] = param
    values_map["keyC"] = "another_value"
    bar = values_map["keyB"]

    with connection.cursor() as cursor:
        cursor.execute("SELECT id, title, price FROM products WHERE title LIKE '%" + bar + "%'")
        rows = cursor.fetchall()
    titles = [html.escape(row[1]) for row in rows]
    return HttpResponse("<br>".join(titles))
