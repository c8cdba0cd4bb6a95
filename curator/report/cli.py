"""`curator report`: summarize a finished report in the terminal, or write it as one HTML page."""

from __future__ import annotations

from pathlib import Path

import click

from curator.errors import UsageError


@click.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB report to summarize.")
@click.option("--html", "html_out", type=click.Path(dir_okay=False),
              help="Write a self-contained HTML report (charts, worst records) to this file.")
@click.option("--top", default=20, show_default=True, type=click.IntRange(1, 1000),
              help="Rows per table in the terminal summary.")
@click.option("--worst", default=25, show_default=True, type=click.IntRange(0, 1000),
              help="Records in the HTML table of worst records.")
@click.option("--title", default="sft-curator report", help="Title of the HTML page.")
def report(db: str, html_out: str | None, top: int, worst: int, title: str) -> None:
    """Summarize a report: rules, CWEs, severities, sources, flagged share and any extra statistics.

    \b
    Examples:
      curator report --db report.duckdb
      curator report --db report.duckdb --html report.html
    """
    from rich.console import Console

    from curator.report.figures import collect
    from curator.report.summary import print_summary
    from curator.store import open_report

    con = open_report(db)
    try:
        figures = collect(con, worst=worst if html_out else 0)
    finally:
        con.close()
    console = Console(highlight=False)
    if html_out:
        from curator.report.html import render_html

        target = Path(html_out)
        if not target.parent.is_dir():
            raise UsageError(f"{target}: folder {target.parent} does not exist")
        target.write_text(render_html(figures, title=title), encoding="utf-8")
        console.print(f"wrote {target} ({target.stat().st_size / 1024:,.0f} KiB)")
        return
    print_summary(figures, console, top=top)
