import hashlib
from django.contrib.auth.models import User


def set_password(user: User, raw: str) -> None:
    user.password = hashlib.sha1(raw.encode("utf-8")).hexdigest()
    user.save()
