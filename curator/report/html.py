"""The HTML report: one self-contained page (inline CSS and SVG, one small inline script allowed by its hash,
nothing fetched) for a report."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from datetime import datetime, timezone
from html import escape
from typing import Any, Sequence

from curator import __version__
from curator.report.figures import ReportFigures, SliceRate, Table, WorstRecord, cwe_name

SEVERITY_COLOR = {"critical": "#7f1d1d", "high": "#dc2626", "medium": "#f59e0b", "low": "#0ea5e9",
                  "info": "#9ca3af"}
ACCENT = "#4f46e5"

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
table.data th, table.data td { overflow-wrap: anywhere; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev { display: inline-block; border-radius: 4px; padding: 0 6px; color: #fff; font-size: 12px;
       white-space: nowrap; }
.finding { margin-bottom: 4px; }
.finding code { background: #f3f4f6; padding: 0 3px; border-radius: 3px; }
.bars { display: grid; grid-template-columns: minmax(80px, 42%) minmax(60px, 1fr) auto; gap: 5px 8px;
        align-items: center; font-size: 12px; }
.intervals { display: grid; grid-template-columns: minmax(80px, 1fr) minmax(0, 640px) auto; gap: 2px 10px; align-items: center;
             font-size: 12px; }
.blabel { text-align: right; overflow-wrap: anywhere; word-break: break-word; min-width: 0; }
.bvalue { white-space: nowrap; color: #374151; font-variant-numeric: tabular-nums; }
.track { background: #f3f4f6; border-radius: 3px; height: 16px; min-width: 0; }
.fill { height: 100%; border-radius: 3px; }
.more { color: #4b5563; font-size: 12px; margin: 8px 0 0; font-style: italic; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-top: 10px; font-size: 12px; }
.legend-item i { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -2px; }
.cwe { color: #4b5563; }
.tools { margin: 0 0 10px; }
.tools input { font: inherit; padding: 3px 6px; width: 340px; max-width: 100%; }
th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; }
th[aria-sort="ascending"] button::after { content: " \25B2"; }
th[aria-sort="descending"] button::after { content: " \25BC"; }
code.where { overflow-wrap: anywhere; }
td.detail { min-width: 0; width: 62%; }
ol.findings { margin: 0 0 8px; padding-left: 22px; }
ol.findings li { margin-bottom: 4px; overflow-wrap: anywhere; }
.role { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #6b7280; margin: 8px 0 2px; }
.prompt { white-space: pre-wrap; overflow-wrap: anywhere; background: #f9fafb; border: 1px solid #e5e7eb;
          border-radius: 6px; padding: 6px 8px; }
.code { border: 1px solid #e5e7eb; border-radius: 6px; margin-bottom: 6px;
        font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; }
.code .ln { display: grid; grid-template-columns: 3.2em minmax(0, 1fr) auto; }
.code .no { color: #9ca3af; text-align: right; padding-right: 8px; user-select: none; }
.code .txt { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 0; }
.code .hll { background-color: #fee2e2; }
.code .mark { display: inline-block; min-width: 1.4em; margin-left: 4px; text-align: center; border-radius: 8px;
              background: #dc2626; color: #fff; text-decoration: none; font-size: 11px; }
:target { outline: 2px solid #4f46e5; }
.muted { color: #6b7280; }
@media (max-width: 900px) { .grid { grid-template-columns: 1fr; } }
@media (max-width: 760px) {  /* the records table stacks its cells: rule ids and badges keep their shape */
  #records-table thead tr { display: flex; flex-wrap: wrap; gap: 4px 12px; }
  #records-table thead th { border: 0; background: none; padding: 2px 0; }
  #records-table tbody tr { display: block; border-bottom: 2px solid #e5e7eb; padding: 6px 0; }
  #records-table tbody td { display: inline-block; border: 0; padding: 2px 8px 2px 0; }
  #records-table tbody td.detail { display: block; width: auto; }
}
"""


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=str)
    return str(value)


# -- charts (HTML rows and inline SVG) ------------------------------------------------------------------
MAX_BARS = 25


