import secrets

from django.contrib.auth import authenticate
from django.http import HttpResponseRedirect, JsonResponse
from django.views.decorators.http import require_POST

from .models import ApiSession


@require_POST
def api_login(request):
    user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    token = secrets.token_urlsafe(32)
    ApiSession.objects.create(user=user, token=token)
    response = HttpResponseRedirect("/app/")
    response.set_cookie("api_session", token, max_age=60 * 60 * 24 * 7)
    return response
