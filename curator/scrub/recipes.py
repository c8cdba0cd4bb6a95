"""Scrub recipes: YAML files in scrubbers/ (or any path) that list transform steps and their settings."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from curator.errors import UsageError, yaml_error
from curator.model import SEVERITIES
from curator.ruleset import scrubbers_root
from curator.scrub.transforms import TRANSFORMS

RECIPE_KEYS = {"name", "description", "steps", "lint"}
LINT_KEYS = {"engines", "roles", "select", "ignore"}


@dataclass(frozen=True)
class Recipe:
    name: str
    description: str
    steps: tuple[dict, ...]
    path: str
    sha256: str
    lint: dict = field(default_factory=dict)


def _check_step(step: object, number: int, path: Path) -> dict:
    where = f"{path}: step {number}"
    if not isinstance(step, dict) or "transform" not in step:
        raise UsageError(f"{where}: expected a mapping with a 'transform:' key")
    name = step["transform"]
    if name not in TRANSFORMS:
        raise UsageError(f"{where}: unknown transform {name!r}; choose from {', '.join(sorted(TRANSFORMS))}")
    unknown = set(step) - {"transform"} - TRANSFORMS[name][1]
    if unknown:
        allowed = ", ".join(sorted(TRANSFORMS[name][1])) or "none"
        raise UsageError(f"{where}: {name} has no setting {sorted(unknown)[0]!r} (allowed: {allowed})")
    if "severity" in step and step["severity"] not in SEVERITIES:
        raise UsageError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    if name == "rename-identifiers":
        mapping = step.get("map") or {}
        if not isinstance(mapping, dict) or not all(str(v).isidentifier() for v in mapping.values()):
            raise UsageError(f"{where}: map must be old: new with identifiers as new names")
        if set(map(str, mapping)) & set(map(str, mapping.values())):
            raise UsageError(f"{where}: a new name is also an old name; the recipe would not be idempotent")
    if name == "redact-numbers" and step.get("mode", "neutral") not in ("neutral", "mask", "drop"):
        raise UsageError(f"{where}: mode must be neutral, mask or drop")
    if name == "drop-words" and not all(isinstance(w, str) and w.strip() for w in step.get("words") or []):
        raise UsageError(f"{where}: words must be a list of non-empty strings")
    return dict(step)


def load_recipe_file(path: Path) -> Recipe:
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the recipe ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise yaml_error(path, exc) from None
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list) or not data["steps"]:
        raise UsageError(f"{path}: a recipe is a mapping with a non-empty 'steps:' list")
    unknown = set(data) - RECIPE_KEYS
    if unknown:
        raise UsageError(f"{path}: unknown recipe key {sorted(unknown)[0]!r} (allowed: {', '.join(sorted(RECIPE_KEYS))})")
    lint = data.get("lint") or {}
    if not isinstance(lint, dict) or set(lint) - LINT_KEYS:
        raise UsageError(f"{path}: 'lint:' takes only {', '.join(sorted(LINT_KEYS))}")
    steps = tuple(_check_step(step, n, path) for n, step in enumerate(data["steps"], 1))
    return Recipe(name=str(data.get("name") or path.stem), description=str(data.get("description") or "").strip(),
                  steps=steps, path=str(path), sha256=hashlib.sha256(text.encode()).hexdigest(), lint=lint)


def shipped_recipes() -> list[Recipe]:
    return [load_recipe_file(p) for p in sorted(scrubbers_root().glob("*.yaml"))]


def find_recipe(name_or_path: str) -> Recipe:
    """A shipped recipe by name, or a recipe file by path."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") or candidate.is_file():
        if not candidate.is_file():
            raise UsageError(f"{name_or_path}: no such recipe file")
        return load_recipe_file(candidate)
    shipped = scrubbers_root() / f"{name_or_path}.yaml"
    if shipped.is_file():
        return load_recipe_file(shipped)
    names = ", ".join(r.name for r in shipped_recipes())
    raise UsageError(f"unknown recipe {name_or_path!r}; shipped recipes: {names} (or give a .yaml path)")