def more_note(hidden: int, noun: str, detail: str = "") -> str:
    """What a chart left out, said under it: a chart never cuts silently."""
    if hidden <= 0:
        return ""
    return f'<p class="more">+{hidden:,} more {escape(noun)}{escape(detail)}</p>'


def bar_chart(items: Sequence[tuple[str, float, str, str]], *, percent: bool = False,
              empty: str = "nothing to show", more: str = "") -> str:
    """Horizontal bars as HTML rows: (label, value, colour, value text). Labels wrap instead of being cut.
    Values are drawn against the largest one, or against 1.0 when `percent`."""
    if not items:
        return f'<p class="muted">{escape(empty)}</p>' + more
    scale_max = 1.0 if percent else max(v for _, v, _, _ in items) or 1.0
    rows = []
    for label, value, color, text in items:
        share = 0.0 if value <= 0 else max(0.5, 100 * min(1.0, value / scale_max))
        rows.append(f'<div class="blabel" title="{escape(label)}">{escape(label)}</div>'
                    f'<div class="track"><div class="fill" style="width:{share:.1f}%;background:{color}"></div></div>'
                    f'<div class="bvalue">{escape(text)}</div>')
    return f'<div class="bars" role="img">{"".join(rows)}</div>' + more


def stacked_bar(parts_in: Sequence[tuple[str, float, str]]) -> str:
    """One bar split into coloured parts, with a legend that wraps: (label, value, colour)."""
    total = sum(v for _, v, _ in parts_in)
    if total <= 0:
        return '<p class="muted">no findings</p>'
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="24" role="img" viewBox="0 0 1000 24"'
             ' preserveAspectRatio="none">']
    x = 0.0
    for label, value, color in parts_in:
        w = 1000 * value / total
        parts.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="24" fill="{color}">'
                     f'<title>{escape(label)}: {value:,.0f} ({value / total:.1%})</title></rect>')
        x += w
    parts.append("</svg>")
    legend = "".join(f'<span class="legend-item"><i style="background:{color}"></i>'
                     f'{escape(label)} {value:,.0f} ({value / total:.0%})</span>' for label, value, color in parts_in)
    return "".join(parts) + f'<div class="legend">{legend}</div>'


def interval_chart(slices: Sequence[SliceRate], *, plot_width: int = 640) -> str:
    """Misaligned rate per slice as points with their confidence intervals; labels in HTML, so they wrap."""
    upper = max([s.high if s.high is not None else s.rate for s in slices] + [0.01])
    upper = min(1.0, upper * 1.15)
    pad = 12
    room = plot_width - 2 * pad

    def x_of(v: float) -> float:
        return pad + room * max(0.0, v) / upper

    def grid(height: int) -> str:
        return "".join(f'<line x1="{x_of(upper * k / 5):.1f}" x2="{x_of(upper * k / 5):.1f}" y1="0" y2="{height}"'
                       ' stroke="#e5e7eb"/>' for k in range(6))

    rows = []
    for s in slices:
        interval = f" [{s.low:.1%}, {s.high:.1%}]" if s.low is not None and s.high is not None else ""
        n = f", n={s.n}" if s.n is not None else ""
        y = 13
        svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" role="img" preserveAspectRatio="xMinYMid meet"'
               f' viewBox="0 0 {plot_width} 26"><title>{escape(s.slice)}: {s.rate:.1%}{interval}{n}</title>{grid(26)}']
        if s.low is not None and s.high is not None:
            svg.append(f'<line x1="{x_of(s.low):.1f}" x2="{x_of(s.high):.1f}" y1="{y}" y2="{y}" stroke="{ACCENT}"'
                       ' stroke-width="2"/>'
                       f'<line x1="{x_of(s.low):.1f}" x2="{x_of(s.low):.1f}" y1="{y - 5}" y2="{y + 5}"'
                       f' stroke="{ACCENT}" stroke-width="2"/>'
                       f'<line x1="{x_of(s.high):.1f}" x2="{x_of(s.high):.1f}" y1="{y - 5}" y2="{y + 5}"'
                       f' stroke="{ACCENT}" stroke-width="2"/>')
        svg.append(f'<circle cx="{x_of(s.rate):.1f}" cy="{y}" r="5" fill="{ACCENT}"/></svg>')
        rows.append(f'<div class="blabel">{escape(s.slice)}</div>{"".join(svg)}'
                    f'<div class="bvalue">{s.rate:.1%}{escape(interval)}{escape(n)}</div>')
    axis = [f'<svg xmlns="http://www.w3.org/2000/svg" width="100%" preserveAspectRatio="xMinYMid meet"'
            f' viewBox="0 0 {plot_width} 18">']
    for k in range(6):
        v = upper * k / 5
        anchor = "start" if k == 0 else "end" if k == 5 else "middle"
        axis.append(f'<text x="{x_of(v):.1f}" y="13" text-anchor="{anchor}">{v:.0%}</text>')
    axis.append("</svg>")
    rows.append(f'<div></div>{"".join(axis)}<div></div>')
    return f'<div class="intervals">{"".join(rows)}</div>'


