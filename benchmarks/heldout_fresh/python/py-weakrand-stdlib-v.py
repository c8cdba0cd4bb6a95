import random
import string
import time

ALPHABET = string.ascii_letters + string.digits


def make_reset_token(length=32):
    """Return a password-reset token to be emailed to the user."""
    return "".join(random.choice(ALPHABET) for _ in range(length))


def issue_reset(store, user_id):
    token = make_reset_token()
    store[token] = {"user": user_id, "expires": time.time() + 900}
    return token


if __name__ == "__main__":
    pending = {}
    print(issue_reset(pending, 42))
