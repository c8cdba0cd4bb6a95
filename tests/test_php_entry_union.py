"""An array written entry by entry (`$row['name'] = ...`) holds what its entries hold now: the union kept as
entries are added must drop an entry that is rewritten, checked in place or thrown away with its array.

Each case runs the real tree-sitter parse and the real `rules/php/taint.yaml`.
"""

from __future__ import annotations

import time

import pytest

from test_taint_languages import flagged  # noqa: F401 - one helper for every language's flow tests

HEAD = "<?php\nfunction card() {\n    $card = [];\n"


@pytest.mark.parametrize("body, expected", [
    # each new entry adds its value: the request's text reaches the page
    ("    $card['title'] = 'Welcome';\n    $card['who'] = $_GET['who'] ?? '';\n"
     "    $card['size'] = 'big';\n    echo implode(' ', $card);\n", {7}),
    # rewritten with an escape: the raw value is gone from the array
    ("    $card['who'] = $_GET['who'] ?? '';\n    $card['title'] = 'Welcome';\n"
     "    $card['who'] = htmlspecialchars($card['who'], ENT_QUOTES);\n    $card['size'] = 'big';\n"
     "    echo implode(' ', $card);\n", set()),
    # the array started again: what its old entries held is gone
    ("    $card['who'] = $_GET['who'] ?? '';\n    $card = [];\n    $card['title'] = 'Welcome';\n"
     "    $card['size'] = 'big';\n    echo implode(' ', $card);\n", set()),
    # checked in place against a list: one of the listed words
    ("    $card['who'] = $_GET['who'] ?? '';\n"
     "    if (!in_array($card['who'], ['guest', 'member'], true)) { exit; }\n"
     "    $card['size'] = 'big';\n    echo implode(' ', $card);\n", set()),
    # the same check on another entry leaves the raw one in place
    ("    $card['who'] = $_GET['who'] ?? '';\n    $card['kind'] = $_GET['kind'] ?? '';\n"
     "    if (!in_array($card['kind'], ['guest', 'member'], true)) { exit; }\n"
     "    $card['size'] = 'big';\n    echo implode(' ', $card);\n", {8}),
])
def test_entries_union(body, expected):
    assert set(flagged("php", HEAD + body + "}\n", "php.flow.xss")) == expected


def test_many_entry_writes_stay_linear():
    """6,400 entries written one after another: each write adds to the union, no rescan of every name."""
    rows = "".join(f"    $card['f{i}'] = $_GET['f{i}'] ?? '';\n" for i in range(6400))
    code = HEAD + rows + "    echo implode(',', $card);\n}\n"
    started = time.perf_counter()
    found = flagged("php", code, "php.flow.xss")
    assert set(found) == {6404}
    assert time.perf_counter() - started < 6.0  # about 1 s here; the rescan of every name took about 10 s
