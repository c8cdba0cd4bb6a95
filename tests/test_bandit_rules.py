"""Fixtures of the py.bandit.* rules, run through the real bandit engine (bandit 1.9.4 in-process).

Every bandit rule has `rules/python/fixtures/<rule-id>.py`: `# ruleid: ID` right before each line the
rule must flag, `# ok: ID` right before each line it must leave alone.
"""

from __future__ import annotations

import re

import pytest

from curator.engines import EngineConfig
from curator.engines.bandit import BanditEngine
from curator.model import Record, RecordResult, Snippet
from curator.ruleset import load_rules, rules_root

ANNOTATION = re.compile(r"^\s*#\s*(ruleid|ok):\s*([\w.-]+)\s*$")
BANDIT_RULES = [r for r in load_rules() if r.engine == "bandit"]


@pytest.fixture(scope="module")
def engine() -> BanditEngine:
    return BanditEngine(EngineConfig())


def test_every_mapped_bandit_test_is_a_documented_rule():
    assert len(BANDIT_RULES) >= 40
    tests = [str(r.spec.get("bandit_test")) for r in BANDIT_RULES]
    assert len(set(tests)) == len(tests), "each bandit test maps to one rule"
    for rule in BANDIT_RULES:
        assert re.fullmatch(r"B\d{3}", rule.spec["bandit_test"]), rule.id
        assert rule.id == f"py.bandit.{rule.spec['bandit_test']}"
        assert rule.language == "python" and rule.cwe.startswith("CWE-")
        assert all([rule.message, rule.what, rule.why, rule.bad, rule.good]), rule.id


@pytest.mark.parametrize("rule", BANDIT_RULES, ids=lambda r: r.id)
def test_fixture(rule, engine):
    path = rules_root() / "python" / "fixtures" / f"{rule.id}.py"
    assert path.is_file(), f"missing fixture {path}"
    text = path.read_text(encoding="utf-8")
    flagged, clean = set(), set()
    for number, line in enumerate(text.splitlines(), start=1):
        match = ANNOTATION.match(line)
        if match and match.group(2) == rule.id:
            (flagged if match.group(1) == "ruleid" else clean).add(number + 1)
    assert flagged and clean, f"{path}: needs at least one ruleid and one ok annotation"
    record = Record(source="fixture", position=1, raw=text.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", "python", text, 1, True)
    out = engine.scan([RecordResult(record, [snippet])])
    assert [s.status for s in out.statuses] == ["ok"], out.statuses
    hits = {f.line for f in out.findings if f.rule_id == rule.id}
    assert flagged <= hits, f"{path}: not flagged on lines {sorted(flagged - hits)}"
    assert not (clean & hits), f"{path}: wrongly flagged on lines {sorted(clean & hits)}"


REPLACED = [r for r in BANDIT_RULES if r.spec.get("replaced_by")]


def test_bandit_tests_judged_by_their_shape_give_way_to_our_data_flow_rules():
    # measured (rules/bandit.yaml's table): B605 and B608 flag safe twins and find nothing our taint rules miss
    assert {r.id for r in REPLACED} >= {"py.bandit.B605", "py.bandit.B608"}


@pytest.mark.parametrize("rule", REPLACED, ids=lambda r: r.id)
def test_a_replaced_bandit_test_is_info_and_its_replacement_reports_the_flaw(rule, engine):
    from curator.engines.treesitter import TreeSitterEngine

    assert rule.severity == "info" and not rule.spec.get("bandit_severity"), "shown, never flagging"
    ours = {r.id: r for r in load_rules()}.get(rule.spec["replaced_by"])
    assert ours is not None and ours.engine == "tree-sitter", rule.spec["replaced_by"]
    assert ours.cwe == rule.cwe and ours.severity != "info"
    tree_sitter = TreeSitterEngine(EngineConfig(select=(ours.id,)))

    def rules_on(code: str, scanner) -> set[str]:
        record = Record(source="doc", position=1, raw=code.encode(), container="jsonl")
        snippet = Snippet(record.record_id, 0, 1, "assistant", "python", code, 1, True)
        return {f.rule_id for f in scanner.scan([RecordResult(record, [snippet])]).findings}

    # the bandit rule's own bad example, in a function whose parameter carries the value
    bad = f"import os\n\ndef handler(name, folder, cursor):\n    {rule.bad.strip()}\n"
    assert rule.id in rules_on(bad, engine)
    assert ours.id in rules_on(bad, tree_sitter), f"{ours.id} misses the flaw {rule.id} was kept for"
    good = f"import os, subprocess\n\ndef handler(name, folder, cursor):\n    {rule.good.strip()}\n"
    assert ours.id not in rules_on(good, tree_sitter)
