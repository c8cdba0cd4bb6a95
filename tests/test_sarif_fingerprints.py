"""Regression test: identical records at different lines get distinct, stable SARIF partialFingerprints."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from curator.cli import main

VULNERABLE = "import os\n\ndef save(path):\n    os.chmod(path, 0o777)\n"


def chat(code: str) -> str:
    return json.dumps({"messages": [{"role": "user", "content": "Save it."},
                                    {"role": "assistant", "content": f"```python\n{code}```"}]})


def lint_sarif(corpus: Path, tmp_path: Path, name: str) -> tuple[dict, Path]:
    out, db = tmp_path / f"{name}.sarif", tmp_path / f"{name}.duckdb"
    with pytest.raises(SystemExit):
        main(["lint", str(corpus), "--engines", "tree-sitter", "--format", "sarif", "--output", str(out),
              "--db", str(db), "--no-cache", "--fail-on", "never"])
    return json.loads(out.read_text(encoding="utf-8")), db


def test_duplicate_records_are_distinct_alerts(tmp_path: Path) -> None:
    corpus = tmp_path / "dups.jsonl"
    corpus.write_text("\n".join([chat(VULNERABLE), chat("x = 1\n"), chat(VULNERABLE), chat(VULNERABLE)]) + "\n")
    log, db = lint_sarif(corpus, tmp_path, "one")
    results = log["runs"][0]["results"]
    chmod = [r for r in results if r["ruleId"] == "py.fs.world-writable-chmod"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in chmod] == [1, 3, 4]
    prints = [r["partialFingerprints"]["curatorFingerprint/v2"] for r in chmod]
    assert len(set(prints)) == 3
    # our own fingerprint column is unchanged: the three findings still share it
    con = duckdb.connect(str(db), read_only=True)
    stored = {row[0] for row in con.execute(
        "SELECT fingerprint FROM findings WHERE rule_id = 'py.fs.world-writable-chmod'").fetchall()}
    con.close()
    assert len(stored) == 1
    assert prints == [f"{next(iter(stored))}:{n}" for n in (1, 2, 3)]
    # stable across runs
    again, _ = lint_sarif(corpus, tmp_path, "two")
    assert [r["partialFingerprints"] for r in again["runs"][0]["results"]] == \
        [r["partialFingerprints"] for r in results]
