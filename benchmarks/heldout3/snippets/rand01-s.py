import secrets
import time

SESSIONS = {}


def create_session(user_id):
    token = secrets.token_urlsafe(32)
    SESSIONS[token] = {"user_id": user_id, "created": time.time()}
    return token
