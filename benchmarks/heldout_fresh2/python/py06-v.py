from django.http import HttpResponse
from django.views.decorators.http import require_GET


def render_greeting(name):
    return (
        "<html><body>"
        f"<h1>Welcome back, {name}!</h1>"
        "<p>Your dashboard is loading...</p>"
        "</body></html>"
    )


@require_GET
def welcome(request):
    name = request.GET.get("name", "guest")
    return HttpResponse(render_greeting(name), content_type="text/html")
