"""`curator split`: parse the flags, lint when there is no report yet, then hand over to curator/scrub/split.py."""

from __future__ import annotations

import os

import click

from curator.commands.flags import comma_separated
from curator.empty_input import require_records
from curator.outputs import Output, guard_outputs
from curator.scrub.preflight import check_inputs_and_outputs


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False),
              help="A finished lint report to split by; when the file does not exist, lint now and write it there.")
@click.option("--clean", "clean", required=True, type=click.Path(dir_okay=False), help="Output for clean records.")
@click.option("--flagged", "flagged", required=True, type=click.Path(dir_okay=False),
              help="Output for records with findings at or above --fail-on.")
@click.option("--rejects", type=click.Path(dir_okay=False),
              help="Output for records that could not be parsed (default: they go to --flagged).")
@click.option("--manifest", type=click.Path(dir_okay=False), help="Manifest path (default: CLEAN.manifest.json).")
@click.option("--fail-on", type=click.Choice(["info", "low", "medium", "high", "critical", "never"]), default=None,
              help="Flag records with an active finding at or above this severity (default: with an existing --db "
                   "report, the threshold it was linted with; else low, or [tool.curator]).")
@click.option("--select", multiple=True, help="Only findings of these rule ids or prefixes flag a record.")
@click.option("--ignore", multiple=True, help="Findings of these rule ids or prefixes never flag a record.")
@click.option("--engines", multiple=True, help="Engines for linting on the fly (default: the lint default).")
@click.option("--force", is_flag=True, help="Overwrite existing outputs.")
def split(paths, db, clean, flagged, rejects, manifest, fail_on, select, ignore, engines, force) -> None:
    """Split corpora into clean and flagged outputs, byte for byte, in input order, with a manifest."""
    from curator.config import resolve_config
    from curator.lint import ScratchReport, lint_to_store
    from curator.scrub.split import SplitPolicy, read_report, report_policy, split_corpus
    from curator.store import open_report

    config = resolve_config({"fail_on": fail_on, "select": comma_separated(select),
                             "ignore": comma_separated(ignore), "engines": comma_separated(engines),
                             "paths": tuple(paths)})
    check_inputs_and_outputs(paths, {"--clean": clean, "--flagged": flagged, "--rejects": rejects,
                                      "--manifest": manifest}, force)
    if db is not None and not os.path.exists(db):  # linted on the fly into it
        guard_outputs([Output(db, "report", "--db")], paths)
    policy = SplitPolicy(config.fail_on, config.select, config.ignore)
    scratch = None
    report_path = db
    try:
        if db is None or not os.path.exists(db):
            if db is None:
                scratch = ScratchReport()
                config.db = scratch.path
            else:
                config.db = db
            # lint every rule: the policy picks the findings that flag, so the report stays reusable
            config.select, config.ignore = (), ()
            summary = lint_to_store(list(paths), config)
            require_records(config.db, summary.run_id, paths)
            report_path = config.db
            click.echo(f"curator: linted: {summary.line()}", err=True)
        con = open_report(report_path)
        try:
            if fail_on is None and report_path == db:  # an existing report: its own threshold, as its counts say
                policy = report_policy(con, policy)
            view = read_report(con, db or "(linted on the fly)", policy)
        finally:
            con.close()
        result = split_corpus(paths, view, {"clean": clean, "flagged": flagged, "rejects": rejects},
                              policy=policy, force=force, manifest=manifest)
    finally:
        if scratch is not None:
            scratch.cleanup()
    counts = result["counts"]
    outs = result["outputs"]
    click.echo(f"curator: split {counts['records']} records: {counts['clean']} clean -> {outs['clean']['path']}, "
               f"{counts['flagged']} flagged -> {outs['flagged']['path']}"
               + (f", {counts['rejects']} rejected -> {outs['rejects']['path']}" if "rejects" in outs else "")
               + (f"; {counts['blank_lines']} blank lines skipped" if counts["blank_lines"] else "")
               + (f"; {counts['unwritable']} counted but unwritable (no bytes to write, reasons in the manifest)"
                  if counts["unwritable"] else "")
               + f"; manifest {result['manifest']}")
    for item in result["inputs"]:
        for problem in item["problems"]:
            click.echo(f"curator: warning: {problem}", err=True)
    for side in outs.values():
        for reason in side["unwritable_reasons"]:
            click.echo(f"curator: warning: unwritable: {reason}", err=True)
