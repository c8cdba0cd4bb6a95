import base64
import secrets
import urllib.parse

from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def cookie_02(request):
    param = request.POST.get("input", "")

    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

    token = secrets.token_urlsafe(24)
    response = HttpResponse("You will stay signed in on this device.")
    response.set_cookie("remember_me", urllib.parse.quote(bar) + ":" + token, max_age=60 * 60 * 24 * 30,
                        httponly=True, secure=True, samesite="Lax")
    return response
