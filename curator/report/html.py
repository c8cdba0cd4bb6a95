"""The HTML report: one self-contained page (inline CSS and SVG, no script, nothing fetched) for a report."""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from html import escape
from typing import Any, Sequence

from curator import __version__
from curator.report.figures import ReportFigures, SliceRate, Table, WorstRecord

SEVERITY_COLOR = {"critical": "#7f1d1d", "high": "#dc2626", "medium": "#f59e0b", "low": "#0ea5e9",
                  "info": "#9ca3af"}
ACCENT = "#4f46e5"
MAX_CODE_LINES = 60

CSS = """
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827;
       background: #f9fafb; margin: 0; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 64px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 10px; border-bottom: 1px solid #e5e7eb; padding-bottom: 4px; }
.meta { color: #6b7280; font-size: 12px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 18px 0; }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 10px 16px; min-width: 140px; }
.card b { display: block; font-size: 22px; }
.card span { color: #6b7280; font-size: 12px; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
.panel { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px 16px; overflow-x: auto; }
.panel h3 { font-size: 14px; margin: 0 0 8px; }
svg text { font: 12px system-ui, sans-serif; fill: #374151; }
table.data { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
table.data th, table.data td { border-bottom: 1px solid #e5e7eb; padding: 6px 8px; text-align: left;
                               vertical-align: top; }
table.data th { background: #f3f4f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev { display: inline-block; border-radius: 4px; padding: 0 6px; color: #fff; font-size: 12px; }
.finding { margin-bottom: 4px; }
.finding code { background: #f3f4f6; padding: 0 3px; border-radius: 3px; }
.code { max-width: 640px; overflow-x: auto; border: 1px solid #e5e7eb; border-radius: 6px; margin-bottom: 6px; }
.code pre { margin: 0; padding: 6px 8px; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; }
.code .hll { background-color: #fee2e2; display: block; }
.muted { color: #6b7280; }
@media (max-width: 900px) { .grid { grid-template-columns: 1fr; } }
"""


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=str)
    return str(value)


# -- charts (inline SVG) ------------------------------------------------------------------------------
def bar_chart(items: Sequence[tuple[str, float, str, str]], *, percent: bool = False, width: int = 520,
              label_width: int = 210, empty: str = "nothing to show") -> str:
    """Horizontal bars: (label, value, colour, value text). Values are drawn against the largest one,
    or against 1.0 when `percent`."""
    if not items:
        return f'<p class="muted">{escape(empty)}</p>'
    bar_h, gap, top = 18, 6, 4
    height = top + len(items) * (bar_h + gap)
    scale_max = 1.0 if percent else max(v for _, v, _, _ in items) or 1.0
    room = width - label_width - 110
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img"'
             f' viewBox="0 0 {width} {height}">']
    for i, (label, value, color, text) in enumerate(items):
        y = top + i * (bar_h + gap)
        shown = label if len(label) <= 32 else label[:31] + "…"
        length = max(1.0, room * value / scale_max) if value > 0 else 0
        parts.append(
            f'<g><title>{escape(label)}: {escape(text)}</title>'
            f'<text x="{label_width - 6}" y="{y + 13}" text-anchor="end">{escape(shown)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_h}" rx="3" fill="{color}"/>'
            f'<text x="{label_width + length + 6:.1f}" y="{y + 13}">{escape(text)}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def stacked_bar(parts_in: Sequence[tuple[str, float, str]], *, width: int = 520) -> str:
    """One bar split into coloured parts with a legend: (label, value, colour)."""
    total = sum(v for _, v, _ in parts_in)
    if total <= 0:
        return '<p class="muted">no findings</p>'
    height = 64
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img"'
             f' viewBox="0 0 {width} {height}">']
    x = 0.0
    for label, value, color in parts_in:
        w = width * value / total
        parts.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="24" fill="{color}">'
                     f'<title>{escape(label)}: {value:,.0f} ({value / total:.1%})</title></rect>')
        x += w
    lx = 0
    for label, value, color in parts_in:
        text = f"{label} {value:,.0f} ({value / total:.0%})"
        parts.append(f'<rect x="{lx}" y="38" width="12" height="12" fill="{color}"/>'
                     f'<text x="{lx + 16}" y="49">{escape(text)}</text>')
        lx += 22 + 7 * len(text)
    parts.append("</svg>")
    return "".join(parts)


