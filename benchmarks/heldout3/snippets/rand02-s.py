import secrets
from datetime import datetime, timedelta


def issue_reset_code(user, mailer):
    code = f"{secrets.randbelow(1_000_000):06d}"
    user.reset_code = code
    user.reset_expires = datetime.utcnow() + timedelta(minutes=15)
    user.save()
    mailer.send(user.email, "Password reset", f"Your code is {code}")
    return True
