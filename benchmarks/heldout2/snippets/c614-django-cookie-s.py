from django.http import JsonResponse

from .auth import issue_session


def api_login(request):
    token = issue_session(request.POST["username"], request.POST["password"])
    if token is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    response = JsonResponse({"ok": True})
    response.set_cookie("auth_token", token, max_age=3600, secure=True, httponly=True, samesite="Strict")
    return response
