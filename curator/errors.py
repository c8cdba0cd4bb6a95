"""Errors that the CLI turns into a one-line message and exit code 2."""


class CuratorError(Exception):
    """Base of every error the CLI reports without a traceback."""


class UsageError(CuratorError):
    """A bad flag, an unknown name, an unreadable path."""


class MissingExtraError(CuratorError):
    """A feature whose optional dependencies are not installed."""

    def __init__(self, feature: str, extra: str, detail: str = "") -> None:
        line = f"{feature} needs the '{extra}' extra: pip install 'sft-curator[{extra}]'"
        super().__init__(line + (f" ({detail})" if detail else ""))
        self.extra = extra


def yaml_error(path, exc: Exception) -> UsageError:
    """One line for a YAML syntax error: `file:line:column: not valid YAML: problem`."""
    mark = getattr(exc, "problem_mark", None)
    where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return UsageError(f"{where}: not valid YAML: {problem}")
