"""`curator split` and `curator scrub`: parse flags, then hand over to split.py and scrub.py."""

from __future__ import annotations

import os
import sys

import click

from curator.empty_input import require_corpus_files, require_records
from curator.errors import UsageError
from curator.outputs import Output, check_output_container, guard_outputs, guard_report_to_append


def _csv(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _check_inputs_and_outputs(paths: tuple[str, ...], outputs: dict[str, str | None], force: bool) -> None:
    """Before any work: some corpus file to read, outputs that are no input and replace nothing without
    --force, and output names that agree with the container written (split and scrub write every input
    back in its own container: Parquet stays Parquet)."""
    from curator.corpus import sources

    require_corpus_files(paths)
    guard_outputs([Output(path, "manifest" if flag == "--manifest" else "corpus", flag)
                   for flag, path in outputs.items()], paths, force=force)
    containers = {container for _, container in sources(list(paths))}
    if len(containers) == 1:
        container = containers.pop()
        for flag, path in outputs.items():
            if flag != "--manifest":
                check_output_container(path, flag, container)


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
              help="Flag records with an active finding at or above this severity (default: low, or [tool.curator]).")
@click.option("--select", multiple=True, help="Only findings of these rule ids or prefixes flag a record.")
@click.option("--ignore", multiple=True, help="Findings of these rule ids or prefixes never flag a record.")
@click.option("--engines", multiple=True, help="Engines for linting on the fly (default: the lint default).")
@click.option("--force", is_flag=True, help="Overwrite existing outputs.")
def split(paths, db, clean, flagged, rejects, manifest, fail_on, select, ignore, engines, force) -> None:
    """Split corpora into clean and flagged outputs, byte for byte, in input order, with a manifest."""
    from curator.config import resolve_config
    from curator.lint import ScratchReport, lint_to_store
    from curator.scrub.split import SplitPolicy, read_report, split_corpus
    from curator.store import open_report

    config = resolve_config({"fail_on": fail_on, "select": _csv(select), "ignore": _csv(ignore),
                             "engines": _csv(engines), "paths": tuple(paths)})
    _check_inputs_and_outputs(paths, {"--clean": clean, "--flagged": flagged, "--rejects": rejects,
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


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--recipe", "-r", help="A shipped recipe name (see --list) or a recipe YAML file.")
@click.option("--out", "-o", type=click.Path(dir_okay=False), help="Write the scrubbed corpus here.")
@click.option("--db", type=click.Path(dir_okay=False),
              help="Record the lint and every scrub action in this DuckDB file (appended when it exists).")
@click.option("--in-place", is_flag=True, help="Rewrite the inputs, keeping each original as FILE.bak.")
@click.option("--dry-run", is_flag=True, help="Write nothing; print a unified diff of what would change.")
@click.option("--force", is_flag=True, help="Overwrite an existing output (an existing .bak, the original, is kept).")
@click.option("--list", "list_recipes", is_flag=True, help="List the shipped recipes and exit.")
@click.option("--engines", multiple=True, help="Engines for the lint (default: the recipe's, else the lint default).")
@click.option("--roles", multiple=True, help="Message roles to scan for code (default: assistant).")
def scrub(paths, recipe, out, db, in_place, dry_run, force, list_recipes, engines, roles) -> None:
    """Apply a cleaning recipe: drop, strip, redact, rename or remediate records; every change recorded."""
    from curator.scrub.recipes import find_recipe, shipped_recipes

    if list_recipes:
        for item in shipped_recipes():
            click.echo(f"{item.name:16} {item.description}")
            steps = ", ".join(step["transform"] for step in item.steps)
            click.echo(f"{'':16} steps: {steps}")
        return
    if not paths:
        raise UsageError("give the corpora to scrub (or --list to see the recipes)")
    if not recipe:
        raise UsageError("give --recipe NAME or FILE (see curator scrub --list)")
    from curator.scrub.scrub import default_config, scrub_corpus

    _check_inputs_and_outputs(paths, {"--out": out}, force)
    if db is not None and not dry_run:
        guard_report_to_append(db, "--db", paths)
    chosen = find_recipe(recipe)
    config = default_config(chosen, {"engines": _csv(engines), "roles": _csv(roles)})
    summary = scrub_corpus(paths, chosen, config, out=out, db=db, in_place=in_place, dry_run=dry_run,
                           force=force, diff_out=sys.stdout)
    where = ", ".join(summary.outputs) if summary.outputs else "nothing written (dry run)"
    click.echo(f"curator: scrub {chosen.name}: {summary.line()} -> {where}", err=dry_run)
    for problem in summary.problems:
        click.echo(f"curator: warning: {problem}", err=True)
