"""`curator lint`: parse the flags, run the pipeline, render the chosen format, pick the exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from contextlib import ExitStack

import click

from curator.commands.flags import comma_separated
from curator.config import LintConfig, resolve_config
from curator.errors import UsageError
from curator.lint import LintSummary, ScratchReport, lint_to_store
from curator.outputs import Output, atomic_text, guard_outputs
from curator.store import open_report


@click.command()
@click.argument("paths", nargs=-1, required=False)
@click.option("--db", type=click.Path(dir_okay=False), help="Write the report to this DuckDB file.")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "jsonl", "sarif", "github"]),
              default=None, help="Output format (default: text).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the output here instead of stdout.")
@click.option("--fail-on", type=click.Choice(["info", "low", "medium", "high", "critical", "never"]),
              default=None, help="Exit 1 when a finding is at or above this severity (default: low).")
@click.option("--engines", multiple=True, help="Engines to run, comma-separated (default: tree-sitter,bandit,numbers).")
@click.option("--roles", multiple=True,
              help="Also scan these roles for code: user, system, tool, or all (assistant is always scanned).")
@click.option("--select", multiple=True, help="Only these rule ids or prefixes (e.g. py.sql).")
@click.option("--ignore", multiple=True, help="Drop these rule ids or prefixes.")
@click.option("--input-format", "shape", type=click.Choice(
    ["openai", "sharegpt", "alpaca", "prompt_completion", "preference", "kto", "text"]), default=None,
    help="Record shape, when auto-detection is not wanted.")
@click.option("--shape-map", default=None,
              help="Read records through a field mapping, e.g. prompt=question,answer=solution "
                   "(roles: system, prompt, answer, chosen, rejected, messages, label).")
@click.option("--text-field", default=None, help="Field holding the text of records of shape 'text'.")
@click.option("--numbers", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra list of loaded numbers (YAML, same format as rules/numbers/).")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False),
              help="Suppress findings recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Write the findings of this run as a baseline.")
@click.option("--no-cache", is_flag=True, default=False, help="Do not read or write the result cache.")
@click.option("--quiet", "-q", is_flag=True, default=None, help="Print only the summary.")
@click.option("--workers", "-j", type=int, default=None,
              help="Worker processes (default: every core for large inputs, one for small ones).")
@click.option("--executor", type=click.Choice(["local", "ray"]), default=None,
              help="Where tasks run: a local process pool or Ray (RAY_ADDRESS, or a local Ray).")
@click.option("--work-dir", type=click.Path(file_okay=False), default=None,
              help="Keep task shards here; the same command resumes an interrupted run.")
@click.option("--restart", is_flag=True, default=None, help="Discard the finished tasks in --work-dir.")
@click.option("--tasks", type=int, default=None,
              help="Split the work into N slices and run one (default from SLURM_ARRAY_TASK_COUNT).")
@click.option("--task-index", type=int, default=None,
              help="The slice to run, 0-based (default from SLURM_ARRAY_TASK_ID).")
@click.option("--show-config", is_flag=True, help="Print the effective configuration and exit.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="Read settings from this TOML file (a pyproject.toml's [tool.curator], or a curator.toml) "
                   "instead of the nearest pyproject.toml of the inputs.")
@click.option("--force", is_flag=True, default=False,
              help="Replace an existing --db/--output/--write-baseline file that is not an sft-curator output.")
def lint(paths, db, output_format, output, fail_on, engines, roles, select, ignore, shape, shape_map, text_field,
         numbers, baseline, write_baseline, no_cache, quiet, workers, executor, work_dir, restart, tasks,
         task_index, show_config, config_file, force) -> None:
    """Lint corpora: find insecure code and loaded numbers, store every finding."""
    if not paths and not show_config:
        raise UsageError("give at least one path (a corpus file or folder)")
    overrides = {
        "db": db, "output_format": output_format, "output": output, "fail_on": fail_on,
        "engines": comma_separated(engines), "roles": comma_separated(roles),
        "select": comma_separated(select), "ignore": comma_separated(ignore),
        "shape": shape, "shape_map": shape_map, "text_field": text_field, "numbers": tuple(numbers),
        "baseline": baseline, "write_baseline": write_baseline, "cache": False if no_cache else None, "quiet": quiet,
        "workers": workers, "executor": executor, "work_dir": work_dir, "restart": restart, "tasks": tasks,
        "task_index": task_index, "config_file": config_file,
    }
    sys.exit(run_lint(paths, overrides, show_config=show_config, force=force))


def run_lint(paths: tuple[str, ...], overrides: dict, *, show_config: bool = False, force: bool = False) -> int:
    config = resolve_config({**overrides, "paths": tuple(paths)})
    if show_config:
        from curator.config import render_config

        print(render_config(config), end="")
        return 0
    # imported here, not at the top: `curator lint --help` loads only what the flags need
    from curator.empty_input import require_corpus_files, require_records

    guard_lint_outputs(config, force=force)
    if nothing_but_non_corpus_files(config.paths):
        return 0
    require_corpus_files(config.paths)
    with ExitStack() as stack:
        scratch = None
        if not config.db:
            scratch = ScratchReport()
            stack.callback(scratch.cleanup)
            config.db = scratch.path
        tracker = _progress(stack, config)
        summary = _lint(config, tracker)
        if tracker is not None:
            tracker.finish()
        if summary is None:
            print(f"curator: task {config.task_index} of {config.tasks} finished in {config.work_dir}; "
                  f"run `curator merge --work-dir {config.work_dir} --db FILE` when all tasks are done",
                  file=sys.stderr)
            return 0
        require_records(config.db, summary.run_id, config.paths)
        if scratch is not None:
            summary.db = None
        _render(config, summary)
        return 1 if summary.fails(config.fail_on) else 0


def nothing_but_non_corpus_files(paths: tuple[str, ...]) -> bool:
    """pre-commit passes every changed `.json` file: when each path given is a file that is no corpus
    (package.json, dataset_info.json), there is nothing to lint and nothing wrong; say so and pass."""
    from curator.corpus.sources import skipped_inputs

    if not paths or not all(os.path.isfile(p) for p in paths):
        return False
    skipped = skipped_inputs(list(paths))
    if len(skipped) != len(paths):
        return False
    names = ", ".join(path for path, _ in skipped[:3]) + (f" and {len(skipped) - 3} more" if len(skipped) > 3 else "")
    print(f"curator: 0 records · {len(skipped)} file{'s' if len(skipped) != 1 else ''} skipped (not a corpus: "
          f"{names})", file=sys.stderr)
    return True


def guard_lint_outputs(config: LintConfig, *, force: bool) -> None:
    """Before any work: no output replaces an input or a file that is not an sft-curator output of its kind."""
    fmt = config.output_format or "text"
    guard_outputs([Output(config.db, "report", "--db"), Output(config.output, fmt, "--output"),
                   Output(config.write_baseline, "baseline", "--write-baseline")], config.paths, force=force)


def _lint(config: LintConfig, progress) -> LintSummary | None:
    """In this process for small inputs; sharded over workers, Slurm slices or Ray otherwise."""
    from curator.executors.run import slurm_defaults

    if config.tasks is None:
        count, index = slurm_defaults()
        if count is not None and config.work_dir:
            config.tasks, config.task_index = count, index
    workers = config.workers if config.workers is not None else auto_workers(config.paths)
    if "-" in config.paths:  # standard input can be read once only, by this process
        if (config.workers or 1) > 1 or config.work_dir or config.tasks is not None or config.executor != "local":
            raise UsageError("standard input (-) is read once, in this process: drop --workers, --work-dir, "
                             "--tasks and --executor, or save the input to a file")
        workers = 1
    if workers <= 1 and not config.work_dir and config.tasks is None and config.executor == "local":
        return lint_to_store(None, config, progress=progress)
    from curator.executors.run import run_sharded

    return run_sharded(config, workers=workers, executor=config.executor, work_dir=config.work_dir,
                       restart=config.restart, tasks=config.tasks, task_index=config.task_index,
                       progress=progress)


AUTO_PARALLEL_BYTES = 8 << 20


def auto_workers(paths: tuple[str, ...]) -> int:
    """Every core when the input is large enough to repay starting workers; one process otherwise."""
    total = 0
    for path in paths:
        if os.path.isfile(path):
            total += os.path.getsize(path)
        elif os.path.isdir(path):
            total += sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())
    return (os.cpu_count() or 1) if total >= AUTO_PARALLEL_BYTES else 1


def _render(config: LintConfig, summary: LintSummary) -> None:
    from curator.report import render

    fmt = config.output_format or "text"
    con = open_report(config.db)
    try:
        options = {
            "quiet": config.quiet, "fail_on": config.fail_on, "output": config.output,
            "analyzer_lines": summary.analyzer_lines,
            "summary_line": "\n".join(filter(None, [summary.line(), summary.engines_line()])),
            "engine_errors": summary.engine_errors,
        }
        if config.output:
            with atomic_text(config.output) as out:  # a failed rendering leaves an earlier output as it was
                render(fmt, con, summary.run_id, out, options)
        else:
            render(fmt, con, summary.run_id, sys.stdout, options)
        engine_error_total = con.execute(
            "SELECT count(*) FROM snippet_status WHERE run_id = ? AND status = 'engine_error'",
            [summary.run_id]).fetchone()[0]
    finally:
        con.close()
    # Machine formats keep stdout clean; the summary goes to stderr for them.
    if fmt != "text" or config.output:
        print(summary.line(), file=sys.stderr)
        if summary.engines_line():
            print(summary.engines_line(), file=sys.stderr)
    for error in summary.engine_errors:
        print(f"curator: engine error: {error}", file=sys.stderr)
    hidden = max(0, engine_error_total - len(summary.engine_errors))
    if hidden:
        where = f"curator query --db {summary.db}" if summary.db else "rerun with --db FILE, then curator query"
        print(f"curator: engine error: ... and {hidden:,} more (all of them: {where} "
              "\"SELECT * FROM snippet_status WHERE status = 'engine_error'\")", file=sys.stderr)


def _progress(stack: ExitStack, config: LintConfig):
    """A bar with total, rate and ETA on stderr when it is a terminal (see curator/progress.py); None otherwise."""
    from curator.progress import make_progress, start_tracking

    progress = make_progress(quiet=config.quiet)
    if progress is None:
        return None
    stack.enter_context(progress)
    return start_tracking(config.paths, progress)
