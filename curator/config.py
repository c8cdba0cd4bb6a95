"""The effective lint configuration: `[tool.curator]` in the nearest pyproject.toml, overridden by flags."""

from __future__ import annotations

import dataclasses
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

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
    shape_map: str | None = None  # `prompt=question,answer=solution`: record fields -> roles (corpus.shapes.ShapeMap)
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


def has_curator_table(path: Path) -> bool:
    """Whether a pyproject.toml holds a [tool.curator] table (read cheaply; a broken file counts, to be reported)."""
    try:
        return "tool" in (data := tomllib.loads(path.read_text(encoding="utf-8"))) and "curator" in data["tool"]
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
        return True


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above `start` that configures curator (like ruff: others are skipped)."""
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and has_curator_table(candidate):
            return candidate
    return None


def _local_start(path: str) -> Path | None:
    """The folder to search upwards from for one input; None for stdin, URLs and hub names."""
    if path == "-" or "://" in path:
        return None
    literal = path
    for i, ch in enumerate(path):  # a glob pattern: search from its fixed leading folders
        if ch in "*?[":
            literal = path[:i]
            break
    candidate = Path(literal or ".")
    while not candidate.exists() and candidate != candidate.parent:  # a file still to come, or a pattern
        candidate = candidate.parent
    return candidate if candidate.is_dir() else candidate.parent


def discover_pyproject(paths: Sequence[str], cwd: Path) -> Path | None:
    """The nearest configuring pyproject.toml of the inputs, else of the working directory.

    Inputs under two different configurations would need two runs: say so rather than pick one."""
    found: dict[Path, str] = {}
    for path in paths:
        start = _local_start(path)
        if start is None:
            continue
        config = find_pyproject(start.resolve())
        if config is not None:
            found.setdefault(config, path)
    if len(found) > 1:
        (first, a), (second, b) = list(found.items())[:2]
        raise UsageError(f"inputs {a} and {b} are configured by different files ({first} and {second}); "
                         "lint them in separate runs, or pick one with --config FILE")
    if found:
        return next(iter(found))
    return find_pyproject(cwd.resolve())


def load_file_config(start: Path) -> tuple[dict, Path | None]:
    path = find_pyproject(start.resolve())
    if path is None:
        return {}, None
    return read_config_file(path), path


def read_config_file(path: Path, *, explicit: bool = False) -> dict:
    """The curator settings of one TOML file: [tool.curator] of a pyproject.toml, or the top level of another
    file given with --config (a curator.toml), which may also use [tool.curator]."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"--config {path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"--config {path}: is a folder; give a pyproject.toml or another TOML file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read [tool.curator]: {exc}") from None
    if "tool" in data and isinstance(data["tool"], dict) and "curator" in data["tool"]:
        section = data["tool"]["curator"]
    elif explicit and path.name != "pyproject.toml":
        section = data
    else:
        if explicit:
            raise UsageError(f"--config {path}: has no [tool.curator] table")
        section = {}
    if not isinstance(section, dict):
        raise UsageError(f"{path}: [tool.curator] must be a table")
    values: dict = {}
    spelled: dict = {}
    for key, value in section.items():
        name = key.replace("-", "_")
        if name in values:
            raise UsageError(f"{path}: [tool.curator] sets {name.replace('_', '-')!r} twice "
                             f"(as {spelled[name]!r} and {key!r}); keep one")
        values[name], spelled[name] = value, key
    return values


# Keys only the command line sets.
NOT_IN_FILE = {"config_file", "extra", "restart", "task_index"}


def file_keys() -> tuple[str, ...]:
    """Every key [tool.curator] reads, spelled as `--show-config` writes it (`_` and `-` are both accepted)."""
    return tuple(f.name.replace("_", "-") for f in dataclasses.fields(LintConfig)
                 if f.name not in NOT_IN_FILE and f.name != "paths")


# Paths written in [tool.curator] are relative to the pyproject.toml that holds them.
PATH_KEYS = {"db", "output", "baseline", "write_baseline", "cache_dir", "work_dir"}
BOOL_KEYS = {"cache", "quiet", "restart"}
INT_KEYS = {"workers", "tasks"}


