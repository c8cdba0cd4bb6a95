"""SARIF 2.1.0 output of a lint run, for GitHub code scanning and other SARIF readers."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

import duckdb

from curator import __version__
from curator.cwe import cwe_tags
from curator.flagged import flagged_count, flags, parse_failure_count, run_threshold
from curator.model import SEVERITY_RANK
from curator.report import rows_as_dicts

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/sft-curator/"
# v2: our record fingerprint plus the occurrence number of that fingerprint within its file, in file order,
# so identical records at different lines stay distinct alerts in code scanning (v1 merged them).
FINGERPRINT_KEY = "curatorFingerprint/v2"

# GitHub reads `security-severity` as a CVSS-like score: >= 9 critical, >= 7 high, >= 4 medium, else low.
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}
LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
# inline comments live in the snippet (the corpus file itself); a baseline is a separate file.
SUPPRESSION_KIND = {"inline": "inSource", "nosec": "inSource", "baseline": "external"}


# GitHub code scanning's documented limits per SARIF run (docs.github.com, "SARIF results exceed limit"):
# at most 25,000 results per run are accepted (the top 5,000 by severity are shown), 1,000 locations per
# result, 20 tags per rule, 25,000 rules per run. We write one location per result and, per rule and
# result, "security" plus the CWE and its parent classes (curator/cwe.py: 12 at most today, capped at 19);
# results past the cap are left out, the most severe kept, and the run's properties say so.
MAX_RESULTS = 25_000
MAX_CWE_TAGS = 19
MAX_NOTIFICATIONS = 1_000  # engine errors and unreadable records: enough to act on, a bounded file
SRCROOT = "%SRCROOT%"


def source_root(sources: list[str]) -> Path:
    """The folder every local source is relative to: the working folder when they all lie in it (a
    checkout, where code scanning expects repository-relative paths), else their common folder."""
    cwd = Path.cwd()
    local = [Path(s).absolute() for s in sources if s and not _is_url(s) and not s.startswith("<")]
    outside = [p for p in local if not p.is_relative_to(cwd)]
    if not outside:
        return cwd
    return Path(os.path.commonpath([str(p.parent) for p in local]))


def _is_url(source: str) -> bool:
    return "://" in source


def artifact_uri(source: str, root: Path | None = None) -> tuple[str, str | None]:
    """A URI relative to %SRCROOT% for a local source; a URL (s3://, hf://) as it is, with no base."""
    if _is_url(source):
        return source, None
    root = root or Path.cwd()
    path = Path(source)
    absolute = path if path.is_absolute() else Path.cwd() / path
    try:
        relative = Path(os.path.relpath(absolute, root))
    except ValueError:  # another drive on Windows
        return absolute.as_uri(), None
    return quote(relative.as_posix()), SRCROOT


def _artifact(source: str, root: Path) -> dict:
    uri, base = artifact_uri(source, root)
    return {"uri": uri, **({"uriBaseId": base} if base else {})}


def _location(row: dict, root: Path) -> dict:
    """The file, with the record's line as region where the container has lines (JSON Lines); rows of
    Parquet, CSV, JSON arrays and datasets have no line of their own: the file plus a logical location
    `<file>:row <n>` name them."""
    physical: dict = {"artifactLocation": _artifact(row["source"], root)}
    is_line = row["container"] == "jsonl"
    if is_line:
        physical["region"] = {"startLine": max(1, int(row["record_line"]))}
    logical = {"name": row["record_id"], "kind": "object",
               "fullyQualifiedName": f"{row['source']}:{'line' if is_line else 'row'} {row['record_line']}"}
    return {"physicalLocation": physical, "logicalLocations": [logical]}


def rule_descriptor(rule_id: str, rule, fallback: dict) -> dict:
    """One `reportingDescriptor`: the rule's documentation from rules/, or what the findings say."""
    severity = rule.severity if rule else fallback["severity"]
    cwe = rule.cwe if rule else (fallback["cwe"] or "")
    properties = {
        "tags": ["security", *cwe_tags(cwe)[:MAX_CWE_TAGS]],
        "security-severity": SECURITY_SEVERITY.get(severity, "5.5"),
        "precision": {"high": "high", "medium": "medium", "low": "low"}.get(
            rule.confidence if rule else fallback["confidence"], "medium"),
        "problem.severity": "error" if LEVEL.get(severity) == "error" else "warning",
    }
    if rule is None:
        return {
            "id": rule_id,
            "shortDescription": {"text": fallback["message"]},
            "defaultConfiguration": {"level": LEVEL.get(severity, "warning")},
            "properties": properties,
        }
    help_text = f"{rule.what}\n\nWhy it matters: {rule.why}\n\nBad:\n{rule.bad}\nGood:\n{rule.good}"
    help_markdown = (
        f"## What it finds\n\n{rule.what}\n\n## Why it matters\n\n{rule.why}\n\n"
        f"## Example\n\n```{rule.language}\n{rule.bad.rstrip()}\n```\n\n"
        f"## Use instead\n\n```{rule.language}\n{rule.good.rstrip()}\n```\n"
    )
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.replace("-", ".").split(".")),
        "shortDescription": {"text": rule.message},
        "fullDescription": {"text": rule.what},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVEL.get(severity, "warning")},
        "properties": properties,
    }


