"""Read-only SQL against a report for `curator query`: refuse writes, run one statement, write its rows."""

from __future__ import annotations

import csv
import datetime
import decimal
import io
import json
import math
import re
from typing import Any, TextIO

import duckdb

from curator.errors import UsageError
from curator.interrupts import interruptible


def _jsonable(value: Any) -> Any:
    """A value json.dumps can write as strict JSON: no NaN/Infinity, no Python-only types."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value) if value.is_finite() else None
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    return str(value)  # UUID, ipaddress, and anything else DuckDB may hand back


def unique_columns(columns: list[str]) -> list[str]:
    """Column names made unique (`a`, `a_2`, ...) so JSON objects and CSV headers lose no column."""
    seen: set[str] = set()
    out = []
    for name in columns:
        candidate, n = name, 1
        while candidate in seen:
            n += 1
            candidate = f"{name}_{n}"
        seen.add(candidate)
        out.append(candidate)
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(_jsonable(value), ensure_ascii=False)
    return str(value)


# PRAGMAs that only read (anything else, e.g. enable_profiling or threads, changes state: refused).
READ_PRAGMAS = {"version", "table_info", "show", "show_tables", "show_tables_expanded", "database_list",
                "database_size", "storage_info", "functions", "platform", "user_agent", "metadata_info",
                "collations", "show_databases"}


def check_read_only(sql: str) -> None:
    """Refuse anything but one read statement (SELECT/WITH/SHOW/DESCRIBE/SUMMARIZE/EXPLAIN/read PRAGMA)."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise UsageError(f"query failed: {str(exc).strip().splitlines()[0]}") from None
    if len(statements) != 1:
        raise UsageError(f"give exactly one SQL statement, not {len(statements)}; run them one at a time")
    statement = statements[0]
    kind = statement.type
    if kind == duckdb.StatementType.EXPLAIN:
        # EXPLAIN ANALYZE runs its statement: only explain reads.
        inner = re.sub(r"(?is)^\s*explain\s+(analy[sz]e\s+)?", "", statement.query)
        try:
            inner_statements = duckdb.extract_statements(inner)
        except duckdb.Error:
            inner_statements = []
        if len(inner_statements) == 1 and inner_statements[0].type == duckdb.StatementType.SELECT:
            return
    elif kind == duckdb.StatementType.SELECT:
        return
    elif kind == duckdb.StatementType.PRAGMA:
        match = re.match(r"(?is)^\s*pragma\s+(\w+)", statement.query)
        if match and match.group(1).lower() in READ_PRAGMAS:
            return
    name = str(kind).rsplit(".", 1)[-1]
    raise UsageError(f"curator query is read-only: a {name} statement is refused "
                     "(use SELECT, WITH, SHOW, DESCRIBE, SUMMARIZE, EXPLAIN or a read PRAGMA)")


def run_query(db: str, sql: str) -> tuple[list[str], list[tuple]]:
    from curator.store import open_report

    if not sql.strip().strip(";").strip():
        raise UsageError("empty SQL: give a query, e.g. \"SELECT * FROM findings_per_rule\"")
    check_read_only(sql)
    con = open_report(db, read_only=True)
    try:
        with interruptible(con):  # a long query stops on Ctrl-C
            cursor = con.execute(sql)
            if cursor is None or cursor.description is None:
                return [], []
            columns = [d[0] for d in cursor.description]
            return columns, cursor.fetchall()
    finally:
        con.close()


def write_rows(columns: list[str], rows: list[tuple], fmt: str, out: TextIO, *, max_width: int | None = None) -> None:
    columns = unique_columns(columns)
    if fmt == "csv":
        # Render everything first: an unconvertible value must not leave half a file on stdout.
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(v) for v in row] for row in rows)
        out.write(buffer.getvalue())
    elif fmt == "json":
        text = json.dumps([{c: _jsonable(v) for c, v in zip(columns, row)} for row in rows],
                          indent=2, ensure_ascii=False, allow_nan=False)
        out.write(text + "\n")
    else:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        table = Table(show_edge=False, header_style="bold")
        for column in columns:
            table.add_column(escape(column), overflow="fold", max_width=max_width)
        for row in rows:
            table.add_row(*(escape(_cell(v)) for v in row), end_section=False)
        console = Console(file=out, highlight=False, soft_wrap=False, width=None if out.isatty() else 200)
        console.print(table)
        console.print(f"[dim]{len(rows)} row{'s' if len(rows) != 1 else ''}[/]")
