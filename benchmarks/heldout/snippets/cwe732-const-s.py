import os

KEY_FILE_MODE = 0o600


def save_key(path, data):
    with open(path, "wb") as fh:
        fh.write(data)
    os.chmod(path, KEY_FILE_MODE)
