"""Merging findings of several engines on one snippet line and CWE."""

from __future__ import annotations

import random

from curator.engines import EngineConfig
from curator.engines.bandit import BanditEngine
from curator.engines.treesitter import TreeSitterEngine
from curator.merging import member_lines, member_rule_ids, merge_findings
from curator.model import Finding, Record, RecordResult, Snippet


def finding(rule_id, engine, *, line=3, cwe="CWE-78", severity="high", confidence="high", detail="",
            snippet="r:1#0", suppressed=None, column=1):
    return Finding(record_id="r:1", snippet_id=snippet, engine=engine, rule_id=rule_id, cwe=cwe,
                   severity=severity, confidence=confidence, message=f"{rule_id} says so", line=line,
                   column=column, message_index=1, detail=detail, engines=(engine,), suppressed=suppressed)


def test_two_engines_on_one_line_and_cwe_become_one_finding():
    ours = finding("py.cmd.shell-injection", "tree-sitter", severity="high", confidence="high",
                   detail="request.args -> subprocess.run")
    theirs = finding("py.bandit.B602", "bandit", severity="critical", confidence="medium", column=5)
    (merged,) = merge_findings([theirs, ours])
    assert merged.engines == ("bandit", "tree-sitter") and merged.engine == "bandit+tree-sitter"
    assert merged.rule_id == "py.cmd.shell-injection"  # the more confident member leads
    assert merged.severity == "critical"  # the highest severity of the members
    assert merged.detail == "request.args -> subprocess.run; also: py.bandit.B602"
    assert merged.message == ours.message and merged.column == 1
    assert member_rule_ids(merged) == ["py.cmd.shell-injection", "py.bandit.B602"]


def test_severity_breaks_a_confidence_tie_and_our_engine_breaks_a_full_tie():
    a = finding("py.bandit.B608", "bandit", cwe="CWE-89", severity="high", confidence="medium")
    b = finding("py.sql.format", "tree-sitter", cwe="CWE-89", severity="medium", confidence="medium")
    assert merge_findings([a, b])[0].rule_id == "py.bandit.B608"
    c = finding("py.sql.format", "tree-sitter", cwe="CWE-89", severity="high", confidence="medium")
    assert merge_findings([a, c])[0].rule_id == "py.sql.format"


def test_different_line_cwe_or_snippet_stay_apart():
    base = finding("py.cmd.a", "tree-sitter")
    others = [finding("py.bandit.B602", "bandit", line=4),
              finding("py.bandit.B307", "bandit", cwe="CWE-95"),
              finding("py.bandit.B605", "bandit", snippet="r:1#1")]
    out = merge_findings([base, *others])
    assert len(out) == 4 and all(len(f.engines) == 1 for f in out)


def test_a_suppressed_member_suppresses_the_whole_merged_finding():
    """bandit's `# nosec` marks its half; the merged finding is one flaw, so it is suppressed whole."""
    base = finding("py.cmd.a", "tree-sitter")
    (merged,) = merge_findings([base, finding("py.bandit.B602", "bandit", suppressed="nosec")])
    assert merged.engines == ("bandit", "tree-sitter") and merged.suppressed == "nosec"


def test_one_engine_alone_is_not_merged_and_findings_without_cwe_never_are():
    same_engine = [finding("py.cmd.a", "tree-sitter"), finding("py.cmd.b", "tree-sitter")]
    assert sorted(f.rule_id for f in merge_findings(same_engine)) == ["py.cmd.a", "py.cmd.b"]
    numbers = [finding("num.hate.1488", "numbers", cwe=""), finding("num.x", "tree-sitter", cwe="")]
    assert len(merge_findings(numbers)) == 2


def test_three_engines_and_already_merged_findings():
    first = merge_findings([finding("py.cmd.a", "tree-sitter"), finding("py.bandit.B602", "bandit")])[0]
    again = merge_findings([first, finding("semgrep.py.cmd", "semgrep", confidence="low")])
    (merged,) = again
    assert merged.engines == ("bandit", "semgrep", "tree-sitter")
    assert merged.rule_id == "py.cmd.a"
    assert merged.detail == "also: py.bandit.B602, semgrep.py.cmd"