def interval_chart(slices: Sequence[SliceRate], *, width: int = 1080, label_width: int = 240) -> str:
    """Misaligned rate per slice as points with their confidence intervals."""
    row_h, top, axis_h = 26, 8, 28
    height = top + len(slices) * row_h + axis_h
    upper = max([s.high if s.high is not None else s.rate for s in slices] + [0.01])
    upper = min(1.0, upper * 1.15)
    room = width - label_width - 40

    def x_of(v: float) -> float:
        return label_width + room * max(0.0, v) / upper

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img"'
             f' viewBox="0 0 {width} {height}">']
    axis_y = top + len(slices) * row_h
    for k in range(6):
        v = upper * k / 5
        parts.append(f'<line x1="{x_of(v):.1f}" x2="{x_of(v):.1f}" y1="{top}" y2="{axis_y}" stroke="#e5e7eb"/>'
                     f'<text x="{x_of(v):.1f}" y="{axis_y + 16}" text-anchor="middle">{v:.0%}</text>')
    for i, s in enumerate(slices):
        y = top + i * row_h + row_h / 2
        label = s.slice if len(s.slice) <= 36 else s.slice[:35] + "…"
        interval = f" [{s.low:.1%}, {s.high:.1%}]" if s.low is not None and s.high is not None else ""
        n = f", n={s.n}" if s.n is not None else ""
        parts.append(f'<g><title>{escape(s.slice)}: {s.rate:.1%}{interval}{n}</title>'
                     f'<text x="{label_width - 8}" y="{y + 4:.1f}" text-anchor="end">{escape(label)}</text>')
        if s.low is not None and s.high is not None:
            parts.append(f'<line x1="{x_of(s.low):.1f}" x2="{x_of(s.high):.1f}" y1="{y:.1f}" y2="{y:.1f}"'
                         f' stroke="{ACCENT}" stroke-width="2"/>'
                         f'<line x1="{x_of(s.low):.1f}" x2="{x_of(s.low):.1f}" y1="{y - 5:.1f}" y2="{y + 5:.1f}"'
                         f' stroke="{ACCENT}" stroke-width="2"/>'
                         f'<line x1="{x_of(s.high):.1f}" x2="{x_of(s.high):.1f}" y1="{y - 5:.1f}" y2="{y + 5:.1f}"'
                         f' stroke="{ACCENT}" stroke-width="2"/>')
        parts.append(f'<circle cx="{x_of(s.rate):.1f}" cy="{y:.1f}" r="5" fill="{ACCENT}"/></g>')
    parts.append("</svg>")
    return "".join(parts)


# -- code -----------------------------------------------------------------------------------------------
def highlight(code: str, language: str, first_line: int, flagged: set[int]) -> str:
    """Server-side highlighting with pygments; `flagged` are 1-based lines of `code` to mark."""
    from pygments import highlight as pyg_highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import TextLexer, get_lexer_by_name
    from pygments.util import ClassNotFound

    lines = code.splitlines()
    if len(lines) > MAX_CODE_LINES:
        code = "\n".join(lines[:MAX_CODE_LINES]) + f"\n… {len(lines) - MAX_CODE_LINES} more lines"
    try:
        lexer = get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        lexer = TextLexer(stripnl=False)
    formatter = HtmlFormatter(cssclass="hl", linenos="inline", linenostart=first_line,
                              hl_lines=sorted(n for n in flagged if 1 <= n <= MAX_CODE_LINES))
    return pyg_highlight(code, lexer, formatter)


def pygments_css() -> str:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style="default").get_style_defs(".hl")


# -- sections -------------------------------------------------------------------------------------------
def _badge(severity: str | None) -> str:
    if not severity:
        return ""
    return f'<span class="sev" style="background:{SEVERITY_COLOR.get(severity, "#6b7280")}">{escape(severity)}</span>'