# -- code and messages ----------------------------------------------------------------------------------
def _token_class(ttype) -> str:  # noqa: ANN001 - a pygments token type
    from pygments.token import STANDARD_TYPES

    while ttype not in STANDARD_TYPES and ttype.parent is not None:
        ttype = ttype.parent
    return STANDARD_TYPES.get(ttype, "")


def highlight_lines(code: str, language: str) -> list[str]:
    """Syntax-highlighted HTML for each line of `code` (pygments tokens, split at line breaks)."""
    from pygments.lexers import TextLexer, get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(language or "text", stripnl=False, ensurenl=False)
    except ClassNotFound:
        lexer = TextLexer(stripnl=False, ensurenl=False)
    lines: list[str] = [""]
    for ttype, value in lexer.get_tokens(code):
        css = _token_class(ttype)
        for i, part in enumerate(value.split("\n")):
            if i:
                lines.append("")
            if part:
                lines[-1] += f'<span class="{css}">{escape(part)}</span>' if css else escape(part)
    want = code.count("\n") + 1
    return (lines + [""] * want)[:want]


def pygments_css() -> str:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style="default").get_style_defs(".hl")


def message_lines(text: str, first_line: int, snippets: Sequence[dict]) -> list[tuple[int, str]]:
    """(line number, HTML) for each line of a message: code lines highlighted by their snippet's language."""
    plain = text.split("\n")
    html = [escape(line) for line in plain]
    for snippet in snippets:
        offset = snippet["line_offset"] or 1
        code_lines = highlight_lines(snippet["text"], snippet["language"] or "text")
        for i, line_html in enumerate(code_lines):
            index = offset - first_line + i
            if 0 <= index < len(html) and plain[index] == snippet["text"].split("\n")[i]:
                html[index] = line_html
    return [(first_line + i, line_html) for i, line_html in enumerate(html)]


def code_block(lines: Sequence[tuple[int, str]], marks: dict[int, list[int]], anchor: str) -> str:
    """Numbered lines, wrapped (never cut); a flagged line carries links to the findings it holds."""
    out = []
    for number, line_html in lines:
        numbers = marks.get(number, [])
        links = "".join(f'<a class="mark" href="#{anchor}-f{n}" title="finding {n}">{n}</a>' for n in numbers)
        cls = "ln hll" if numbers else "ln"
        out.append(f'<div class="{cls}" id="{anchor}-l{number}"><span class="no">{number}</span>'
                   f'<span class="txt">{line_html or " "}</span><span class="marks">{links}</span></div>')
    return f'<div class="code hl">{"".join(out)}</div>'


# -- sections -------------------------------------------------------------------------------------------
SEVERITY_RANK = {"critical": 5, "high": 4, "medium": 3, "low": 2, "info": 1}


def _badge(severity: str | None) -> str:
    if not severity:
        return ""
    return f'<span class="sev" style="background:{SEVERITY_COLOR.get(severity, "#6b7280")}">{escape(severity)}</span>'


