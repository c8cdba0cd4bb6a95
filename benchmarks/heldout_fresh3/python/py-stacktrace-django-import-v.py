import csv
import io
import traceback

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Product


@require_POST
def import_products(request):
    try:
        text = request.FILES["csv"].read().decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        Product.objects.bulk_create(
            Product(sku=r["sku"], name=r["name"], price=r["price"]) for r in rows)
    except Exception:
        return JsonResponse({"ok": False, "error": traceback.format_exc()}, status=500)
    return JsonResponse({"ok": True, "count": len(rows)})
