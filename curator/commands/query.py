"""`curator query`: run one SQL statement against a report, read-only, and print the rows."""

from __future__ import annotations

import sys

import click
import duckdb

from curator.errors import UsageError
from curator.report.query import run_query, write_rows


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
