"""`curator merge`: join the finished tasks of a sharded run (e.g. a Slurm array) into one report."""

from __future__ import annotations

import sys

import click


@click.command()
@click.option("--work-dir", required=True, type=click.Path(file_okay=False, exists=True),
              help="The --work-dir the tasks wrote to.")
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB report to write.")
@click.option("--fail-on", type=click.Choice(["info", "low", "medium", "high", "critical", "never"]), default="low")
def merge(work_dir: str, db: str, fail_on: str) -> None:
    """Merge the Parquet shards of every task in WORK_DIR into one DuckDB report."""
    from curator.executors.merge import merge_work_dir

    summary = merge_work_dir(work_dir, db)
    for line in summary.analyzer_lines:
        click.echo(line)
    click.echo(summary.line())
    sys.exit(1 if summary.fails(fail_on) else 0)
