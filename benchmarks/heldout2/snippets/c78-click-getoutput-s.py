import subprocess

import click


@click.command()
@click.option("--branch", required=True, help="Branch to summarize")
@click.option("--limit", default=20, show_default=True)
def changelog(branch: str, limit: int) -> None:
    """Print the last commits of a branch."""
    result = subprocess.run(
        ["git", "log", "--oneline", "-n", str(limit), "--end-of-options", branch],
        capture_output=True, text=True, check=True,
    )
    for line in result.stdout.splitlines():
        sha, _, title = line.partition(" ")
        click.echo(f"- {title} ({sha})")


if __name__ == "__main__":
    changelog()
