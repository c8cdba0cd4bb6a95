from django.http import JsonResponse
from xml.dom.minidom import parseString


def upload_feed(request):
    dom = parseString(request.body)
    titles = [n.firstChild.data for n in dom.getElementsByTagName("title")]
    return JsonResponse({"titles": titles})
