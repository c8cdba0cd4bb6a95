import subprocess

import click


@click.command()
@click.option("--branch", required=True, help="Branch to summarize")
@click.option("--limit", default=20, show_default=True)
def changelog(branch: str, limit: int) -> None:
    """Print the last commits of a branch."""
    log = subprocess.getoutput(f"git log --oneline -n {limit} {branch}")
    for line in log.splitlines():
        sha, _, title = line.partition(" ")
        click.echo(f"- {title} ({sha})")


if __name__ == "__main__":
    changelog()
