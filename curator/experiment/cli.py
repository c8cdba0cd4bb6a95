"""`curator experiment plan|run|status|report`: parse flags and dispatch to the experiment modules."""

from __future__ import annotations

import click

from curator.experiment.config import load_config

_config = click.option("--config", "config_path", required=True, type=click.Path(dir_okay=False),
                       help="Experiment config (YAML); see sample_corpora/experiments/.")
_db = click.option("--db", required=True, type=click.Path(dir_okay=False),
                   help="The lint report (DuckDB) to slice; results are written into it.")


@click.group()
def experiment() -> None:
    """Fine-tune on slices of a lint report, judge the answers, and compare misalignment rates."""


@experiment.command()
@_config
@_db
def plan(config_path: str, db: str) -> None:
    """Print each slice's size and the overlaps between slices; trains nothing."""
    from curator.experiment.runner import plan as build_plan
    from curator.experiment.slices import format_plan

    cfg = load_config(config_path)
    run_id, slices = build_plan(cfg, db)
    click.echo(format_plan(slices, cfg, run_id))


@experiment.command()
@_config
@_db
def run(config_path: str, db: str) -> None:
    """Train, sample and judge every unit not finished yet, then print the report."""
    from curator.experiment.runner import Runner

    cfg = load_config(config_path)
    text = Runner(cfg, db, echo=lambda line: click.echo(line, err=True)).run()
    if text:
        click.echo(text)


@experiment.command()
@_config
@_db
def status(config_path: str, db: str) -> None:
    """Show which units are done, in progress or failed."""
    from curator.experiment.runner import status_lines

    click.echo("\n".join(status_lines(load_config(config_path), db)))


@experiment.command()
@_config
@_db
@click.option("--per-question", is_flag=True, help="One row per question, not only the pooled rate.")
def report(config_path: str, db: str, per_question: bool) -> None:
    """Compute bootstrap intervals into `misalignment_rates` and print the table."""
    from curator.experiment.results import ResultsDB, compute_rates, format_report

    cfg = load_config(config_path)
    results = ResultsDB(db, cfg.name)
    con = results.connect()
    try:
        compute_rates(con, cfg.name, cfg.bootstrap_samples)
        click.echo(format_report(con, cfg.name, all_questions=per_question))
    finally:
        con.close()
