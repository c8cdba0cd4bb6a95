"""The terminal summary of a report for `curator report`: rules, CWEs, severities, sources and extra tables."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from curator.report.figures import ReportFigures

SEVERITY_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, (list, dict)):
        return escape(json.dumps(value, default=str))
    return escape(str(value))


def _table(title: str, columns: list[str], rows: list[list[Any]], *, numeric: set[str] = frozenset()) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", header_style="bold", show_edge=False)
    for column in columns:
        table.add_column(column, justify="right" if column in numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    return table


def print_summary(figures: ReportFigures, console: Console, *, top: int = 20) -> None:
    for run in figures.runs[-3:]:
        seconds = f"{run['seconds']:.2f} s" if run["seconds"] is not None else "unfinished"
        console.print(f"[dim]run {escape(run['run_id'])} · {run['started_at']:%Y-%m-%d %H:%M} UTC · curator "
                      f"{escape(run['curator_version'] or '')} · rules {escape(run['rules_version'] or '')} · "
                      f"engines {escape(', '.join(run['engines'] or []))} · {seconds}[/]", soft_wrap=True)
    console.print(
        f"[bold]{figures.records:,}[/] records ({figures.records_error:,} unreadable) · "
        f"[bold]{figures.snippets:,}[/] snippets ({figures.parse_errors:,} did not parse) · "
        f"[bold]{figures.findings:,}[/] findings ({figures.suppressed:,} suppressed) · "
        f"[bold]{figures.flagged:,}[/] records flagged ({figures.flagged_share:.1%})\n", soft_wrap=True)

    if figures.per_severity:
        table = _table("Severities", ["severity", "findings", "records"], [], numeric={"findings", "records"})
        for row in figures.per_severity:
            style = SEVERITY_STYLE.get(row["severity"], "")
            table.add_row(f"[{style}]{row['severity']}[/]", f"{row['findings']:,}", f"{row['records']:,}")
        console.print(table, "")
    if figures.per_rule:
        rows = [[r["rule_id"], r["cwe"], r["severity"], r["findings"], r["records"]] for r in figures.per_rule[:top]]
        console.print(_table("Rules", ["rule", "CWE", "severity", "findings", "records"], rows,
                             numeric={"findings", "records"}))
        if len(figures.per_rule) > top:
            console.print(f"[dim]… {len(figures.per_rule) - top} more rules (curator query: findings_per_rule)[/]")
        console.print()
    if figures.per_cwe:
        rows = [[r["cwe"] or "-", r["findings"], r["records"], r["rules"]] for r in figures.per_cwe[:top]]
        console.print(_table("CWEs", ["CWE", "findings", "records", "rules"], rows,
                             numeric={"findings", "records", "rules"}), "")
    if figures.per_source:
        rows = [[r["source"], r["records"], r["errors"], r["flagged"], f"{(r['flagged_share'] or 0):.1%}"]
                for r in figures.per_source[:top]]
        console.print(_table("Sources", ["source", "records", "unreadable", "flagged", "flagged share"], rows,
                             numeric={"records", "unreadable", "flagged", "flagged share"}), "")
    for extra in figures.optional:
        console.print(_table(extra.name.replace("_", " ").capitalize(), extra.columns,
                             [list(row) for row in extra.rows]), "")
    if figures.misaligned:
        rows = []
        for s in figures.misaligned:
            interval = f"[{s.low:.1%}, {s.high:.1%}]" if s.low is not None and s.high is not None else ""
            rows.append([s.slice, f"{s.rate:.1%}", interval, "" if s.n is None else s.n])
        console.print(_table("Misaligned rate per slice", ["slice", "rate", "interval", "n"], rows,
                             numeric={"rate", "n"}), "")
    if figures.errors:
        console.print(f"[bold]Unreadable records ({figures.records_error:,})[/]")
        for row in figures.errors[:10]:
            text = row["error"] or f"{row['source']}:{row['line']}: unreadable record"
            console.print(f"  [red]error[/] {escape(text)}")
        if figures.records_error > 10:
            console.print(f"  [dim]… {figures.records_error - 10:,} more (curator query: records WHERE status <> 'ok')[/]")
