"""The one definition of a flagged record, shared by every count the tool prints or stores.

A record is *flagged* when it holds an active (not suppressed) finding at or above the threshold
(`--fail-on`, default `low`). `info` findings are shown but never flag: `--fail-on info` means `low`,
and `--fail-on never` flags nothing. Unreadable records are counted apart ("unreadable"); `split` puts
them on the flagged side unless `--rejects` is given, and they fail a run like a flagged record.

The summary line, `curator report`, the HTML page, SARIF, `--format github`, `split`, the exit code and the
DuckDB views `flagged_findings` / `flagged_records` (schema/010_core.sql, which read the threshold from
`runs.fail_on`) all use this rule; `tests/test_counts_agree.py` runs every surface on one corpus.
"""

from __future__ import annotations

from typing import Iterable

import duckdb

from curator.model import SEVERITY_RANK

DEFAULT_FAIL_ON = "low"
# The lowest severity that can flag: info findings are context, never a reason to drop a record.
FLOOR = "low"


def threshold_rank(fail_on: str | None) -> int | None:
    """The lowest severity rank that flags under `fail_on`; None when nothing flags (`never`)."""
    fail_on = fail_on or DEFAULT_FAIL_ON
    if fail_on == "never":
        return None
    if fail_on not in SEVERITY_RANK:
        raise ValueError(f"unknown threshold {fail_on!r}")
    return max(SEVERITY_RANK[fail_on], SEVERITY_RANK[FLOOR])


def flags(severity: str, fail_on: str | None) -> bool:
    """Whether one active finding of this severity flags its record under `fail_on`."""
    rank = threshold_rank(fail_on)
    return rank is not None and SEVERITY_RANK.get(severity, 0) >= rank


def any_flags(severities: Iterable[str], fail_on: str | None) -> bool:
    return any(flags(severity, fail_on) for severity in severities)


def run_threshold(con: duckdb.DuckDBPyConnection, run_id: str) -> str:
    """The threshold a run was counted with (`runs.fail_on`); the default for reports written before it
    was stored."""
    try:
        row = con.execute("SELECT fail_on FROM runs WHERE run_id = ?", [run_id]).fetchone()
    except duckdb.Error:  # a report of an older curator: no such column
        return DEFAULT_FAIL_ON
    return (row[0] if row and row[0] else None) or DEFAULT_FAIL_ON


def stamp_threshold(con: duckdb.DuckDBPyConnection, run_id: str, fail_on: str | None) -> None:
    """Store the threshold of a run, which the views `flagged_findings` and `flagged_records` read."""
    con.execute("UPDATE runs SET fail_on = ? WHERE run_id = ?", [fail_on or DEFAULT_FAIL_ON, run_id])


def flagged_count(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> int:
    """Flagged records of one run (or of every run in the file), from the `flagged_records` view."""
    if run_id is None:
        return con.execute("SELECT count(*) FROM flagged_records").fetchone()[0]
    return con.execute("SELECT count(*) FROM flagged_records WHERE run_id = ?", [run_id]).fetchone()[0]


def parse_failure_count(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> int:
    """Snippets that at least one engine could not parse: one per snippet, however many engines failed."""
    if run_id is None:
        return con.execute("SELECT count(*) FROM unparsed_snippets").fetchone()[0]
    return con.execute("SELECT count(*) FROM unparsed_snippets WHERE run_id = ?", [run_id]).fetchone()[0]


def restamp_report(db: str, run_id: str, fail_on: str | None) -> int:
    """Re-count a finished report under another threshold (a cached run reused with a new --fail-on):
    store the threshold and return the flagged records."""
    from curator.store import apply_schema

    con = duckdb.connect(str(db))
    try:
        apply_schema(con)  # a report of an older curator gains the column and the views
        stamp_threshold(con, run_id, fail_on)
        return flagged_count(con, run_id)
    finally:
        con.close()
