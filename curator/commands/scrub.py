"""`curator scrub`: parse the flags, check inputs and outputs, then hand over to curator/scrub/scrub.py."""

from __future__ import annotations

import sys

import click

from curator.commands.flags import comma_separated
from curator.errors import UsageError
from curator.outputs import guard_report_to_append
from curator.scrub.preflight import check_inputs_and_outputs


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

    check_inputs_and_outputs(paths, {"--out": out}, force)
    if db is not None and not dry_run:
        guard_report_to_append(db, "--db", paths)
    chosen = find_recipe(recipe)
    config = default_config(chosen, {"engines": comma_separated(engines), "roles": comma_separated(roles)})
    summary = scrub_corpus(paths, chosen, config, out=out, db=db, in_place=in_place, dry_run=dry_run,
                           force=force, diff_out=sys.stdout)
    where = ", ".join(summary.outputs) if summary.outputs else "nothing written (dry run)"
    click.echo(f"curator: scrub {chosen.name}: {summary.line()} -> {where}", err=dry_run)
    for problem in summary.problems:
        click.echo(f"curator: warning: {problem}", err=True)
