"""Every tree-sitter rule against its fixture: `ruleid:` lines must be flagged by it, `ok:` lines must not.

A fixture is `rules/<language>/fixtures/<rule-id>.<ext>`; an annotation comment (`# ruleid: ID`,
`// ok: ID`) marks the next non-annotation line. The whole file is scanned as one snippet.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet
from curator.ruleset import load_rules, rules_root

ANNOTATION = re.compile(r"^\s*(?:#|//|--|/\*|\*|<!--)\s*(ruleid|ok)\s*:\s*([\w.\-]+)")

RULES = [rule for rule in load_rules() if rule.engine == "tree-sitter"]


def fixture_for(rule) -> Path | None:
    folder = rules_root() / rule.language / "fixtures"
    matches = sorted(p for p in folder.glob(f"{rule.id}.*") if p.is_file()) if folder.is_dir() else []
    return matches[0] if matches else None


def expectations(text: str) -> dict[str, tuple[set[int], set[int]]]:
    """rule id -> (lines that must be flagged, lines that must not), 1-based."""
    expected: dict[str, tuple[set[int], set[int]]] = {}
    pending: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        found = ANNOTATION.match(line)
        if found:
            pending.append((found.group(1), found.group(2)))
            continue
        if not line.strip():
            continue
        for kind, rule_id in pending:
            must, must_not = expected.setdefault(rule_id, (set(), set()))
            (must if kind == "ruleid" else must_not).add(number)
        pending = []
    return expected


def flagged_lines(language: str, text: str, rule_id: str) -> set[int]:
    """First lines (1-based) of the findings of `rule_id` when the engine scans `text` as one snippet."""
    engine = TreeSitterEngine(EngineConfig(select=(rule_id,)))
    record = Record("fixture", 1, text.encode(), "jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", language, text, 1, False)
    output = engine.scan([RecordResult(record, [snippet])])
    return {finding.line for finding in output.findings if finding.rule_id == rule_id}


def test_rules_exist():
    assert RULES, "no tree-sitter rules found under rules/"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_fixture(rule):
    path = fixture_for(rule)
    assert path is not None, f"{rule.id}: no fixture rules/{rule.language}/fixtures/{rule.id}.*"
    text = path.read_text(encoding="utf-8")
    must, must_not = expectations(text).get(rule.id, (set(), set()))
    assert must, f"{path.name}: no `ruleid: {rule.id}` case"
    assert must_not, f"{path.name}: no `ok: {rule.id}` case"
    flagged = flagged_lines(rule.language, text, rule.id)
    missed = sorted(must - flagged)
    wrong = sorted(must_not & flagged)
    assert not missed, f"{path.name}: {rule.id} did not flag line(s) {missed}"
    assert not wrong, f"{path.name}: {rule.id} flagged `ok` line(s) {wrong}"


def test_rule_documentation_complete():
    for rule in RULES:
        for key in ("message", "what", "why", "bad", "good"):
            assert getattr(rule, key).strip(), f"{rule.id}: empty {key}"
        assert rule.cwe.startswith("CWE-"), f"{rule.id}: cwe {rule.cwe!r}"
