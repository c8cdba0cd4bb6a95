"""GitHub Actions workflow-command annotations (`::error file=...,line=...::message`) for a lint run."""

from __future__ import annotations

from typing import TextIO

import duckdb

# critical and high fail a review; medium is worth a look; low and info are notes.
COMMAND = {"critical": "error", "high": "error", "medium": "warning", "low": "notice", "info": "notice"}


def escape_data(text: str) -> str:
    """The message part of a workflow command: `%`, CR and LF must be percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title): as data, plus `:` and `,` which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, message: str, **properties: object) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None and value != "")
    return f"::{command} {props}::{escape_data(message)}" if props else f"::{command}::{escape_data(message)}"


def render(con: duckdb.DuckDBPyConnection, run_id: str, out: TextIO, options: dict) -> None:
    rows = con.execute(
        "SELECT r.source, r.line, r.container, f.rule_id, f.cwe, f.severity, f.message, f.message_index,"
        " f.line, f.excerpt FROM active_findings f"
        " JOIN records r ON r.record_id = f.record_id AND r.run_id = f.run_id"
        " WHERE f.run_id = ? ORDER BY r.source, r.line, f.message_index, f.line, f.rule_id", [run_id]).fetchall()
    for source, rline, container, rule_id, cwe, severity, message, mindex, mline, excerpt in rows:
        where = f"message {mindex + 1}, line {mline}" if mindex >= 0 else "whole record"
        if container != "jsonl":
            where = f"row {rline}, {where}"
        body = f"{message} ({where})"
        if excerpt:
            body += "\n" + excerpt.rstrip()
        title = f"{rule_id} ({cwe}, {severity})" if cwe else f"{rule_id} ({severity})"
        out.write(annotation(COMMAND.get(severity, "warning"), body, file=source,
                             line=rline if container == "jsonl" else 1, title=title) + "\n")
    for source, line, container, error in con.execute(
            "SELECT source, line, container, error FROM records WHERE run_id = ? AND status <> 'ok'"
            " ORDER BY source, line", [run_id]).fetchall():
        out.write(annotation("error", error or "unreadable record", file=source,
                             line=line if container == "jsonl" else 1, title="curator: unreadable record") + "\n")
    findings, flagged = con.execute(
        "SELECT count(*), count(DISTINCT record_id) FROM active_findings WHERE run_id = ?", [run_id]).fetchone()
    records = con.execute("SELECT count(*) FROM records WHERE run_id = ?", [run_id]).fetchone()[0]
    out.write(f"curator: {findings} findings in {flagged} of {records} records\n")
