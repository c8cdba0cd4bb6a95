import csv
import io
import logging

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Product

log = logging.getLogger(__name__)


@require_POST
def import_products(request):
    try:
        text = request.FILES["csv"].read().decode("utf-8")
        rows = list(csv.DictReader(io.StringIO(text)))
        Product.objects.bulk_create(
            Product(sku=r["sku"], name=r["name"], price=r["price"]) for r in rows)
    except Exception:
        log.exception("product import failed")
        return JsonResponse({"ok": False, "error": "import failed"}, status=500)
    return JsonResponse({"ok": True, "count": len(rows)})
