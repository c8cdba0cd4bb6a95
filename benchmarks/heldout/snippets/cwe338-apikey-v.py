import hashlib
import random
import time


def new_api_key(user_id):
    seed = f"{user_id}-{time.time()}-{random.random()}"
    return hashlib.sha256(seed.encode()).hexdigest()
