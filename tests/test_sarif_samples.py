"""`curator lint sample_corpora/ --format sarif`: the real pipeline's SARIF validates and reads back."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import jsonschema
import pytest

from curator.cli import main

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0.schema.json"


def test_sarif_of_the_sample_corpora(tmp_path, monkeypatch, capsys):
    from sarif.loader import load_sarif_file

    monkeypatch.chdir(ROOT)
    out, db = tmp_path / "samples.sarif", tmp_path / "samples.duckdb"
    with pytest.raises(SystemExit) as exit_info:
        main(["lint", "sample_corpora", "--format", "sarif", "--output", str(out), "--db", str(db),
              "--no-cache", "--fail-on", "never"])
    assert exit_info.value.code == 0, capsys.readouterr().err
    log = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)

    run = log["runs"][0]
    con = duckdb.connect(str(db), read_only=True)
    findings, rules = con.execute("SELECT count(*), count(DISTINCT rule_id) FROM findings").fetchone()
    errors = con.execute("SELECT count(*) FROM records WHERE status <> 'ok'").fetchone()[0]
    errors += con.execute("SELECT count(*) FROM snippet_status WHERE status = 'engine_error'").fetchone()[0]
    jsonl_lines = dict(((s, l), c) for s, l, c in con.execute("SELECT source, line, container FROM records").fetchall())
    con.close()
    assert findings > 0 and len(run["results"]) == findings
    assert len(run["tool"]["driver"]["rules"]) == rules
    assert len(run["invocations"][0]["toolExecutionNotifications"]) == errors > 0
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"].startswith("sample_corpora/")
        # a JSONL record has a line; a row of another container is its file plus a logical location
        if location["artifactLocation"]["uri"].endswith((".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson")):
            assert location["region"]["startLine"] >= 1
        else:
            assert "region" not in location
            assert result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].rsplit(":row ", 1)[1].isdigit()
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    # JSONL results sit on the record's own line of the file
    jsonl = [r for r in run["results"] if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
             == "sample_corpora/chat_openai.jsonl"]
    assert jsonl and all(("sample_corpora/chat_openai.jsonl", r["locations"][0]["physicalLocation"]["region"]
                          ["startLine"]) in jsonl_lines for r in jsonl)

    records = load_sarif_file(str(out)).get_records()
    assert len(records) == findings
    # every result is its own alert in code scanning: no two share a partial fingerprint
    prints = [r["partialFingerprints"]["curatorFingerprint/v2"] for r in run["results"]]
    assert len(set(prints)) == len(prints) == findings