def _message_text(row: dict) -> str:
    where = f"message {row['message_index'] + 1}, line {row['line']}" if row["message_index"] >= 0 else "record"
    if row["container"] != "jsonl":
        where = f"row {row['record_line']}, {where}"
    text = f"{row['message']} ({where}"
    excerpt = " ".join((row["excerpt"] or "").split())
    if excerpt:
        text += f": `{excerpt[:200]}`"
    text += ")"
    if row["detail"]:
        text += f" [{row['detail']}]"
    return text


def _occurrence_fingerprint(occurrences: dict[tuple[str, str], int], row: dict) -> str:
    """`<fingerprint>:<n>`: the n-th finding with this fingerprint in its file (rows come in file order)."""
    key = (row["source"], row["fingerprint"] or "")
    occurrences[key] = occurrences.get(key, 0) + 1
    return f"{row['fingerprint']}:{occurrences[key]}"


def _capped(rows: list[dict], cap: int) -> list[dict]:
    """At most `cap` rows, the most severe first (active before suppressed), kept in their file order."""
    if len(rows) <= cap:
        return rows
    ranked = sorted(range(len(rows)), key=lambda i: (rows[i]["suppressed"] is not None,
                                                     -SEVERITY_RANK.get(rows[i]["severity"], 0), i))
    keep = sorted(ranked[:cap])
    return [rows[i] for i in keep]


def _notifications(con: duckdb.DuckDBPyConnection, run_id: str, root: Path) -> tuple[list[dict], int]:
    """Unreadable records and engine failures (a crash on a snippet), as tool execution notifications."""
    notes = []
    for source, line, container, error in con.execute(
            "SELECT source, line, container, error FROM records WHERE run_id = ? AND status <> 'ok'"
            " ORDER BY source, line", [run_id]).fetchall():
        location: dict = {"artifactLocation": _artifact(source, root)}
        if container == "jsonl" and line and int(line) > 0:
            location["region"] = {"startLine": int(line)}
        notes.append({
            "level": "error",
            "message": {"text": error or f"{source}:{line}: unreadable record"},
            "descriptor": {"id": "unreadable-record"},
            "locations": [{"physicalLocation": location}],
        })
    for engine, snippet_id, error, source, line, container in con.execute(
            "SELECT st.engine, st.snippet_id, st.error, r.source, r.line, r.container FROM snippet_status st"
            " JOIN snippets sn ON sn.run_id = st.run_id AND sn.snippet_id = st.snippet_id"
            " JOIN records r ON r.run_id = sn.run_id AND r.record_id = sn.record_id"
            " WHERE st.run_id = ? AND st.status = 'engine_error' ORDER BY r.source, r.line, st.snippet_id, st.engine",
            [run_id]).fetchall():
        location = {"artifactLocation": _artifact(source, root)}
        if container == "jsonl":
            location["region"] = {"startLine": max(1, int(line))}
        notes.append({
            "level": "error",
            "message": {"text": f"engine {engine} failed on snippet {snippet_id}: {error or 'no detail'}"},
            "descriptor": {"id": "engine-error"},
            "associatedRule": {"id": engine},
            "locations": [{"physicalLocation": location}],
        })
    return notes[:MAX_NOTIFICATIONS], max(0, len(notes) - MAX_NOTIFICATIONS)


