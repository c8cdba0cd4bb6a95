from django.db import connection
from django.http import JsonResponse

def articles(request):
    sort = request.GET.get("sort", "created")
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, title FROM blog_article ORDER BY " + sort)
        rows = cursor.fetchall()
    return JsonResponse({"articles": rows})
