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
                r["locations"][0]["physicalLocation"].get("region", {}).get("startLine")) for r in results]
    assert ("corpus/train.jsonl", 1) in located and ("corpus/train.jsonl", 4) in located
    assert ("data%2C%20v1%3Afinal.jsonl", 7) in located
    # a Parquet row has no line in the file: no region, the file plus a logical location naming the row
    parquet = next(r for r in results if "rows.parquet" in r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
    assert "region" not in parquet["locations"][0]["physicalLocation"]
    assert parquet["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "corpus/rows.parquet:row 5"
    assert parquet["properties"]["row"] == 5
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


def test_uris_are_relative_to_a_declared_source_root(tmp_path, monkeypatch):
    """Inputs inside the working folder are relative to it; inputs outside it are relative to their
    common folder, never absolute file:// URIs, and %SRCROOT% is declared in originalUriBaseIds."""
    from curator.report.sarif import artifact_uri, source_root

    monkeypatch.chdir(tmp_path)
    run = sarif_of(tmp_path)["runs"][0]
    root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert root == tmp_path.as_uri() + "/"
    for result in run["results"]:
        artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%" and not artifact["uri"].startswith(("file:", "/"))
    outside = tmp_path.parent / "elsewhere" / "data" / "a.jsonl"
    sources = [str(outside), str(outside.with_name("b.jsonl"))]
    assert source_root(sources) == outside.parent
    assert artifact_uri(sources[0], source_root(sources)) == ("a.jsonl", "%SRCROOT%")
    assert artifact_uri("s3://bucket/x.jsonl") == ("s3://bucket/x.jsonl", None)


def test_results_are_capped_at_the_github_limit_with_the_cap_stated(tmp_path):
    """Over the cap, the most severe results are kept (in file order) and the run's properties say how
    many were left out; the log still validates."""
    from curator.report.sarif import MAX_RESULTS, build_log

    db = tmp_path / "report.duckdb"
    run_id = build_report(db)
    con = open_report(db)
    try:
        full = build_log(con, run_id)["runs"][0]
        capped = build_log(con, run_id, max_results=2)["runs"][0]
    finally:
        con.close()
    assert MAX_RESULTS == 25_000 and full["properties"]["resultsCap"] == 25_000
    assert full["properties"]["resultsLeftOut"] == 0 and full["properties"]["resultsTotal"] == 5
    assert len(capped["results"]) == 2
    assert capped["properties"]["resultsLeftOut"] == 3 and capped["properties"]["resultsTotal"] == 5
    assert {r["properties"]["severity"] for r in capped["results"]} == {"high"}
    assert all("suppressions" not in r for r in capped["results"])
    # fingerprints do not depend on the cap
    prints = {r["partialFingerprints"]["curatorFingerprint/v2"] for r in full["results"]}
    assert {r["partialFingerprints"]["curatorFingerprint/v2"] for r in capped["results"]} <= prints
    validate({"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [capped]})


def test_engine_errors_are_tool_execution_notifications(tmp_path):
    from curator.model import SnippetStatus
    from curator.store import Store

    db = tmp_path / "report.duckdb"
    run_id = build_report(db)
    store = Store(db, append=True)
    snippet_id = store.con.execute("SELECT snippet_id FROM snippets WHERE record_id = 'corpus/train.jsonl:4'").fetchone()[0]
    store.con.execute("INSERT INTO snippet_status VALUES (?, ?, 'bandit', 'engine_error', 'bandit crashed: boom')",
                      [run_id, snippet_id])
    store.close()
    con = open_report(db)
    out = io.StringIO()
    render("sarif", con, run_id, out, {})
    con.close()
    log = json.loads(out.getvalue())
    validate(log)
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    engine = [n for n in notes if n["descriptor"]["id"] == "engine-error"]
    assert len(engine) == 1 and "bandit crashed: boom" in engine[0]["message"]["text"]
    assert engine[0]["associatedRule"]["id"] == "bandit"
    assert engine[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 4
