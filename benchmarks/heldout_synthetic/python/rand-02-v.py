import base64
import html
import random

from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


@require_http_methods(["GET", "POST"])
def rand_02(request):
    param = request.GET.get("input", "")

    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

    remember_key = "".join(random.choice(ALPHABET) for _ in range(24))
    response = HttpResponse("Welcome back, " + html.escape(bar) + ". You will stay signed in on this device.")
    response.set_cookie("remember_me", remember_key, max_age=60 * 60 * 24 * 30, secure=True, httponly=True, samesite="Lax")
    return response
