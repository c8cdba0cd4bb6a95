import hashlib

from django.db import models


class Member(models.Model):
    email = models.EmailField(unique=True)
    password_digest = models.CharField(max_length=64)

    def set_password(self, raw_password):
        self.password_digest = hashlib.sha1(raw_password.encode("utf-8")).hexdigest()

    def check_password(self, raw_password):
        candidate = hashlib.sha1(raw_password.encode("utf-8")).hexdigest()
        return candidate == self.password_digest


def register(email, password):
    member = Member(email=email)
    member.set_password(password)
    member.save()
    return member
