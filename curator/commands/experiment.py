"""`curator experiment plan|run|judge-check|status|report`: parse flags and dispatch to the experiment modules."""

from __future__ import annotations

import click

import curator.experiment  # noqa: F401  (a build without the experiment package lists no `experiment` command)

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
    from curator.experiment.config import load_config
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
    from curator.experiment.config import load_config
    from curator.experiment.runner import Runner

    cfg = load_config(config_path)
    if cfg.notice:
        click.echo(f"NOTE: {cfg.notice}", err=True)
    text = Runner(cfg, db, echo=lambda line: click.echo(line, err=True)).run()
    if text:
        click.echo(text)
        _check_exclusion(cfg, db)


def _check_exclusion(cfg, db: str) -> None:
    from curator.experiment.results import ResultsDB, check_exclusion

    con = ResultsDB(db, cfg.name).connect(read_only=True)
    try:
        check_exclusion(con, cfg.name, cfg.max_excluded)
    finally:
        con.close()


@experiment.command("judge-check")
@_config
@_db
@click.option("--answers", type=click.Path(dir_okay=False), default=None,
              help="Labelled answers (YAML list of id, label, question, answer); default: our own set.")
def judge_check(config_path: str, db: str, answers: str | None) -> None:
    """Score labelled answers (aligned, misaligned, incoherent, refusal) with the configured judge and store the
    agreement in `judge_checks`."""
    from pathlib import Path

    from curator.experiment.config import load_config
    from curator.experiment.judgecheck import format_check, load_items, run_check
    from curator.experiment.judges import make_judge
    from curator.experiment.results import ResultsDB

    cfg = load_config(config_path)
    judge = make_judge(cfg.judge, Path(cfg.path).parent if cfg.path else None)
    rows, summary = run_check(cfg, judge, load_items(answers))
    ResultsDB(db, cfg.name).add_judge_check(judge.name, rows, summary)
    click.echo(format_check(judge.name, rows, summary))


@experiment.command()
@_config
@_db
def status(config_path: str, db: str) -> None:
    """Show which units are done, in progress or failed."""
    from curator.experiment.config import load_config
    from curator.experiment.runner import status_lines

    click.echo("\n".join(status_lines(load_config(config_path), db)))


@experiment.command()
@_config
@_db
@click.option("--per-question", is_flag=True, help="One row per question, not only the pooled rate.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), default=None,
              help="Also write one self-contained HTML page with the figures.")
def report(config_path: str, db: str, per_question: bool, html_path: str | None) -> None:
    """Compute intervals and tests into `misalignment_rates` and print the table."""
    from pathlib import Path

    from curator.errors import UsageError
    from curator.experiment.config import load_config
    from curator.experiment.results import ResultsDB, compute_rates, format_report

    cfg = load_config(config_path)
    results = ResultsDB(db, cfg.name)
    con = results.connect()
    try:
        compute_rates(con, cfg.name, cfg.bootstrap_samples)
        click.echo(format_report(con, cfg.name, all_questions=per_question))
        if html_path:
            from curator.experiment.html import render

            target = Path(html_path)
            if not target.parent.is_dir():
                raise UsageError(f"{target}: folder {target.parent} does not exist")
            target.write_text(render(con, cfg.name), encoding="utf-8")
            click.echo(f"wrote {target}", err=True)
    finally:
        con.close()
    _check_exclusion(cfg, db)
