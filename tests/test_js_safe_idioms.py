"""JavaScript/TypeScript safe idioms and their vulnerable twins, each file scanned as one snippet.

Where a case needs its own imports (Deno `npm:` specifiers, a tagged template imported from a package), it
cannot share a rule's fixture file; each file under tests/data/js_idioms is a whole snippet with
`// ruleid: ID` / `// ok: ID` annotations, scanned as JavaScript (`.js`) or TypeScript (`.ts`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_rule_fixtures import expectations

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

CASES = sorted((Path(__file__).parent / "data" / "js_idioms").glob("*.[jt]s"))
ENGINE = TreeSitterEngine(EngineConfig())


def flagged(language: str, text: str) -> dict[str, set[int]]:
    record = Record("idiom", 1, text.encode(), "jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", language, text, 1, False)
    out: dict[str, set[int]] = {}
    for finding in ENGINE.scan([RecordResult(record, [snippet])]).findings:
        out.setdefault(finding.rule_id, set()).add(finding.line)
    return out


def test_cases_exist():
    assert len(CASES) >= 5


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_idiom(path: Path):
    text = path.read_text()
    language = "typescript" if path.suffix == ".ts" else "javascript"
    expected = expectations(text)
    assert expected, f"{path.name}: no annotations"
    found = flagged(language, text)
    for rule_id, (must, must_not) in expected.items():
        lines = found.get(rule_id, set())
        assert not sorted(must - lines), f"{path.name}: {rule_id} did not flag line(s) {sorted(must - lines)}"
        assert not sorted(must_not & lines), f"{path.name}: {rule_id} flagged `ok` line(s) {sorted(must_not & lines)}"
