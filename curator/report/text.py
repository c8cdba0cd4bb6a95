"""Terminal output of a lint run: findings grouped per file with their code, then a summary table."""

from __future__ import annotations

from typing import TextIO

import duckdb
from rich.console import Console
from rich.markup import escape
from rich.table import Table

SEVERITY_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}


def render(con: duckdb.DuckDBPyConnection, run_id: str, out: TextIO, options: dict) -> None:
    console = Console(file=out, highlight=False, soft_wrap=True, force_terminal=options.get("color"))
    if not options.get("quiet"):
        _findings(console, con, run_id)
        _errors(console, con, run_id)
        _table(console, con)
    for line in options.get("analyzer_lines", []):
        console.print(escape(line))
    if options.get("summary_line"):
        console.print(escape(options["summary_line"]))


def _findings(console: Console, con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    rows = con.execute(
        "SELECT r.source, r.line, f.rule_id, f.cwe, f.severity, f.message, f.message_index, f.line, f.excerpt,"
        " f.engine FROM active_findings f JOIN records r ON r.record_id = f.record_id AND r.run_id = f.run_id"
        " WHERE f.run_id = ? ORDER BY r.source, r.line, f.message_index, f.line, f.rule_id", [run_id]).fetchall()
    current = None
    for source, rline, rule_id, cwe, severity, message, mindex, mline, excerpt, engine in rows:
        if source != current:
            current = source
            console.print(f"\n[bold underline]{escape(source)}[/]")
        style = SEVERITY_STYLE.get(severity, "")
        where = f"message {mindex + 1} line {mline}" if mindex >= 0 else "record"
        cwe_text = f" {cwe}" if cwe else ""
        console.print(f"  {escape(source)}:{rline}: [{style}]{severity}[/] [bold]{escape(rule_id)}[/]"
                      f"{cwe_text} ({where}, {escape(engine)})")
        console.print(f"    {escape(message)}")
        for code_line in (excerpt or "").splitlines()[:4]:
            console.print(f"    [dim]│[/] {escape(code_line)}")


def _errors(console: Console, con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    rows = con.execute("SELECT error FROM records WHERE run_id = ? AND status <> 'ok' ORDER BY source, line",
                       [run_id]).fetchall()
    if not rows:
        return
    console.print(f"\n[bold]Unreadable records ({len(rows)})[/]")
    for (error,) in rows[:50]:
        console.print(f"  [red]error[/] {escape(error or '')}")
    if len(rows) > 50:
        console.print(f"  … and {len(rows) - 50} more (query the records table for all of them)")


def _table(console: Console, con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute("SELECT rule_id, cwe, severity, findings, records FROM findings_per_rule").fetchall()
    if not rows:
        return
    table = Table(title="Findings per rule", title_justify="left")
    for name in ("rule", "CWE", "severity", "findings", "records"):
        table.add_column(name, justify="right" if name in ("findings", "records") else "left")
    for rule_id, cwe, severity, findings, records in rows:
        table.add_row(rule_id, cwe or "", f"[{SEVERITY_STYLE.get(severity, '')}]{severity}[/]",
                      str(findings), str(records))
    console.print()
    console.print(table)
