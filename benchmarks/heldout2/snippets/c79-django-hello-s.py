from django.http import HttpResponse
from django.utils.html import escape


def search_results(request):
    term = escape(request.GET.get("q", ""))
    page = escape(request.GET.get("page", "1"))
    html = (
        "<html><body>"
        f"<h1>Results for {term}</h1>"
        f"<p>Page {page}</p>"
        "</body></html>"
    )
    return HttpResponse(html)