def test_output_does_not_depend_on_input_order():
    items = [finding("py.cmd.a", "tree-sitter"), finding("py.bandit.B602", "bandit"),
             finding("py.bandit.B605", "bandit", line=7), finding("py.x", "tree-sitter", line=1, cwe="CWE-1"),
             finding("py.y", "semgrep", line=1, cwe="CWE-1", confidence="low")]
    expected = merge_findings(list(items))
    for seed in range(5):
        shuffled = list(items)
        random.Random(seed).shuffle(shuffled)
        assert merge_findings(shuffled) == expected
    assert [f.line for f in expected] == [1, 3, 7]


def test_real_engines_on_one_snippet_merge_into_one_finding():
    code = "import os\nos.chmod('/srv/data', 0o777)\n"
    record = Record(source="m.jsonl", position=1, raw=code.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", "python", code, 1, False)
    result = RecordResult(record, [snippet])
    found = []
    for engine in (TreeSitterEngine(EngineConfig()), BanditEngine(EngineConfig())):
        found.extend(engine.scan([result]).findings)
    on_line = [f for f in merge_findings(found) if f.line == 2 and f.cwe == "CWE-732"]
    assert len(on_line) == 1
    assert on_line[0].engines == ("bandit", "tree-sitter")
    assert "py.bandit.B103" in member_rule_ids(on_line[0])


def _scan(code: str) -> tuple[RecordResult, list[Finding]]:
    record = Record(source="m.jsonl", position=1, raw=code.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", "python", code, 1, False)
    result = RecordResult(record, [snippet])
    found = []
    for engine in (TreeSitterEngine(EngineConfig()), BanditEngine(EngineConfig())):
        found.extend(engine.scan([result]).findings)
    return result, found


SQL_BUILT_THEN_RUN = (
    "import sqlite3\n"
    "from flask import Flask, request\n"
    "app = Flask(__name__)\n"
    "@app.route('/register', methods=['POST'])\n"
    "def register():\n"
    "    name = request.form['name']\n"
    "    query = f\"INSERT INTO people (name) VALUES ('{name}')\"\n"
    "    db = sqlite3.connect('x.db')\n"
    "    cursor = db.cursor()\n"
    "    cursor.execute(query)\n"
    "    return 'ok'\n")


def test_sql_built_on_one_line_and_run_on_another_is_one_finding():
    """bandit reports where the string is built (B608), our taint rule the sink it reaches: one flaw."""
    result, found = _scan(SQL_BUILT_THEN_RUN)
    sql = [f for f in found if f.cwe == "CWE-89"]
    assert {f.engine for f in sql} == {"bandit", "tree-sitter"} and len({f.line for f in sql}) == 2
    (merged,) = [f for f in merge_findings(found, result.snippets) if f.cwe == "CWE-89"]
    assert merged.engines == ("bandit", "tree-sitter")
    assert "py.bandit.B608 (line 7)" in merged.detail or merged.rule_id == "py.bandit.B608"
    assert sorted(member_lines(merged)) == [7, 10]
    # without the snippet, the two lines are not known to be one flaw
    assert len([f for f in merge_findings(found) if f.cwe == "CWE-89"]) == 2


def test_a_reassigned_name_breaks_the_flow_and_a_multi_line_call_is_one_statement():
    reassigned = SQL_BUILT_THEN_RUN.replace("    db = sqlite3.connect('x.db')\n",
                                            "    query = 'SELECT 1'\n    db = sqlite3.connect('x.db')\n")
    b608 = finding("py.bandit.B608", "bandit", line=7, cwe="CWE-89")
    sink = finding("py.injection.sql-string", "tree-sitter", line=11, cwe="CWE-89")
    snippet = Snippet("r:1", 0, 1, "assistant", "python", reassigned, 1, False)
    assert len(merge_findings([b608, sink], [snippet])) == 2
    call = "import subprocess\nsubprocess.call(\n    cmd,\n    shell=True)\n"
    snippet = Snippet("r:1", 0, 1, "assistant", "python", call, 1, False)
    first_line = finding("py.bandit.B602", "bandit", line=2)
    keyword_line = finding("py.cmd.shell-true", "tree-sitter", line=4)
    (merged,) = merge_findings([first_line, keyword_line], [snippet])
    assert merged.engines == ("bandit", "tree-sitter")
