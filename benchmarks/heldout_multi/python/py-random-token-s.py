import secrets
import string
from django.core.mail import send_mail

def make_reset_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))

def send_reset(user):
    token = make_reset_token()
    user.profile.reset_token = token
    user.profile.save()
    send_mail("Reset", f"https://example.com/reset/{token}", None, [user.email])
