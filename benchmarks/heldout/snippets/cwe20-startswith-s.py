from urllib.parse import urlsplit

from django.http import HttpResponseBadRequest, HttpResponseRedirect


def continue_to(request):
    target = request.GET.get("url", "")
    parts = urlsplit(target)
    if parts.scheme == "https" and parts.hostname == "shop.example.com":
        return HttpResponseRedirect(target)
    return HttpResponseBadRequest("not allowed")
