"""JSON (one document) and JSONL (one object per line) output of a lint run."""

from __future__ import annotations

import json
from typing import TextIO

import duckdb

from curator.flagged import flagged_count, parse_failure_count, run_threshold
from curator.report import rows_as_dicts

FINDING_COLUMNS = (
    "f.record_id, r.source, r.line AS record_line, f.snippet_id, f.engine, f.engines, f.rule_id, f.cwe,"
    " f.severity, f.confidence, f.message, f.message_index, f.line, f.col, f.end_line, f.end_col, f.excerpt,"
    " f.detail, f.fingerprint, f.suppressed"
)


def _findings(con: duckdb.DuckDBPyConnection, run_id: str) -> list[dict]:
    return rows_as_dicts(con.execute(
        f"SELECT {FINDING_COLUMNS} FROM findings f JOIN records r ON r.record_id = f.record_id"
        " AND r.run_id = f.run_id WHERE f.run_id = ? ORDER BY r.source, r.line, f.message_index, f.line, f.rule_id",
        [run_id]))


def _counts(con: duckdb.DuckDBPyConnection) -> dict:
    return {
        "by_rule": rows_as_dicts(con.execute("SELECT * FROM findings_per_rule")),
        "by_cwe": rows_as_dicts(con.execute("SELECT * FROM findings_per_cwe")),
        "by_severity": rows_as_dicts(con.execute("SELECT * FROM findings_per_severity")),
        "by_source": rows_as_dicts(con.execute("SELECT * FROM findings_per_source")),
    }


def _run(con: duckdb.DuckDBPyConnection, run_id: str) -> dict:
    run = rows_as_dicts(con.execute(
        "SELECT run_id, started_at, finished_at, curator_version, rules_version, engines, inputs, records,"
        " records_error, snippets, findings, seconds, records_per_s, engine_seconds FROM runs WHERE run_id = ?",
        [run_id]))[0]
    run["engine_seconds"] = json.loads(run["engine_seconds"] or "{}")
    # the counts every surface shares (curator/flagged.py): flagged at the run's threshold, parse failures
    # per snippet, unreadable records apart
    run["fail_on"] = run_threshold(con, run_id)
    run["flagged_records"] = flagged_count(con, run_id)
    run["unparsed_snippets"] = parse_failure_count(con, run_id)
    run["suppressed"] = con.execute("SELECT count(*) FROM findings WHERE run_id = ? AND suppressed IS NOT NULL",
                                    [run_id]).fetchone()[0]
    return run


def render_json(con: duckdb.DuckDBPyConnection, run_id: str, out: TextIO, options: dict) -> None:
    records = rows_as_dicts(con.execute(
        "SELECT r.record_id, r.source, r.line, r.sha256, r.container, r.format, r.status, r.error, r.n_messages,"
        " r.n_snippets, r.n_findings, r.max_severity, fr.record_id IS NOT NULL AS flagged FROM records r"
        " LEFT JOIN flagged_records fr ON fr.run_id = r.run_id AND fr.record_id = r.record_id"
        " WHERE r.run_id = ? ORDER BY r.source, r.line", [run_id]))
    document = {
        "run": _run(con, run_id),
        "counts": _counts(con),
        "records": records,
        "findings": _findings(con, run_id),
    }
    json.dump(document, out, indent=2, default=str)
    out.write("\n")


def render_jsonl(con: duckdb.DuckDBPyConnection, run_id: str, out: TextIO, options: dict) -> None:
    """One finding per line, then one line per unreadable record, then the run summary."""
    for finding in _findings(con, run_id):
        out.write(json.dumps({"type": "finding", **finding}, default=str) + "\n")
    for record in rows_as_dicts(con.execute(
            "SELECT record_id, source, line, error FROM records WHERE run_id = ? AND status <> 'ok'"
            " ORDER BY source, line", [run_id])):
        out.write(json.dumps({"type": "record_error", **record}, default=str) + "\n")
    out.write(json.dumps({"type": "run", **_run(con, run_id)}, default=str) + "\n")
