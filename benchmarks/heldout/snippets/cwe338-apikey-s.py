import os


def new_api_key(user_id):
    return os.urandom(32).hex()
