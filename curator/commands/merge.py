"""`curator merge`: join the finished tasks of a sharded run (e.g. a Slurm array) into one report."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.option("--work-dir", required=True, type=click.Path(file_okay=False, exists=True),
              help="The --work-dir the tasks wrote to.")
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB report to write.")
@click.option("--fail-on", type=click.Choice(["info", "low", "medium", "high", "critical", "never"]), default=None,
              help="Threshold of the merged report (default: low, or [tool.curator] of the inputs).")
@click.option("--force", is_flag=True, help="Replace an existing --db file that is not an sft-curator report.")
def merge(work_dir: str, db: str, fail_on: str, force: bool) -> None:
    """Merge the Parquet shards of every task in WORK_DIR into one DuckDB report."""
    from curator.empty_input import require_records
    from curator.executors.merge import merge_work_dir
    from curator.executors.tasks import load_plan
    from curator.outputs import Output, guard_outputs

    inputs = sorted({item["path"] for item in load_plan(Path(work_dir)).fingerprint["inputs"]})
    guard_outputs([Output(db, "report", "--db")], inputs, force=force)
    if fail_on is None:
        from curator.config import resolve_config

        fail_on = resolve_config({"paths": tuple(inputs)}).fail_on
    summary = merge_work_dir(work_dir, db, fail_on=fail_on)
    require_records(db, summary.run_id, inputs)
    for line in summary.analyzer_lines:
        click.echo(line)
    click.echo(summary.line())
    sys.exit(1 if summary.fails(summary.fail_on) else 0)