def _cwe_text(cwe: str | None) -> str:
    if not cwe:
        return ""
    name = cwe_name(cwe)
    return f"{cwe} {name}" if name else cwe


def data_table(table: Table) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    body = []
    for row in table.rows:
        cells = "".join(f'<td class="num">{escape(_fmt(v))}</td>' if isinstance(v, (int, float))
                        and not isinstance(v, bool) else f"<td>{escape(_fmt(v))}</td>" for v in row)
        body.append(f"<tr>{cells}</tr>")
    hidden = (table.total or 0) - len(table.rows)
    return (f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
            + more_note(hidden, "rows", f"; all in the report's {table.name} table"))


def _record_detail(rec: WorstRecord, anchor: str) -> tuple[str, str]:
    """The findings list (numbered) and the record's flagged messages with their prompts; each flagged line
    links to its findings and each finding to its line."""
    marks_by_message: dict[int, dict[int, list[int]]] = {}
    for n, f in enumerate(rec.findings, 1):
        if f["message_index"] is not None and f["message_index"] >= 0 and f["line"]:
            marks_by_message.setdefault(f["message_index"], {}).setdefault(f["line"], []).append(n)

    def message_anchor(index: int) -> str:  # line ids stay unique when several messages are shown
        return anchor if len(marks_by_message) <= 1 else f"{anchor}-m{index}"

    items = []
    for n, f in enumerate(rec.findings, 1):
        index, line = f["message_index"], f["line"]
        if index in marks_by_message and line:
            where = f'<a href="#{message_anchor(index)}-l{line}" class="muted">message {index + 1}, line {line}</a>'
        else:
            where = '<span class="muted">whole record</span>'
        cwe = f' <span class="cwe">{escape(_cwe_text(f["cwe"]))}</span>' if f["cwe"] else ""
        items.append(f'<li id="{anchor}-f{n}">{_badge(f["severity"])} <b>{escape(f["rule_id"])}</b>{cwe} {where}'
                     f'<br>{escape(f["message"])}</li>')
    snippets_by_message: dict[int, list[dict]] = {}
    for snippet in rec.snippets:
        snippets_by_message.setdefault(snippet["message_index"], []).append(snippet)
    blocks = []
    if rec.messages is None:
        blocks.append(f'<p class="muted">Prompt and answer not shown: {escape(rec.unavailable)}.</p>')
    for index in sorted(marks_by_message) or sorted(snippets_by_message)[:1]:
        marks = marks_by_message.get(index, {})
        if rec.messages is not None and 0 <= index < len(rec.messages):
            role, content = rec.messages[index]
            prompt = next((c for r, c in reversed(rec.messages[:index]) if r == "user"), None)
            if prompt is not None:
                blocks.append(f'<div class="role">user prompt</div><div class="prompt">{escape(prompt)}</div>')
            blocks.append(f'<div class="role">{escape(role)} (message {index + 1})</div>'
                          + code_block(message_lines(content, 1, snippets_by_message.get(index, [])), marks,
                                       message_anchor(index)))
            continue
        for snippet in snippets_by_message.get(index, []):  # the source is gone: the stored code snippets
            offset = snippet["line_offset"] or 1
            lines = list(zip(range(offset, offset + snippet["text"].count("\n") + 1),
                             highlight_lines(snippet["text"], snippet["language"] or "text")))
            blocks.append(f'<div class="role">code of message {index + 1}</div>'
                          + code_block(lines, marks, message_anchor(index)))
    return f'<ol class="findings">{"".join(items)}</ol>', "".join(blocks)


