"""GitHub Actions workflow-command annotations (`::error file=...,line=...::message`) for a lint run."""

from __future__ import annotations

from typing import TextIO

import duckdb

from curator.flagged import flagged_count, run_threshold

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


# GitHub Actions shows at most 10 error and 10 warning annotations per step (50 per job) and drops the rest
# silently; we print that many of each kind (notices too), the most severe first, and a last line that
# counts what was left out.
PER_KIND = 10


def _findings(con: duckdb.DuckDBPyConnection, run_id: str) -> list[tuple]:
    return con.execute(
        "SELECT r.source, r.line, r.container, f.rule_id, f.cwe, f.severity, f.message, f.message_index,"
        " f.line, f.excerpt FROM active_findings f"
        " JOIN records r ON r.record_id = f.record_id AND r.run_id = f.run_id"
        " WHERE f.run_id = ? ORDER BY list_position(['critical', 'high', 'medium', 'low', 'info'], f.severity),"
        " r.source, r.line, f.message_index, f.line, f.rule_id", [run_id]).fetchall()


def render(con: duckdb.DuckDBPyConnection, run_id: str, out: TextIO, options: dict) -> None:
    per_kind = int(options.get("annotations_per_kind") or PER_KIND)
    shown: dict[str, int] = {}
    left_out = 0

    def emit(command: str, line: str) -> None:
        nonlocal left_out
        if shown.get(command, 0) >= per_kind:
            left_out += 1
            return
        shown[command] = shown.get(command, 0) + 1
        out.write(line + "\n")

    # unreadable records first: a record nobody checked matters more than any one finding
    for source, line, container, error in con.execute(
            "SELECT source, line, container, error FROM records WHERE run_id = ? AND status <> 'ok'"
            " ORDER BY source, line", [run_id]).fetchall():
        emit("error", annotation("error", error or "unreadable record", file=source,
                                 line=line if container == "jsonl" else None, title="curator: unreadable record"))
    for source, rline, container, rule_id, cwe, severity, message, mindex, mline, excerpt in _findings(con, run_id):
        where = f"message {mindex + 1}, line {mline}" if mindex >= 0 else "whole record"
        if container != "jsonl":
            where = f"row {rline}, {where}"
        body = f"{message} ({where})"
        if excerpt:
            body += "\n" + excerpt.rstrip()
        title = f"{rule_id} ({cwe}, {severity})" if cwe else f"{rule_id} ({severity})"
        # rows of Parquet, CSV, JSON arrays and datasets have no line in the file: a file-level annotation
        command = COMMAND.get(severity, "warning")
        emit(command, annotation(command, body, file=source, line=rline if container == "jsonl" else None,
                                 title=title))
    findings = con.execute("SELECT count(*) FROM active_findings WHERE run_id = ?", [run_id]).fetchone()[0]
    records, unreadable = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE status <> 'ok') FROM records WHERE run_id = ?", [run_id]).fetchone()
    flagged = flagged_count(con, run_id)
    summary = (f"curator: {findings} findings, {flagged} of {records} records flagged at --fail-on "
               f"{run_threshold(con, run_id)}" + (f", {unreadable} unreadable" if unreadable else ""))
    if left_out:
        summary += (f"; {sum(shown.values())} annotations shown, {left_out} left out (GitHub shows "
                    f"{per_kind} of each kind per step; --format sarif or the report holds them all)")
    out.write(summary + "\n")
