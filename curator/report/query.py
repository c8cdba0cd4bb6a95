"""`curator query`: run one SQL statement against a report, read-only, and print the rows."""

from __future__ import annotations

import csv
import datetime
import decimal
import json
import sys
from typing import Any, TextIO

import click
import duckdb

from curator.errors import UsageError


def _jsonable(value: Any) -> Any:
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(_jsonable(value), ensure_ascii=False)
    return str(value)


def run_query(db: str, sql: str) -> tuple[list[str], list[tuple]]:
    from curator.store import open_report

    if not sql.strip().strip(";").strip():
        raise UsageError("empty SQL: give a query, e.g. \"SELECT * FROM findings_per_rule\"")
    con = open_report(db, read_only=True)
    try:
        cursor = con.execute(sql)
        if cursor is None or cursor.description is None:
            return [], []
        columns = [d[0] for d in cursor.description]
        return columns, cursor.fetchall()
    finally:
        con.close()


def write_rows(columns: list[str], rows: list[tuple], fmt: str, out: TextIO, *, max_width: int | None = None) -> None:
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(v) for v in row] for row in rows)
    elif fmt == "json":
        json.dump([{c: _jsonable(v) for c, v in zip(columns, row)} for row in rows], out,
                  indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_edge=False, header_style="bold")
        for column in columns:
            table.add_column(column, overflow="fold", max_width=max_width)
        for row in rows:
            table.add_row(*(_cell(v) for v in row), end_section=False)
        console = Console(file=out, highlight=False, soft_wrap=False, width=None if out.isatty() else 200)
        console.print(table)
        console.print(f"[dim]{len(rows)} row{'s' if len(rows) != 1 else ''}[/]")


@click.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB report to query.")
@click.option("--output", "-o", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.argument("sql")
def query(db: str, fmt: str, sql: str) -> None:
    """Run one SQL statement against a report (read-only) and print the rows.

    \b
    Examples:
      curator query --db report.duckdb "SELECT * FROM findings_per_rule"
      curator query --db report.duckdb -o csv "SELECT source, flagged_share FROM findings_per_source"
      curator query --db report.duckdb -o json \\
        "SELECT r.source, r.line, f.rule_id FROM active_findings f JOIN records r USING (run_id, record_id)"
    """
    try:
        columns, rows = run_query(db, sql)
    except duckdb.Error as exc:
        raise UsageError(f"query failed: {str(exc).strip()}") from None
    write_rows(columns, rows, fmt, sys.stdout)
