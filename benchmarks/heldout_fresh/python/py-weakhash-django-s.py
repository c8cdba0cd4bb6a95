import base64
import hashlib
import hmac
import os

from django.db import models


class Member(models.Model):
    email = models.EmailField(unique=True)
    password_digest = models.CharField(max_length=200)

    def set_password(self, raw_password):
        salt = os.urandom(16)
        dk = hashlib.pbkdf2_hmac("sha256", raw_password.encode("utf-8"), salt, 600_000)
        self.password_digest = base64.b64encode(salt).decode() + "$" + base64.b64encode(dk).decode()

    def check_password(self, raw_password):
        salt_b64, dk_b64 = self.password_digest.split("$", 1)
        dk = hashlib.pbkdf2_hmac("sha256", raw_password.encode("utf-8"), base64.b64decode(salt_b64), 600_000)
        return hmac.compare_digest(dk, base64.b64decode(dk_b64))


def register(email, password):
    member = Member(email=email)
    member.set_password(password)
    member.save()
    return member