OUTPUT_FORMATS = ("text", "json", "jsonl", "sarif", "github")
SHAPES = ("openai", "sharegpt", "alpaca", "prompt_completion", "preference", "kto", "text")


def _problem(key: str, value) -> str | None:
    """What is wrong with one setting (after type checks), phrased to follow its name; None when fine."""
    if key == "fail_on" and value not in FAIL_ON:
        return f"must be one of {', '.join(FAIL_ON)}, not {value!r}"
    if key == "engines":
        if not value:
            return "must name at least one engine (no engine selected)"
        unknown = [e for e in value if e not in ENGINES]
        if unknown:
            return f"has unknown engine {unknown[0]!r}; choose from {', '.join(sorted(ENGINES))}"
    if key == "roles":
        bad = [r for r in value if r not in ALL_ROLES and r != "all"]
        if bad:
            return f"has unknown role {bad[0]!r}; choose from {', '.join(ALL_ROLES)} or all"
    if key in ("workers", "tasks") and value is not None and value < 1:
        return f"must be at least 1, not {value!r}"
    if key == "executor" and value not in ("local", "ray"):
        return f"must be local or ray, not {value!r}"
    if key == "output_format" and value not in OUTPUT_FORMATS:
        return f"must be one of {', '.join(OUTPUT_FORMATS)}, not {value!r}"
    if key == "shape" and value not in SHAPES and not value.startswith("map:"):
        return f"must be one of {', '.join(SHAPES)}, not {value!r}"
    if key == "shape_map":
        from curator.corpus.shapes import ShapeError, map_shape

        try:
            map_shape(value)
        except ShapeError as exc:
            return str(exc).replace("--shape-map ", "", 1)
    return None


# Engine and analyzer settings accepted in [tool.curator.options]: name -> (type, check, description).
def _probability(v) -> bool:
    return 0 < v < 1


OPTIONS: dict = {
    "numbers_alpha": (float, _probability, "a number between 0 and 1"),
    "numbers_min_count": (int, lambda v: v >= 1, "a whole number >= 1"),
    "numbers_min_ratio": (float, lambda v: v > 0, "a number > 0"),
    "numbers_escalate": (bool, None, "true or false"),
    "triggers_alpha": (float, _probability, "a number between 0 and 1"),
    "triggers_min_support": (int, lambda v: v >= 1, "a whole number >= 1"),
    "triggers_min_cover": (float, lambda v: 0 <= v <= 1, "a number between 0 and 1"),
    "triggers_min_log_odds": (float, lambda v: v >= 0, "a number >= 0"),
    "triggers_flag_severity": (str, lambda v: v in SEVERITIES, f"one of {', '.join(SEVERITIES)}"),
    "triggers_max_features": (int, lambda v: v >= 1, "a whole number >= 1"),
    "semgrep_path": (str, None, "a string"),
    "semgrep_jobs": (int, lambda v: v >= 1, "a whole number >= 1"),
    "semgrep_timeout": (float, lambda v: v > 0, "a number of seconds > 0"),
    "max_record_bytes": (int, lambda v: v >= 1024, "a whole number of bytes >= 1024"),
}


def _options(path: Path | None, table) -> dict:
    """Check [tool.curator.options]: known names, right types, sensible ranges."""
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [tool.curator] options must be a table")
    options: dict = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        where = f"{path}: [tool.curator.options] {key}"
        if name not in OPTIONS:
            raise UsageError(f"{path}: [tool.curator.options] has unknown key {key!r}; "
                             f"known: {', '.join(OPTIONS)}")
        if name in options:
            raise UsageError(f"{path}: [tool.curator.options] sets {name!r} twice; keep one")
        kind, check, wanted = OPTIONS[name]
        if kind is bool:
            ok = isinstance(value, bool)
        elif kind is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif kind is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        else:
            ok = isinstance(value, str)
        if not ok or (check is not None and not check(value)):
            raise UsageError(f"{where} must be {wanted}, not {value!r}")
        options[name] = value
    return options


