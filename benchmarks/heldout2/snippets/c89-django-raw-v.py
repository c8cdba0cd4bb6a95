from django.db import connection
from django.http import JsonResponse
from django.views import View


class OrderReportView(View):
    def get(self, request):
        status = request.GET.get("status", "paid")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT id, total, created FROM shop_order WHERE status = '%s' ORDER BY created" % status
            )
            rows = cursor.fetchall()
        data = [{"id": r[0], "total": float(r[1]), "created": r[2].isoformat()} for r in rows]
        return JsonResponse({"orders": data})
