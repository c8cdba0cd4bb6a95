from django.http import Http404, JsonResponse
from lxml import etree

CATALOG = etree.parse("/srv/data/catalog.xml")


def price_for(sku: str):
    found = CATALOG.xpath(f"/catalog/product[@sku='{sku}']/price/text()")
    return found[0] if found else None


def product_price(request):
    price = price_for(request.GET.get("sku", ""))
    if price is None:
        raise Http404("unknown sku")
    return JsonResponse({"price": price})
