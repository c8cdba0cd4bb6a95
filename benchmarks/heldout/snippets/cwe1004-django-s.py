from django.http import JsonResponse


def login_view(request):
    token = request.session.session_key
    response = JsonResponse({"ok": True})
    response.set_cookie("auth", token, secure=True, httponly=True, samesite="Strict")
    return response
