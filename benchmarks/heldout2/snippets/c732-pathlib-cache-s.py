import json
import os
from pathlib import Path

CACHE = Path.home() / ".cache" / "weather-cli"


def save_token(token: str) -> None:
    CACHE.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(CACHE / "token.json", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"token": token}, fh)


def load_token() -> str | None:
    path = CACHE / "token.json"
    return json.loads(path.read_text())["token"] if path.exists() else None
