from django.contrib.auth.models import User
from django.http import JsonResponse


def find_user(request):
    email = request.GET.get("email", "")
    users = User.objects.raw(f"SELECT * FROM auth_user WHERE email = '{email}'")
    return JsonResponse({"ids": [u.id for u in users]})
