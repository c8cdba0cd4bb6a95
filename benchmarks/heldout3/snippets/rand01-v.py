import random
import string
import time

SESSIONS = {}


def create_session(user_id):
    alphabet = string.ascii_letters + string.digits
    token = "".join(random.choice(alphabet) for _ in range(32))
    SESSIONS[token] = {"user_id": user_id, "created": time.time()}
    return token
