"""`--format sarif`: SARIF 2.1.0 that validates against the schema and reads back in sarif-tools."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from curator.report import render
from curator.store import open_report
from reportsample import build_report

SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0.schema.json"


def sarif_of(tmp_path: Path) -> dict:
    db = tmp_path / "report.duckdb"
    run_id = build_report(db)
    con = open_report(db)
    out = io.StringIO()
    render("sarif", con, run_id, out, {})
    con.close()
    return json.loads(out.getvalue())


def validate(log: dict) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)


def test_sarif_validates_against_the_2_1_0_schema(tmp_path):
    validate(sarif_of(tmp_path))


def test_schema_check_catches_a_broken_log(tmp_path):
    log = sarif_of(tmp_path)
    del log["runs"][0]["tool"]["driver"]["name"]
    with pytest.raises(jsonschema.ValidationError):
        validate(log)
    log = sarif_of(tmp_path)
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validate(log)


def test_one_rule_entry_per_rule_that_fired_with_its_help(tmp_path):
    run = sarif_of(tmp_path)["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert set(rules) == {"py.fs.world-writable-chmod", "py.test.unknown-rule"}
    chmod = rules["py.fs.world-writable-chmod"]
    assert "external/cwe/cwe-732" in chmod["properties"]["tags"]
    assert chmod["properties"]["security-severity"] == "8.0"
    assert "0o777" in chmod["help"]["markdown"] and "0o600" in chmod["help"]["markdown"]
    assert chmod["help"]["text"].startswith("Finds `os.chmod`")
    unknown = rules["py.test.unknown-rule"]
    assert "external/cwe/cwe-78" in unknown["properties"]["tags"]
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_results_point_at_the_record_line_with_fingerprints_and_suppressions(tmp_path):
    run = sarif_of(tmp_path)["runs"][0]
    results = run["results"]
    assert len(results) == 5
    located = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results]
    assert ("corpus/train.jsonl", 1) in located and ("corpus/train.jsonl", 4) in located
    assert ("data%2C%20v1%3Afinal.jsonl", 7) in located
    # a Parquet row has no line in the file: the top of the file, the row in the message
    parquet = next(r for r in results if "rows.parquet" in r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
    assert parquet["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert "row 5" in parquet["message"]["text"]
    first = results[0]
    assert "message 2, line 3" in first["message"]["text"] and "os.chmod(path, 0o777)" in first["message"]["text"]
    fingerprint, occurrence = first["partialFingerprints"]["curatorFingerprint/v2"].split(":")
    assert len(fingerprint) == 32 and occurrence == "1"
    suppressed = [r for r in results if "suppressions" in r]
    assert len(suppressed) == 1 and suppressed[0]["suppressions"][0]["kind"] == "external"
    assert suppressed[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and "not valid JSON" in notes[0]["message"]["text"]


def test_sarif_tools_reads_the_log(tmp_path):
    from sarif.loader import load_sarif_file

    path = tmp_path / "out.sarif"
    path.write_text(json.dumps(sarif_of(tmp_path)), encoding="utf-8")
    sarif_file = load_sarif_file(str(path))
    assert sarif_file.get_distinct_tool_names() == ["sft-curator"]
    records = sarif_file.get_records()
    assert len(records) == 5
    assert {r["Code"] for r in records} == {"py.fs.world-writable-chmod", "py.test.unknown-rule"}
    assert {str(r["Line"]) for r in records if r["Location"] == "corpus/train.jsonl"} == {"1", "3", "4"}
    assert set(sarif_file.get_severities()) >= {"error", "warning", "note"}
