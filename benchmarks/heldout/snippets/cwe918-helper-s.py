from urllib.request import urlopen
from django.http import HttpResponse

FEEDS = {"news": "https://example.com/news.xml", "blog": "https://example.com/blog.xml"}


def fetch_feed(feed_url):
    with urlopen(feed_url, timeout=10) as resp:
        return resp.read()


def feed(request):
    url = FEEDS.get(request.GET.get("feed"), FEEDS["news"])
    return HttpResponse(fetch_feed(url), content_type="application/xml")
