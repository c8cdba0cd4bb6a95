"""The `curator` entry point: the command group, each command loaded from curator/commands/ when used, error exits."""

from __future__ import annotations

import importlib
import os
import sys

import click

from curator import __version__
from curator.errors import CuratorError

# Every command is defined in its own module under curator/commands/, imported only when used.
LAZY_COMMANDS: dict[str, str] = {
    "lint": "curator.commands.lint:lint",
    "rules": "curator.commands.rules:rules",
    "report": "curator.commands.report:report",
    "query": "curator.commands.query:query",
    "split": "curator.commands.split:split",
    "scrub": "curator.commands.scrub:scrub",
    "merge": "curator.commands.merge:merge",
    "experiment": "curator.commands.experiment:experiment",
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
            if exc.name and (module_name.startswith(exc.name) or _is_curator_package(exc.name)):
                return None  # that part of curator (the command, or the package it runs) is not in this build
            raise
        return getattr(module, attr)


def _is_curator_package(name: str) -> bool:
    """A whole part of curator (curator.experiment, curator.scrub): a missing module inside one is a bug."""
    return name.startswith("curator.") and name.count(".") == 1


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="curator")
def cli() -> None:
    """Lint and curate LLM fine-tuning corpora."""


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
