"""SARIF 2.1.0 output of a lint run, for GitHub code scanning and other SARIF readers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

import duckdb

from curator import __version__
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


def artifact_uri(source: str) -> tuple[str, str | None]:
    """A relative URI under %SRCROOT% for sources inside the working folder, else a file:// URI."""
    path = Path(source)
    if not path.is_absolute():
        return quote(path.as_posix()), "%SRCROOT%"
    try:
        return quote(path.relative_to(Path.cwd()).as_posix()), "%SRCROOT%"
    except ValueError:
        return path.as_uri(), None


def rule_descriptor(rule_id: str, rule, fallback: dict) -> dict:
    """One `reportingDescriptor`: the rule's documentation from rules/, or what the findings say."""
    severity = rule.severity if rule else fallback["severity"]
    cwe = rule.cwe if rule else (fallback["cwe"] or "")
    tags = ["security"]
    if cwe.startswith("CWE-"):
        tags.append(f"external/cwe/cwe-{cwe.split('-', 1)[1]}")
    properties = {
        "tags": tags,
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


def build_log(con: duckdb.DuckDBPyConnection, run_id: str) -> dict:
    """The whole SARIF log of one run as a dict."""
    from curator.ruleset import rules_by_id

    known = rules_by_id()
    rows = rows_as_dicts(con.execute(
        "SELECT f.rule_id, f.cwe, f.severity, f.confidence, f.message, f.message_index, f.line, f.excerpt,"
        " f.detail, f.fingerprint, f.suppressed, f.engine, f.record_id, r.source, r.line AS record_line,"
        " r.container"
        " FROM findings f JOIN records r ON r.record_id = f.record_id AND r.run_id = f.run_id"
        " WHERE f.run_id = ? ORDER BY r.source, r.line, f.message_index, f.line, f.rule_id, f.fingerprint,"
        " f.excerpt, f.engine", [run_id]))

    rule_index: dict[str, int] = {}
    rules: list[dict] = []
    results: list[dict] = []
    occurrences: dict[tuple[str, str], int] = {}
    for row in rows:
        rule_id = row["rule_id"]
        if rule_id not in rule_index:
            rule_index[rule_id] = len(rules)
            rules.append(rule_descriptor(rule_id, known.get(rule_id), row))
        uri, base = artifact_uri(row["source"])
        artifact = {"uri": uri, **({"uriBaseId": base} if base else {})}
        # Only line formats have a line of the file per record; other containers point at the file's top.
        start_line = max(1, int(row["record_line"])) if row["container"] == "jsonl" else 1
        result = {
            "ruleId": rule_id,
            "ruleIndex": rule_index[rule_id],
            "level": LEVEL.get(row["severity"], "warning"),
            "message": {"text": _message_text(row)},
            "locations": [{
                "physicalLocation": {"artifactLocation": artifact, "region": {"startLine": start_line}},
                "logicalLocations": [{"name": row["record_id"], "kind": "object"}],
            }],
            "partialFingerprints": {FINGERPRINT_KEY: _occurrence_fingerprint(occurrences, row)},
            "properties": {"severity": row["severity"], "confidence": row["confidence"],
                           "engine": row["engine"], "cwe": row["cwe"] or ""},
        }
        if row["suppressed"]:
            result["suppressions"] = [{
                "kind": SUPPRESSION_KIND.get(row["suppressed"], "external"),
                "status": "accepted",
                "justification": f"suppressed by {row['suppressed']}",
            }]
        results.append(result)

    notifications = []
    for source, line, container, error in con.execute(
            "SELECT source, line, container, error FROM records WHERE run_id = ? AND status <> 'ok'"
            " ORDER BY source, line", [run_id]).fetchall():
        uri, base = artifact_uri(source)
        notifications.append({
            "level": "error",
            "message": {"text": error or f"{source}:{line}: unreadable record"},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": uri, **({"uriBaseId": base} if base else {})},
                "region": {"startLine": max(1, int(line)) if container == "jsonl" else 1}}}],
        })

    run_row = con.execute("SELECT rules_version, started_at, finished_at FROM runs WHERE run_id = ?",
                          [run_id]).fetchone()
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
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
        "invocations": [invocation],
        "results": results,
        "properties": {"runId": run_id, "rulesVersion": run_row[0] if run_row else None},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(con: duckdb.DuckDBPyConnection, run_id: str, out: TextIO, options: dict) -> None:
    json.dump(build_log(con, run_id), out, indent=2, ensure_ascii=False)
    out.write("\n")
