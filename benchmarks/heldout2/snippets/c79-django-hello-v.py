from django.http import HttpResponse


def search_results(request):
    term = request.GET.get("q", "")
    page = request.GET.get("page", "1")
    html = (
        "<html><body>"
        f"<h1>Results for {term}</h1>"
        f"<p>Page {page}</p>"
        "</body></html>"
    )
    return HttpResponse(html)