def build_log(con: duckdb.DuckDBPyConnection, run_id: str, *, max_results: int = MAX_RESULTS) -> dict:
    """The whole SARIF log of one run as a dict."""
    from curator.ruleset import rules_by_id

    known = rules_by_id()
    fail_on = run_threshold(con, run_id)
    rows = rows_as_dicts(con.execute(
        "SELECT f.rule_id, f.cwe, f.severity, f.confidence, f.message, f.message_index, f.line, f.excerpt,"
        " f.detail, f.fingerprint, f.suppressed, f.engine, f.record_id, r.source, r.line AS record_line,"
        " r.container"
        " FROM findings f JOIN records r ON r.record_id = f.record_id AND r.run_id = f.run_id"
        " WHERE f.run_id = ? ORDER BY r.source, r.line, f.message_index, f.line, f.rule_id, f.fingerprint,"
        " f.excerpt, f.engine", [run_id]))
    sources = [s for (s,) in con.execute("SELECT DISTINCT source FROM records WHERE run_id = ?", [run_id]).fetchall()]
    root = source_root(sources)

    occurrences: dict[tuple[str, str], int] = {}
    for row in rows:  # over every finding, before the cap: a finding's fingerprint never depends on it
        row["occurrence"] = _occurrence_fingerprint(occurrences, row)
    kept = _capped(rows, max_results)

    rule_index: dict[str, int] = {}
    rules: list[dict] = []
    results: list[dict] = []
    for row in kept:
        rule_id = row["rule_id"]
        if rule_id not in rule_index:
            rule_index[rule_id] = len(rules)
            rules.append(rule_descriptor(rule_id, known.get(rule_id), row))
        result = {
            "ruleId": rule_id,
            "ruleIndex": rule_index[rule_id],
            "level": LEVEL.get(row["severity"], "warning"),
            "message": {"text": _message_text(row)},
            "locations": [_location(row, root)],
            "partialFingerprints": {FINGERPRINT_KEY: row["occurrence"]},
            "properties": {"tags": cwe_tags(row["cwe"])[:MAX_CWE_TAGS],
                           "severity": row["severity"], "confidence": row["confidence"],
                           "engine": row["engine"], "cwe": row["cwe"] or "", "recordId": row["record_id"],
                           # whether this finding flags its record (curator/flagged.py)
                           "flags": row["suppressed"] is None and flags(row["severity"], fail_on)},
        }
        if row["container"] != "jsonl":
            result["properties"]["row"] = row["record_line"]
        if row["suppressed"]:
            result["suppressions"] = [{
                "kind": SUPPRESSION_KIND.get(row["suppressed"], "external"),
                "status": "accepted",
                "justification": f"suppressed by {row['suppressed']}",
            }]
        results.append(result)

    notifications, notifications_left_out = _notifications(con, run_id, root)
    run_row = con.execute("SELECT rules_version, started_at, finished_at, records, records_error FROM runs"
                          " WHERE run_id = ?", [run_id]).fetchone()
    invocation: dict = {"executionSuccessful": True, "toolExecutionNotifications": notifications}
    if run_row and run_row[1]:
        invocation["startTimeUtc"] = run_row[1].strftime("%Y-%m-%dT%H:%M:%SZ")
    if run_row and run_row[2]:
        invocation["endTimeUtc"] = run_row[2].strftime("%Y-%m-%dT%H:%M:%SZ")
    run: dict = {
        "tool": {"driver": {
            "name": "sft-curator",
            "version": __version__,
            "semanticVersion": __version__,
            "informationUri": INFORMATION_URI,
            "rules": rules,
        }},
        "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri().rstrip("/") + "/"}},
        "invocations": [invocation],
        "results": results,
        "properties": {
            "runId": run_id, "rulesVersion": run_row[0] if run_row else None,
            "failOn": fail_on,
            "records": run_row[3] if run_row else None,
            "unreadableRecords": run_row[4] if run_row else None,
            "flaggedRecords": flagged_count(con, run_id),
            "unparsedSnippets": parse_failure_count(con, run_id),
            "resultsCap": max_results,
            "resultsTotal": len(rows),
            "resultsLeftOut": len(rows) - len(kept),
            "resultsCapReason": "GitHub code scanning accepts at most 25,000 results per run; the most "
                                "severe are kept",
            "notificationsLeftOut": notifications_left_out,
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(con: duckdb.DuckDBPyConnection, run_id: str, out: TextIO, options: dict) -> None:
    json.dump(build_log(con, run_id), out, indent=2, ensure_ascii=False)
    out.write("\n")
