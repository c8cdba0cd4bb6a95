"""The rule registry, built from the YAML files under rules/ (shipped in the wheel as curator.builtin_rules)."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from curator.errors import UsageError, yaml_error
from curator.model import CONFIDENCES, SEVERITIES


def _data_root(installed: str, checkout: str) -> Path:
    """A data folder shipped in the wheel as curator/<installed>, or the checkout's top-level <checkout>/."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / installed, package_dir.parent / checkout):
        if candidate.is_dir():
            return candidate
    raise UsageError(f"cannot find the {checkout}/ folder beside {package_dir}: reinstall sft-curator")


def rules_root() -> Path:
    """The rules/ folder: the installed package data, or the checkout's top-level folder."""
    return _data_root("builtin_rules", "rules")


def scrubbers_root() -> Path:
    """The scrubbers/ folder, found the same way as rules/."""
    return _data_root("builtin_scrubbers", "scrubbers")


@dataclass(frozen=True)
class Rule:
    """One detection rule and the documentation a user reads when it fires.

    `spec` holds the engine-specific part (a tree-sitter query, a taint spec, a bandit test id ...).
    """

    id: str
    engine: str
    language: str
    cwe: str
    severity: str
    confidence: str
    message: str
    what: str
    why: str
    bad: str
    good: str
    path: str
    fix: dict | None = None
    spec: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def cwe_number(self) -> int | None:
        return int(self.cwe.split("-")[1]) if self.cwe.startswith("CWE-") else None


REQUIRED = ("id", "cwe", "severity", "confidence", "message", "what", "why", "bad", "good")
DOC_KEYS = set(REQUIRED) | {"engine", "language", "fix"}


def _rule_from_dict(data: dict, path: Path, defaults: dict) -> Rule:
    merged = {**defaults, **data}
    missing = [k for k in REQUIRED if not merged.get(k) and merged.get(k) != ""]
    if missing:
        raise UsageError(f"{path}: rule {merged.get('id', '?')!r} lacks {', '.join(missing)}")
    if merged["severity"] not in SEVERITIES:
        raise UsageError(f"{path}: rule {merged['id']}: severity must be one of {SEVERITIES}")
    if merged["confidence"] not in CONFIDENCES:
        raise UsageError(f"{path}: rule {merged['id']}: confidence must be one of {CONFIDENCES}")
    cwe = str(merged["cwe"])
    if cwe and not cwe.startswith("CWE-"):
        cwe = f"CWE-{cwe}"
    spec = {k: v for k, v in merged.items() if k not in DOC_KEYS}
    return Rule(
        id=merged["id"],
        engine=merged.get("engine", "tree-sitter"),
        language=merged.get("language", ""),
        cwe=cwe,
        severity=merged["severity"],
        confidence=merged["confidence"],
        message=merged["message"].strip(),
        what=merged["what"].strip(),
        why=merged["why"].strip(),
        bad=merged["bad"],
        good=merged["good"],
        path=str(path),
        fix=merged.get("fix"),
        spec=spec,
    )


def load_rule_file(path: Path) -> list[Rule]:
    """A rule file holds `defaults:` (optional) and `rules:` (a list of rule mappings)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    except yaml.YAMLError as exc:
        raise yaml_error(path, exc) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise UsageError(f"{path}: expected a mapping with a 'rules:' list")
    defaults = data.get("defaults") or {}
    return [_rule_from_dict(item, path, defaults) for item in data["rules"]]


# Folders under rules/ that hold data in other formats (semgrep's own YAML, number lists, fixtures).
NON_RULE_DIRS = {"fixtures", "numbers", "semgrep"}


@functools.lru_cache(maxsize=8)
def load_rules(root: str | None = None) -> tuple[Rule, ...]:
    base = Path(root) if root else rules_root()
    rules: list[Rule] = []
    for path in sorted(base.rglob("*.yaml")):
        if NON_RULE_DIRS & set(path.relative_to(base).parts[:-1]):
            continue
        rules.extend(load_rule_file(path))
    if (base / "semgrep").is_dir():  # semgrep's own rule format, documented in its metadata
        from curator.engines.semgrep import load_semgrep_rules

        rules.extend(load_semgrep_rules(str(base)))
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise UsageError(f"{rule.path}: rule id {rule.id!r} already defined in {seen[rule.id]}")
        seen[rule.id] = rule.path
    return tuple(rules)


def rules_by_id(root: str | None = None) -> dict[str, Rule]:
    return {rule.id: rule for rule in load_rules(root)}


def rules_version(root: str | None = None) -> str:
    """A hash over every file under rules/: changes whenever a rule, list or query changes."""
    base = Path(root) if root else rules_root()
    digest = hashlib.sha256()
    for path in sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(base)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
