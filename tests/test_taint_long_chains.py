"""Long string-building chains and nested formatters stay linear in the shared data-flow walk.

A `.`/`+` chain is a left-deep tree; each level that re-evaluated its operands to mark values pasted into SQL
text doubled the work of the level below (20 operands: over a minute for one PHP line). A formatter whose
arguments were evaluated again to build its label did the same to `sprintf(..., sprintf(...))`.
"""

from __future__ import annotations

import time

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

PIECES = 12  # 24 operands after the SQL text: 2**24 evaluations if each level evaluated its operands again
DEPTH = 16  # formatters nested in formatters


def _php() -> str:
    parts = " . ".join(f"$_GET['p{i}'] . ' AND c{i} = '" for i in range(PIECES))
    return f"<?php\n$q = \"SELECT * FROM t WHERE a = '\" . {parts};\nmysqli_query($conn, $q);\n"


def _go() -> str:
    parts = " + ".join(f"r.FormValue(\"p{i}\") + \" AND c{i} = \"" for i in range(PIECES))
    return ("package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n"
            f"\tq := \"SELECT * FROM t WHERE a = \" + {parts}\n\tdb.Query(q)\n}}\n")


def _php_nested() -> str:
    inner = "$_GET['x']"
    for i in range(DEPTH):
        inner = f"sprintf(\"%s AND c{i} = %s\", {inner}, $_GET['y{i}'])"
    return f"<?php\n$q = sprintf(\"SELECT * FROM t WHERE a = %s\", {inner});\nmysqli_query($conn, $q);\n"


def _go_nested() -> str:
    inner = 'r.FormValue("x")'
    for i in range(DEPTH):
        inner = f'fmt.Sprintf("%s AND c{i} = %s", {inner}, r.FormValue("y{i}"))'
    return ("package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\n"
            "func h(w http.ResponseWriter, r *http.Request) {\n"
            f"\tq := fmt.Sprintf(\"SELECT * FROM t WHERE a = %s\", {inner})\n\tdb.Query(q)\n}}\n")


def flagged(language: str, code: str, rule_id: str) -> dict[int, str]:
    """line -> detail of `rule_id`'s findings; the language's string-building rule is loaded beside it, as in a
    full scan (a rule that takes `string-formatting` makes the walk label every string a formatter builds)."""
    engine = TreeSitterEngine(EngineConfig(select=(rule_id, f"{language}.sql.string-built-query")))
    record = Record("t", 1, code.encode(), "jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", language, code, 1, False)
    out = engine.scan([RecordResult(record, [snippet])])
    return {f.line: f.detail for f in out.findings if f.rule_id == rule_id}


@pytest.mark.parametrize("language, code, line", [
    ("php", _php(), 3),
    ("go", _go(), 7),
    ("php", _php_nested(), 3),
    ("go", _go_nested(), 10),
])
def test_sql_text_built_from_many_request_values(language, code, line):
    start = time.process_time()
    found = flagged(language, code, f"{language}.flow.sql-injection")
    assert line in found, found
    assert time.process_time() - start < 10  # linear: milliseconds; doubling per operand: hours
