"""`curator report`: summarize a finished report in the terminal, or write it as one HTML page."""

from __future__ import annotations

from pathlib import Path

import click

from curator.outputs import Output, atomic_text, guard_outputs


@click.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB report to summarize.")
@click.option("--html", "html_out", type=click.Path(dir_okay=False),
              help="Write a self-contained HTML report (charts, worst records) to this file.")
@click.option("--top", default=20, show_default=True, type=click.IntRange(1, 1000),
              help="Rows per table in the terminal summary.")
@click.option("--worst", default=25, show_default=True, type=click.IntRange(0, 1000),
              help="Records in the HTML table of worst records.")
@click.option("--title", default="sft-curator report", help="Title of the HTML page.")
@click.option("--force", is_flag=True, help="Replace an existing --html file that is not an sft-curator HTML report.")
def report(db: str, html_out: str | None, top: int, worst: int, title: str, force: bool) -> None:
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

    if html_out:
        guard_outputs([Output(html_out, "html", "--html")], [db], force=force)
    con = open_report(db)
    try:
        figures = collect(con, worst=worst if html_out else 0)
    finally:
        con.close()
    console = Console(highlight=False)
    if html_out:
        from curator.report.html import render_html

        target = Path(html_out)
        with atomic_text(target) as out:
            out.write(render_html(figures, title=title))
        console.print(f"wrote {target} ({target.stat().st_size / 1024:,.0f} KiB)")
        return
    print_summary(figures, console, top=top)
