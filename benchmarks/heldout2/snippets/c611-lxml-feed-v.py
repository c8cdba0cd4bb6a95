from django.http import JsonResponse
from lxml import etree


def import_feed(request):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    tree = etree.fromstring(request.body, parser)
    items = [
        {"title": item.findtext("title"), "link": item.findtext("link")}
        for item in tree.iter("item")
    ]
    return JsonResponse({"imported": len(items), "items": items})
