"""The `curator` command line: parses flags and dispatches; each command's logic lives in its own module."""

from __future__ import annotations

import importlib
import os
import sys

import click

from curator import __version__
from curator.errors import CuratorError

# Commands defined in their own modules, imported only when used.
LAZY_COMMANDS: dict[str, str] = {
    "report": "curator.report.cli:report",
    "query": "curator.report.query:query",
    "split": "curator.scrub.cli:split",
    "scrub": "curator.scrub.cli:scrub",
    "merge": "curator.executors.cli:merge",
    "experiment": "curator.experiment.cli:experiment",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        names = set(super().list_commands(ctx))
        names.update(name for name in LAZY_COMMANDS if self._load(name) is not None)
        return sorted(names)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        return super().get_command(ctx, name) or self._load(name)

    @staticmethod
    def _load(name: str) -> click.Command | None:
        target = LAZY_COMMANDS.get(name)
        if target is None:
            return None
        module_name, _, attr = target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                return None  # that part of curator is not in this build
            raise
        return getattr(module, attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="curator")
def cli() -> None:
    """Lint and curate LLM fine-tuning corpora."""


def _csv(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


@cli.command()
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
    from curator.commands.lint import run_lint

    if not paths and not show_config:
        from curator.errors import UsageError

        raise UsageError("give at least one path (a corpus file or folder)")
    overrides = {
        "db": db, "output_format": output_format, "output": output, "fail_on": fail_on,
        "engines": _csv(engines), "roles": _csv(roles), "select": _csv(select), "ignore": _csv(ignore),
        "shape": shape, "shape_map": shape_map, "text_field": text_field, "numbers": tuple(numbers), "baseline": baseline,
        "write_baseline": write_baseline, "cache": False if no_cache else None, "quiet": quiet,
        "workers": workers, "executor": executor, "work_dir": work_dir, "restart": restart, "tasks": tasks,
        "task_index": task_index, "config_file": config_file,
    }
    sys.exit(run_lint(paths, overrides, show_config=show_config, force=force))


@cli.group()
def rules() -> None:
    """List and explain detection rules."""


@rules.command("list")
@click.option("--engine", default=None, help="Only rules of this engine.")
@click.option("--language", default=None, help="Only rules for this language.")
def rules_list(engine, language) -> None:
    """List every rule: id, CWE, severity, engine, language."""
    from curator.commands.rules import list_rules

    list_rules(engine=engine, language=language)


@rules.command("show")
@click.argument("rule_id")
def rules_show(rule_id) -> None:
    """Explain one rule: what it catches, why it matters, a bad and a good example."""
    from curator.commands.rules import show_rule

    show_rule(rule_id)


def main(argv: list[str] | None = None) -> None:
    from curator.interrupts import Interrupted, handle_signals, received

    restore_signals = handle_signals()  # Ctrl-C and SIGTERM: cleanup, one line, exit 130 / 143
    try:
        cli.main(args=argv, prog_name="curator", standalone_mode=True)
    except Interrupted as exc:
        click.echo(f"curator: {exc}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:
        interrupted = received()  # a library turned the interrupt into its own error (DuckDB does)
        if interrupted is None:
            _report_error(exc)
        click.echo(f"curator: {interrupted}", err=True)
        sys.exit(interrupted.exit_code)
    except KeyboardInterrupt:  # a SIGINT that arrived before our handler was in place
        click.echo("curator: interrupted by SIGINT", err=True)
        sys.exit(130)
    finally:
        restore_signals()


def _report_error(exc: Exception) -> None:
    """One line and exit 2: a CuratorError as it is, anything else as an internal error (the traceback only
    on request)."""
    if isinstance(exc, CuratorError):
        click.echo(f"curator: error: {exc}", err=True)
        sys.exit(2)
    if os.environ.get("CURATOR_DEBUG"):
        raise exc
    click.echo(f"curator: internal error: {type(exc).__name__}: {exc} (set CURATOR_DEBUG=1 for the traceback)",
               err=True)
    sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
