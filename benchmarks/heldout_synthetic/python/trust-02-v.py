import html

from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def trust_02(request):
    param = request.COOKIES.get("input", "noCookieValueSupplied")

    bar = param

    request.session["userid"] = bar
    return HttpResponse("Item: 'userid' with value: '" + html.escape(bar) + "' saved in session.")
