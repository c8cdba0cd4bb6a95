from urllib.request import urlopen
from django.http import HttpResponse


def fetch_feed(feed_url):
    with urlopen(feed_url, timeout=10) as resp:
        return resp.read()


def feed(request):
    return HttpResponse(fetch_feed(request.GET.get("feed")), content_type="application/xml")