def data_table(table: Table) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    body = []
    for row in table.rows:
        cells = "".join(f'<td class="num">{escape(_fmt(v))}</td>' if isinstance(v, (int, float))
                        and not isinstance(v, bool) else f"<td>{escape(_fmt(v))}</td>" for v in row)
        body.append(f"<tr>{cells}</tr>")
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def worst_table(records: Sequence[WorstRecord]) -> str:
    if not records:
        return '<p class="muted">No record has an active finding.</p>'
    rows = []
    for rec in records:
        where = f"{rec.source}:{rec.line}" if rec.container == "jsonl" else f"{rec.source} row {rec.line}"
        findings_html = []
        flagged_by_snippet: dict[str, set[int]] = {}
        for f in rec.findings:
            msg_where = f"message {f['message_index'] + 1}, line {f['line']}" if f["message_index"] >= 0 else "record"
            cwe = f" {escape(f['cwe'])}" if f["cwe"] else ""
            findings_html.append(f'<div class="finding">{_badge(f["severity"])} <b>{escape(f["rule_id"])}</b>{cwe}'
                                 f' <span class="muted">({msg_where})</span><br>{escape(f["message"])}</div>')
            if f["snippet_id"]:
                flagged_by_snippet.setdefault(f["snippet_id"], set()).add(f["line"])
        code_html = []
        for s in rec.snippets:
            lines = flagged_by_snippet.get(s["snippet_id"])
            if not lines:
                continue
            in_snippet = {line - s["line_offset"] + 1 for line in lines}
            code_html.append(f'<div class="code">{highlight(s["text"], s["language"], s["line_offset"], in_snippet)}</div>')
        if not code_html:
            excerpts = [f["excerpt"] for f in rec.findings if f["excerpt"]]
            if excerpts:
                code_html.append(f'<div class="code"><pre>{escape(chr(10).join(excerpts[:5]))}</pre></div>')
        rows.append(f"<tr><td><code>{escape(where)}</code></td><td>{_badge(rec.max_severity)}</td>"
                    f'<td class="num">{rec.n_findings}</td><td>{"".join(findings_html)}</td>'
                    f'<td>{"".join(code_html)}</td></tr>')
    return ('<table class="data"><thead><tr><th>record</th><th>worst</th><th>findings</th><th>what</th>'
            f'<th>code (message lines, flagged lines marked)</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def render_html(figures: ReportFigures, *, title: str = "sft-curator report") -> str:
    run = figures.runs[-1] if figures.runs else {}
    meta = [f"generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC by sft-curator {escape(__version__)}"]
    if run:
        meta.append(f"run {escape(run['run_id'])}, rules {escape(run['rules_version'] or '')}, "
                    f"engines {escape(', '.join(run['engines'] or []))}")
        meta.append("inputs " + escape(", ".join(run["inputs"] or [])))
    cards = [
        (f"{figures.records:,}", "records"),
        (f"{figures.flagged:,}", f"flagged records ({figures.flagged_share:.1%})"),
        (f"{figures.findings:,}", f"findings ({figures.suppressed:,} suppressed)"),
        (f"{figures.snippets:,}", f"code snippets ({figures.parse_errors:,} did not parse)"),
        (f"{figures.records_error:,}", "unreadable records"),
    ]
    rule_items = [(r["rule_id"], float(r["findings"]), SEVERITY_COLOR.get(r["severity"], ACCENT),
                   f"{r['findings']:,}") for r in figures.per_rule[:25]]
    cwe_items = [(r["cwe"] or "no CWE", float(r["findings"]), ACCENT, f"{r['findings']:,}")
                 for r in figures.per_cwe[:25]]
    severity_parts = [(r["severity"], float(r["findings"]), SEVERITY_COLOR.get(r["severity"], "#6b7280"))
                      for r in figures.per_severity]
    shown = figures.per_source[:25]
    prefix = _common_folder([r["source"] for r in shown])
    source_items = [(r["source"][len(prefix):] or r["source"], float(r["flagged_share"] or 0), ACCENT,
                     f"{(r['flagged_share'] or 0):.1%} of {r['records']:,}") for r in shown]

    body = [
        f"<h1>{escape(title)}</h1>",
        "".join(f'<div class="meta">{m}</div>' for m in meta),
        '<div class="cards">' + "".join(f'<div class="card"><b>{v}</b><span>{escape(k)}</span></div>'
                                        for v, k in cards) + "</div>",
        '<h2>Findings</h2><div class="grid">',
        f'<div class="panel" id="chart-rules"><h3>Findings per rule</h3>{bar_chart(rule_items, empty="no findings")}</div>',
        f'<div class="panel" id="chart-cwes"><h3>Findings per CWE</h3>{bar_chart(cwe_items, empty="no findings")}</div>',
        f'<div class="panel" id="chart-severity"><h3>Severity mix</h3>{stacked_bar(severity_parts)}</div>',
        f'<div class="panel" id="chart-sources"><h3>Flagged share per source</h3>'
        f'{bar_chart(source_items, percent=True, empty="no records")}</div>',
        "</div>",
    ]
    if figures.misaligned:
        body.append('<h2>Misaligned rate per slice</h2><div class="panel" id="chart-misaligned">'
                    f"{interval_chart(figures.misaligned)}</div>")
    for extra in figures.optional:
        body.append(f'<h2>{escape(extra.name.replace("_", " ").capitalize())}</h2>'
                    f'<div class="panel">{data_table(extra)}</div>')
    body.append(f'<h2>Worst records</h2><div class="panel" id="worst">{worst_table(figures.worst)}</div>')
    if figures.errors:
        rows = [(e["source"], e["line"], e["error"]) for e in figures.errors]
        body.append(f"<h2>Unreadable records ({figures.records_error:,})</h2>"
                    f'<div class="panel">{data_table(Table("errors", ["source", "line", "problem"], rows))}</div>')
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
        " img-src data:\">"
        '<link rel="icon" href="data:,">'
        f"<title>{escape(title)}</title><style>{pygments_css()}{CSS}</style></head>"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )


def _common_folder(paths: list[str]) -> str:
    """The folder all paths share (with its trailing slash), so chart labels show what differs."""
    if len(paths) < 2:
        return ""
    prefix = os.path.commonprefix(paths)
    return prefix[: prefix.rfind("/") + 1]
