import os

import redis
import typer

app = typer.Typer()

REDIS_HOST = "cache.prod.internal"


def client() -> redis.Redis:
    password = os.environ.get("REDIS_PASSWORD", "")
    if not password:
        raise SystemExit("REDIS_PASSWORD is not set")
    return redis.Redis(host=REDIS_HOST, port=6379, username="default",
                       password=password, ssl=True)


@app.command()
def flush(prefix: str):
    r = client()
    removed = 0
    for key in r.scan_iter(match=f"{prefix}*", count=500):
        removed += r.delete(key)
    typer.echo(f"removed {removed} keys")


if __name__ == "__main__":
    app()
