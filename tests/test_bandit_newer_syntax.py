"""Python 3.12+ syntax (PEP 695 `type`/type parameters, PEP 701 f-strings): our tree-sitter engine lints it on
any interpreter; bandit, which reads snippets with the running interpreter's `ast`, reports what it could
not read as an engine error per snippet, never silently."""

from __future__ import annotations

import sys
import textwrap

import pytest

import curator
from curator.engines import EngineConfig, load_engine
from curator.engines.bandit import newer_syntax
from curator.model import Record, RecordResult, Snippet

MODERN = textwrap.dedent("""\
    import os
    import sqlite3
    from flask import request

    type Rows = list[tuple[str, ...]]

    class Repo[T]:
        def find(self, conn: sqlite3.Connection) -> Rows:
            cur = conn.cursor()
            cur.execute(f"SELECT * FROM users WHERE name = '{request.args["name"]}'")
            return cur.fetchall()

    def listing[T](default: T) -> T:
        os.system(f"ls {request.args["dir"]}")
        return default
    """)
ONLY_PEP701 = 'import os\nfrom flask import request\nos.system(f"ls {request.args["dir"]}")\n'


def result_for(*texts: str) -> RecordResult:
    record = Record(source="t.jsonl", position=3, raw=b"{}", container="jsonl")
    snippets = [Snippet(record.record_id, i, 1, "assistant", "python", text, 1, True) for i, text in enumerate(texts)]
    return RecordResult(record, snippets)


@pytest.mark.parametrize("code, construct", [
    ('x = f"{row["name"]}"\n', "PEP 701"),
    ('x = f"{f"{inner}"}"\n', "PEP 701"),
    ("x = f'{\"\\\\n\".join(lines)}'\n", "PEP 701"),
    ("type Vector = list[float]\n", "`type` statement"),
    ("def first[T](items: list[T]) -> T:\n    return items[0]\n", "type parameters"),
    ("class Box[T]:\n    pass\n", "type parameters"),
])
def test_newer_constructs_are_named(code, construct):
    assert construct in (newer_syntax(code) or "")


@pytest.mark.parametrize("code", [
    "x = f'{chr(10).join(lines)}'\n",  # valid before 3.12: other quotes inside
    'x = f"{value!r:>{width}} {n:#x}"\n',  # a `#` in a format spec is no comment
    'x = f"""{row["name"]}"""\n',  # a triple-quoted f-string may hold the single quote
    "def f(x: list[int]) -> dict[str, int]:\n    pass\n",  # subscripted annotations are no type parameters
    'print "hello"\n',  # Python 2: tree-sitter reads it, but it is no newer syntax
    "def broken(:\n    pass\n",
])
def test_older_or_broken_code_is_not_newer_syntax(code):
    assert newer_syntax(code) is None


def test_tree_sitter_lints_newer_syntax_on_this_interpreter():
    out = load_engine("tree-sitter", EngineConfig()).scan([result_for(MODERN)])
    assert [s.status for s in out.statuses] == ["ok"]
    found = {(f.rule_id, f.line) for f in out.findings}
    assert ("py.injection.sql-string", 10) in found
    assert ("py.injection.os-system", 14) in found


@pytest.mark.parametrize("code", [MODERN, ONLY_PEP701])
def test_bandit_counts_a_snippet_it_cannot_read(code):
    out = load_engine("bandit", EngineConfig()).scan([result_for(code)])
    (status,) = out.statuses
    if sys.version_info >= (3, 12):  # the interpreter reads it: bandit checks it like any snippet
        assert status.status == "ok"
        assert "py.bandit.B605" in {f.rule_id for f in out.findings}
    else:
        assert status.status == "engine_error", status
        assert f"Python {sys.version_info.major}.{sys.version_info.minor}" in status.error
        assert "PEP" in status.error and "not checked by bandit" in status.error
        assert out.findings == []


def test_broken_code_stays_a_parse_error_naming_the_interpreter():
    out = load_engine("bandit", EngineConfig()).scan([result_for("def broken(:\n    pass\n")])
    (status,) = out.statuses
    assert status.status == "parse_error"
    assert f"python {sys.version_info.major}.{sys.version_info.minor} syntax error at snippet line 1" in status.error


def test_a_lint_run_keeps_the_tree_sitter_findings_and_counts_the_bandit_gap():
    answer = f"Here you go:\n\n```python\n{ONLY_PEP701}```\n"
    rows = [{"messages": [{"role": "user", "content": "list a folder"}, {"role": "assistant", "content": answer}]}]
    report = curator.lint(rows, engines=["tree-sitter", "bandit"], cache=False)
    findings = report.findings.to_pylist()
    assert any(f["rule_id"] == "py.injection.os-system" and f["severity"] == "high" for f in findings)
    statuses = {r["engine"]: r["status"] for r in report.sql("SELECT engine, status FROM snippet_status").to_pylist()}
    assert statuses["tree-sitter"] == "ok"
    if sys.version_info >= (3, 12):
        assert statuses["bandit"] == "ok" and report.summary.parse_errors == 0
    else:
        assert statuses["bandit"] == "engine_error"
        assert report.summary.parse_errors == 0  # the snippet is valid Python: not "did not parse"
        assert any(e.startswith("bandit:") and "PEP 701" in e for e in report.summary.engine_errors)
