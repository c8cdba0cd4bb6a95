"""The effective lint configuration: `[tool.curator]` in the nearest pyproject.toml, overridden by flags."""

from __future__ import annotations

import dataclasses
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from curator.engines import DEFAULT_ENGINES, ENGINES, EngineConfig
from curator.errors import UsageError
from curator.model import SEVERITIES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FAIL_ON = ("info", "low", "medium", "high", "critical", "never")


@dataclass
class LintConfig:
    paths: tuple[str, ...] = ()
    db: str | None = None
    output_format: str = "text"
    output: str | None = None
    engines: tuple[str, ...] = DEFAULT_ENGINES
    roles: tuple[str, ...] = ("assistant",)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "low"
    shape: str | None = None
    text_field: str | None = None
    numbers: tuple[str, ...] = ()
    baseline: str | None = None
    write_baseline: str | None = None
    cache: bool = True
    cache_dir: str | None = None
    quiet: bool = False
    workers: int | None = None  # None: every core for large inputs, one process for small ones
    executor: str = "local"  # local | ray
    work_dir: str | None = None
    restart: bool = False
    tasks: int | None = None  # run one slice of the work (Slurm arrays): --tasks N --task-index I
    task_index: int | None = None
    config_file: str | None = None  # where [tool.curator] came from
    extra: dict = field(default_factory=dict)

    def engine_config(self) -> EngineConfig:
        # `extra` carries engine and analyzer options from [tool.curator] (e.g. numbers_alpha).
        return EngineConfig(select=self.select, ignore=self.ignore, numbers_files=self.numbers,
                            options=dict(self.extra))

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


TUPLE_KEYS = {"paths", "engines", "roles", "select", "ignore", "numbers"}
ALL_ROLES = ("assistant", "user", "system", "tool")


def find_pyproject(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_file_config(start: Path) -> tuple[dict, Path | None]:
    path = find_pyproject(start.resolve())
    if path is None:
        return {}, None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read [tool.curator]: {exc}") from None
    section = data.get("tool", {}).get("curator", {})
    if not isinstance(section, dict):
        raise UsageError(f"{path}: [tool.curator] must be a table")
    return {k.replace("-", "_"): v for k, v in section.items()}, path


# Keys only the command line sets.
NOT_IN_FILE = {"config_file", "extra", "restart", "task_index"}
# Paths written in [tool.curator] are relative to the pyproject.toml that holds them.
PATH_KEYS = {"db", "output", "baseline", "write_baseline", "cache_dir", "work_dir"}
BOOL_KEYS = {"cache", "quiet", "restart"}
INT_KEYS = {"workers", "tasks"}


def _file_value(path: Path, key: str, value):
    """Check the type of one [tool.curator] value and anchor relative paths at the file's folder."""
    where = f"{path}: [tool.curator] {key.replace('_', '-')}"
    if key in BOOL_KEYS:
        if not isinstance(value, bool):
            raise UsageError(f"{where} must be true or false, not {value!r}")
        return value
    if key in INT_KEYS:
        if not isinstance(value, int) or isinstance(value, bool):
            raise UsageError(f"{where} must be a whole number, not {value!r}")
        return value
    if key in TUPLE_KEYS:
        if isinstance(value, str):
            value = [v for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UsageError(f"{where} must be a list of strings, not {value!r}")
        if key == "numbers":
            value = [str((path.parent / v).resolve()) for v in value]
        return value
    if not isinstance(value, str):
        raise UsageError(f"{where} must be a string, not {value!r}")
    if key in PATH_KEYS:
        return str(path.parent / value) if not Path(value).is_absolute() else value
    return value


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(json.dumps(str(v)) for v in value) + "]"
    return json.dumps(str(value))


def render_config(config: LintConfig) -> str:
    """The effective configuration as a [tool.curator] table that can be pasted into a pyproject.toml."""
    origin = config.config_file or "no pyproject.toml with [tool.curator] found"
    lines = ["# effective configuration of `curator lint`",
             f"# [tool.curator] from: {origin}; command-line flags override it",
             f"# inputs: {', '.join(config.paths) or '(none)'}", "[tool.curator]"]
    for f in dataclasses.fields(LintConfig):
        if f.name in NOT_IN_FILE or f.name == "paths":
            continue
        value = getattr(config, f.name)
        key = f.name.replace("_", "-")
        if value is None:
            lines.append(f"# {key} = (not set)")
        else:
            lines.append(f"{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def resolve_config(cli_overrides: dict, start_dir: str | Path = ".") -> LintConfig:
    """File settings first, then every flag the user actually gave (None means 'not given')."""
    file_values, path = load_file_config(Path(start_dir))
    known = {f.name for f in dataclasses.fields(LintConfig)}
    values: dict = {}
    for key, value in file_values.items():
        if key == "options":  # engine and analyzer settings, e.g. [tool.curator.options] numbers_alpha = 0.01
            if not isinstance(value, dict):
                raise UsageError(f"{path}: [tool.curator] options must be a table")
            values["extra"] = dict(value)
            continue
        if key not in known or key in NOT_IN_FILE:
            raise UsageError(f"{path}: [tool.curator] has unknown key {key.replace('_', '-')!r}")
        if key == "paths":
            continue
        values[key] = _file_value(path, key, value)
    if path is not None and file_values:
        values["config_file"] = str(path)
    for key, value in cli_overrides.items():
        if value is None or (key in TUPLE_KEYS and value == ()):
            continue
        values[key] = value
    for key in TUPLE_KEYS & values.keys():
        value = values[key]
        if isinstance(value, str):
            value = [v for v in value.split(",") if v.strip()]
        values[key] = tuple(str(v).strip() for v in value)
    if "roles" in values:  # assistant turns are always scanned; --roles widens the set
        given = values["roles"]
        values["roles"] = ALL_ROLES if "all" in given else tuple(dict.fromkeys(("assistant", *given)))
    config = LintConfig(**values)
    validate(config)
    return config


def validate(config: LintConfig) -> None:
    if config.fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {config.fail_on!r}")
    unknown = [e for e in config.engines if e not in ENGINES]
    if unknown:
        raise UsageError(f"unknown engine {unknown[0]!r}; choose from {', '.join(sorted(ENGINES))}")
    if not config.engines:
        raise UsageError("no engine selected")
    bad = [r for r in config.roles if r not in ALL_ROLES]
    if bad:
        raise UsageError(f"unknown role {bad[0]!r}; choose from {', '.join(ALL_ROLES)} or all")
    _check_rule_patterns(config)
    if config.workers is not None and config.workers < 1:
        raise UsageError("--workers must be at least 1")
    if config.executor not in ("local", "ray"):
        raise UsageError(f"--executor must be local or ray, not {config.executor!r}")
    if config.tasks is not None and config.tasks < 1:
        raise UsageError("--tasks must be at least 1")
    assert set(SEVERITIES) <= set(FAIL_ON)


def _check_rule_patterns(config: LintConfig) -> None:
    """A --select/--ignore entry that matches no rule is a typo, not a silent no-op."""
    if not (config.select or config.ignore):
        return
    from curator.ruleset import load_rules

    ids = [rule.id for rule in load_rules()]
    for flag, patterns in (("--select", config.select), ("--ignore", config.ignore)):
        for pattern in patterns:
            stem = pattern.rstrip(".*")
            if not any(i == pattern or i.startswith(stem) for i in ids):
                raise UsageError(f"{flag} {pattern!r} matches no rule; see `curator rules list`")
