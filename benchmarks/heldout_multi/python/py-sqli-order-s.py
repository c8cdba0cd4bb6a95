from django.db import connection
from django.http import JsonResponse

SORTABLE = {"created": "created", "title": "title", "views": "views"}

def articles(request):
    sort = SORTABLE.get(request.GET.get("sort", "created"), "created")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, title FROM blog_article ORDER BY " + sort)
        rows = cursor.fetchall()
    return JsonResponse({"articles": rows})
