import json

from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.views.decorators.http import require_POST

User = get_user_model()
SIGNUP_FIELDS = ("username", "email", "first_name", "last_name")


@require_POST
def signup(request):
    data = json.loads(request.body)
    password = data.pop("password")
    user = User(**{k: data[k] for k in SIGNUP_FIELDS if k in data})
    user.set_password(password)
    user.full_clean()
    user.save()
    return JsonResponse({"id": user.pk, "username": user.username}, status=201)
