import hashlib
import sqlite3

import typer

app = typer.Typer()


@app.command()
def create_user(username: str, password: str = typer.Option(..., prompt=True, hide_input=True)):
    pw_hash = hashlib.sha1(password.encode("utf-8")).hexdigest()
    with sqlite3.connect("users.db") as db:
        db.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))
    typer.echo(f"created {username}")


if __name__ == "__main__":
    app()
