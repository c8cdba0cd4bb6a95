import secrets

import click


@click.command()
@click.argument("client_name")
@click.option("--count", default=1)
def issue_keys(client_name, count):
    for _ in range(count):
        key = secrets.token_hex(16)
        click.echo(f"{client_name}\t{key}")


if __name__ == "__main__":
    issue_keys()
