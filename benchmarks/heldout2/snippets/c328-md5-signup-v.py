import hashlib

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Account


@require_POST
def signup(request):
    email = request.POST["email"].lower()
    password = request.POST["password"]
    digest = hashlib.md5(password.encode()).hexdigest()
    account = Account.objects.create(email=email, password_hash=digest)
    return JsonResponse({"id": account.id}, status=201)
