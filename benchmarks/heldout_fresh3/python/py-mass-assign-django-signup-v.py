import json

from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.views.decorators.http import require_POST

User = get_user_model()


@require_POST
def signup(request):
    data = json.loads(request.body)
    password = data.pop("password")
    user = User(**data)
    user.set_password(password)
    user.full_clean()
    user.save()
    return JsonResponse({"id": user.pk, "username": user.username}, status=201)
