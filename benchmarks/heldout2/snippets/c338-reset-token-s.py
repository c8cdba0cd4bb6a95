import secrets

from django.core.mail import send_mail
from django.http import JsonResponse

from .models import PasswordReset, User


def request_reset(request):
    user = User.objects.filter(email=request.POST.get("email", "")).first()
    if user:
        token = secrets.token_urlsafe(32)
        PasswordReset.objects.create(user=user, token=token)
        send_mail("Reset your password", f"https://app.example.com/reset/{token}", None, [user.email])
    return JsonResponse({"sent": True})