def _file_value(path: Path, key: str, value):
    """Check one [tool.curator] value and anchor relative paths at the file's folder."""
    value = _file_type(path, key, value)
    problem = _problem(key, value)
    if problem:
        raise UsageError(f"{path}: [tool.curator] {key.replace('_', '-')} {problem}")
    return value


def _file_type(path: Path, key: str, value):
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
    lines.append("")
    lines.append("[tool.curator.options]")
    if not config.extra:
        lines.append("# (none set; known: " + ", ".join(OPTIONS) + ")")
    for key, value in sorted(config.extra.items()):
        lines.append(f"{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def resolve_config(cli_overrides: dict, start_dir: str | Path | None = None) -> LintConfig:
    """File settings first, then every flag the user actually gave (None means 'not given').

    The file is `config_file` when given (--config), else the nearest pyproject.toml with [tool.curator]
    above `start_dir` when given, else above the inputs (`paths`), else above the working directory."""
    cli_overrides = dict(cli_overrides)
    explicit = cli_overrides.pop("config_file", None)
    if explicit:
        path: Path | None = Path(explicit)
        file_values = read_config_file(path, explicit=True)
    else:
        if start_dir is not None:
            path = find_pyproject(Path(start_dir).resolve())
        else:
            path = discover_pyproject(tuple(cli_overrides.get("paths") or ()), Path.cwd())
        file_values = read_config_file(path) if path is not None else {}
    known = {f.name for f in dataclasses.fields(LintConfig)}
    values: dict = {}
    for key, value in file_values.items():
        if key == "options":  # engine and analyzer settings, e.g. [tool.curator.options] numbers_alpha = 0.01
            values["extra"] = _options(path, value)
            continue
        if key not in known or key in NOT_IN_FILE:
            raise UsageError(f"{path}: [tool.curator] has unknown key {key.replace('_', '-')!r}")
        if key == "paths":
            raise UsageError(f"{path}: [tool.curator] paths is not read; give the inputs on the command line")
        values[key] = _file_value(path, key, value)
    if path is not None and (file_values or explicit):
        values["config_file"] = str(path)
    from_file = {key for key in values if key != "config_file"}
    for key, value in cli_overrides.items():
        if value is None or (key in TUPLE_KEYS and value == ()):
            continue
        values[key] = value
        from_file.discard(key)
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
    _fold_shape_map(config)
    _check_rule_patterns(config, {key: f"{path}: [tool.curator] {key}" for key in from_file})
    return config


def validate(config: LintConfig) -> None:
    """Check the merged settings; a bad file value was already reported with its file and key."""
    for key in ("fail_on", "engines", "roles", "workers", "executor", "tasks", "output_format", "shape", "shape_map"):
        value = getattr(config, key)
        if value is None:
            continue
        problem = _problem(key, value)
        if problem:
            raise UsageError(f"--{key.replace('_', '-')} {problem}")
    assert set(SEVERITIES) <= set(FAIL_ON)


def _fold_shape_map(config: LintConfig) -> None:
    """A shape map travels as the shape `map:...`, so every reader, worker and cache key sees it."""
    if not config.shape_map:
        return
    from curator.corpus.shapes import map_shape

    shape = map_shape(config.shape_map)
    if config.shape and config.shape != shape:
        raise UsageError(f"--input-format {config.shape} and --shape-map {config.shape_map} both set the record "
                         "shape; keep one")
    config.shape_map = shape[len("map:"):]
    config.shape = shape


def _check_rule_patterns(config: LintConfig, origins: dict[str, str] | None = None) -> None:
    """A --select/--ignore entry that matches no rule is a typo, not a silent no-op.

    `origins` names where a setting came from when it was read from a pyproject.toml, not a flag."""
    origins = origins or {}
    if not (config.select or config.ignore):
        return
    from curator.ruleset import load_rules

    ids = [rule.id for rule in load_rules()]
    for key, patterns in (("select", config.select), ("ignore", config.ignore)):
        where = origins.get(key, f"--{key}")
        for pattern in patterns:
            stem = pattern.rstrip(".*")
            if not any(i == pattern or i.startswith(stem) for i in ids):
                raise UsageError(f"{where} {pattern!r} matches no rule; see `curator rules list`")