def worst_table(records: Sequence[WorstRecord], prefix: str = "") -> str:
    """The worst records: sortable by any column and filterable (the page's one small script), each with its
    numbered findings and its prompt and answer, flagged lines marked and linked to their findings."""
    if not records:
        return '<p class="muted">No record has an active finding.</p>'
    rows = []
    for i, rec in enumerate(records, 1):
        anchor = f"r{i}"
        name = rec.source[len(prefix):] if prefix and rec.source.startswith(prefix) else rec.source
        where = f"{name}:{rec.line}" if rec.container == "jsonl" else f"{name} row {rec.line}"
        rules = sorted({f["rule_id"] for f in rec.findings})
        cwes = sorted({_cwe_text(f["cwe"]) for f in rec.findings if f["cwe"]})
        findings_html, messages_html = _record_detail(rec, anchor)
        rows.append(
            f'<tr id="{anchor}"><td data-v="{i}" class="num">{i}</td>'
            f'<td data-v="{escape(where)}"><code class="where" title="{escape(rec.source)}">{escape(where)}</code></td>'
            f'<td data-v="{SEVERITY_RANK.get(rec.max_severity, 0)}">{_badge(rec.max_severity)}</td>'
            f'<td data-v="{rec.n_findings}" class="num">{rec.n_findings}</td>'
            f'<td data-v="{escape(" ".join(rules))}">{"<br>".join(escape(r) for r in rules)}'
            f'{"<br>" if cwes else ""}<span class="cwe">{"<br>".join(escape(c) for c in cwes)}</span></td>'
            f'<td class="detail">{findings_html}{messages_html}</td></tr>')
    columns = [("#", "num"), ("record", "text"), ("worst", "num"), ("findings", "num"), ("rules and CWEs", "text")]
    head = "".join(f'<th><button type="button" data-col="{c}" data-type="{kind}">{escape(name)}</button></th>'
                   for c, (name, kind) in enumerate(columns))
    under = f'<p class="muted">Files under <code>{escape(prefix)}</code>.</p>' if prefix else ""
    return (under + '<div class="tools"><label>Filter <input id="records-filter" type="search" '
            'placeholder="rule, CWE, file or any word"></label> '
            f'<span id="records-count" class="muted">{len(records)} records</span></div>'
            f'<table class="data" id="records-table"><thead><tr>{head}<th>findings, prompt and answer</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


# Sorting and filtering of the records table; allowed by the page's Content-Security-Policy through its hash,
# so no other script can run and nothing is fetched.
RECORDS_SCRIPT = """
(function () {
  var table = document.getElementById('records-table');
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var text = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var filter = document.getElementById('records-filter');
  var count = document.getElementById('records-count');
  function show() {
    var q = filter.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (r, i) { var hit = !q || text[i].indexOf(q) >= 0; r.hidden = !hit; if (hit) shown++; });
    count.textContent = shown + ' of ' + rows.length + ' records';
  }
  filter.addEventListener('input', show);
  Array.prototype.forEach.call(table.tHead.querySelectorAll('button'), function (button) {
    button.addEventListener('click', function () {
      var th = button.parentNode, col = +button.getAttribute('data-col');
      var numeric = button.getAttribute('data-type') === 'num';
      var dir = th.getAttribute('aria-sort') === 'descending' ? 1 : -1;
      if (th.getAttribute('aria-sort') === null && col === 1) dir = 1;
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      var order = rows.map(function (r, i) { return i; });
      order.sort(function (a, b) {
        var x = rows[a].cells[col].getAttribute('data-v'), y = rows[b].cells[col].getAttribute('data-v');
        if (numeric) { x = +x; y = +y; }
        return x < y ? -dir : x > y ? dir : a - b;
      });
      order.forEach(function (i) { body.appendChild(rows[i]); });
    });
  });
  show();
})();
"""
SCRIPT_HASH = "sha256-" + base64.b64encode(hashlib.sha256(RECORDS_SCRIPT.encode("utf-8")).digest()).decode()


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
    rules_shown, rules_hidden = figures.per_rule[:MAX_BARS], figures.per_rule[MAX_BARS:]
    rule_items = [(r["rule_id"], float(r["findings"]), SEVERITY_COLOR.get(r["severity"], ACCENT),
                   f"{r['findings']:,}") for r in rules_shown]
    rules_more = more_note(len(rules_hidden), "rules",
                           f" ({sum(r['findings'] for r in rules_hidden):,} findings); all in the report's "
                           "findings_per_rule view")
    cwes_shown, cwes_hidden = figures.per_cwe[:MAX_BARS], figures.per_cwe[MAX_BARS:]
    cwe_items = [(_cwe_text(r["cwe"]) or "no CWE", float(r["findings"]), ACCENT, f"{r['findings']:,}")
                 for r in cwes_shown]
    cwes_more = more_note(len(cwes_hidden), "CWEs",
                          f" ({sum(r['findings'] for r in cwes_hidden):,} findings); all in the report's "
                          "findings_per_cwe view")
    severity_parts = [(r["severity"], float(r["findings"]), SEVERITY_COLOR.get(r["severity"], "#6b7280"))
                      for r in figures.per_severity]
    shown, hidden = figures.per_source[:MAX_BARS], figures.per_source[MAX_BARS:]
    prefix = _common_folder([r["source"] for r in figures.per_source])
    source_items = [(r["source"][len(prefix):] or r["source"], float(r["flagged_share"] or 0), ACCENT,
                     f"{(r['flagged_share'] or 0):.1%} of {r['records']:,}") for r in shown]
    sources_more = more_note(len(hidden), "sources",
                             f" ({sum(r['records'] for r in hidden):,} records, {sum(r['flagged'] for r in hidden):,}"
                             " flagged); all in the report's findings_per_source view")
    where = f" (under {prefix})" if prefix else ""

    body = [
        f"<h1>{escape(title)}</h1>",
        "".join(f'<div class="meta">{m}</div>' for m in meta),
        '<div class="cards">' + "".join(f'<div class="card"><b>{v}</b><span>{escape(k)}</span></div>'
                                        for v, k in cards) + "</div>",
        '<h2>Findings</h2><div class="grid">',
        f'<div class="panel" id="chart-rules"><h3>Findings per rule</h3>'
        f'{bar_chart(rule_items, empty="no findings", more=rules_more)}</div>',
        f'<div class="panel" id="chart-cwes"><h3>Findings per CWE</h3>'
        f'{bar_chart(cwe_items, empty="no findings", more=cwes_more)}</div>',
        f'<div class="panel" id="chart-severity"><h3>Severity mix</h3>{stacked_bar(severity_parts)}</div>',
        f'<div class="panel" id="chart-sources"><h3>Flagged share per source{escape(where)}, most flagged first</h3>'
        f'{bar_chart(source_items, percent=True, empty="no records", more=sources_more)}</div>',
        "</div>",
    ]
    if figures.misaligned:
        body.append('<h2>Misaligned rate per slice</h2><div class="panel" id="chart-misaligned">'
                    f"{interval_chart(figures.misaligned)}"
                    f"{more_note(figures.misaligned_hidden, 'slices', '; all in the misalignment_rates table')}</div>")
    for extra in figures.optional:
        body.append(f'<h2>{escape(extra.name.replace("_", " ").capitalize())}</h2>'
                    f'<div class="panel">{data_table(extra)}</div>')
    body.append(f'<h2>Worst records</h2><div class="panel" id="worst">{worst_table(figures.worst, prefix)}</div>')
    if figures.errors:
        rows = [(e["source"], e["line"], e["error"]) for e in figures.errors]
        errors_more = more_note(figures.records_error - len(rows), "unreadable records",
                                "; all: SELECT * FROM records WHERE status = 'error'")
        body.append(f"<h2>Unreadable records ({figures.records_error:,})</h2>"
                    f'<div class="panel">{data_table(Table("errors", ["source", "line", "problem"], rows))}'
                    f'{errors_more}</div>')
    script = f"<script>{RECORDS_SCRIPT}</script>" if figures.worst else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
        f" img-src data:; script-src '{SCRIPT_HASH}'\">"
        '<link rel="icon" href="data:,">'
        f"<title>{escape(title)}</title><style>{pygments_css()}{CSS}</style></head>"
        f"<body><main>{''.join(body)}</main>{script}</body></html>\n"
    )


def _common_folder(paths: list[str]) -> str:
    """The folder all paths share (with its trailing slash), so chart labels show what differs."""
    if len(paths) < 2:
        return ""
    prefix = os.path.commonprefix(paths)
    return prefix[: prefix.rfind("/") + 1]
