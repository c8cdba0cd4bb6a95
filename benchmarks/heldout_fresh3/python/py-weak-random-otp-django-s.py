import secrets

from django.core.cache import cache
from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Member


def new_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


@require_POST
def send_login_code(request):
    member = Member.objects.filter(email__iexact=request.POST.get("email", "")).first()
    if member:
        code = new_code()
        cache.set(f"login-code:{member.pk}", code, timeout=600)
        send_mail("Your sign-in code", f"Code: {code}", None, [member.email])
    return JsonResponse({"sent": True})
