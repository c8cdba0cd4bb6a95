import hashlib
import os
import sqlite3

import typer

app = typer.Typer()


@app.command()
def create_user(username: str, password: str = typer.Option(..., prompt=True, hide_input=True)):
    salt = os.urandom(16)
    pw_hash = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1).hex()
    with sqlite3.connect("users.db") as db:
        db.execute(
            "INSERT INTO users (username, salt, pw_hash) VALUES (?, ?, ?)", (username, salt.hex(), pw_hash)
        )
    typer.echo(f"created {username}")


if __name__ == "__main__":
    app()
