"""The C rules that C++ snippets inherit, on C++ code: `rules/cpp/fixtures/inherited/*.cpp` hold `// ruleid: ID`
and `// ok: ID` cases (casts, `std::string`, classes, framework calls) checked through the real engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_rule_fixtures import expectations

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet
from curator.ruleset import rules_root

CASES = sorted((rules_root() / "cpp" / "fixtures" / "inherited").glob("*.cpp"))


def flagged(text: str) -> dict[str, set[int]]:
    engine = TreeSitterEngine(EngineConfig())
    record = Record("fixture", 1, text.encode(), "jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", "cpp", text, 1, False)
    lines: dict[str, set[int]] = {}
    for finding in engine.scan([RecordResult(record, [snippet])]).findings:
        lines.setdefault(finding.rule_id, set()).add(finding.line)
    return lines


def test_cases_exist():
    assert CASES, "no C++ cases for the inherited C rules"


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_inherited_rule_cases(path: Path):
    text = path.read_text(encoding="utf-8")
    found = flagged(text)
    expected = expectations(text)
    assert expected, f"{path.name}: no annotations"
    for rule_id, (must, must_not) in expected.items():
        hits = found.get(rule_id, set())
        assert not must - hits, f"{path.name}: {rule_id} did not flag line(s) {sorted(must - hits)}"
        assert not must_not & hits, f"{path.name}: {rule_id} flagged `ok` line(s) {sorted(must_not & hits)}"
