"""Long string-building chains stay linear in the shared data-flow walk.

A `.`/`+` chain is a left-deep tree; each level that re-evaluated its operands to mark values pasted into SQL
text doubled the work of the level below (20 operands: over a minute for one PHP line).
"""

from __future__ import annotations

import time

import pytest

from test_taint_languages import flagged

PIECES = 12  # 24 operands after the SQL text: 2**24 evaluations if each level evaluated its operands again


def _php() -> str:
    parts = " . ".join(f"$_GET['p{i}'] . ' AND c{i} = '" for i in range(PIECES))
    return f"<?php\n$q = \"SELECT * FROM t WHERE a = '\" . {parts};\nmysqli_query($conn, $q);\n"


def _go() -> str:
    parts = " + ".join(f"r.FormValue(\"p{i}\") + \" AND c{i} = \"" for i in range(PIECES))
    return ("package main\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n"
            f"\tq := \"SELECT * FROM t WHERE a = \" + {parts}\n\tdb.Query(q)\n}}\n")


@pytest.mark.parametrize("language, code, rule_id, line", [
    ("php", _php(), "php.flow.sql-injection", 3),
    ("go", _go(), "go.flow.sql-injection", 7),
])
def test_sql_text_built_from_many_request_values(language, code, rule_id, line):
    start = time.process_time()
    found = flagged(language, code, rule_id)
    assert line in found, found
    assert time.process_time() - start < 10  # linear: milliseconds; doubling per operand: hours
