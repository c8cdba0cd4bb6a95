from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User


def set_password(user: User, raw: str) -> None:
    user.password = make_password(raw)
    user.save()
