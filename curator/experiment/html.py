"""`curator experiment report --html FILE`: one self-contained page (inline SVG and CSS, no script, nothing
fetched) with the slice table, per-question points with intervals, the dose-response curve, the judge's
agreement on labelled answers and the training loss curves."""

from __future__ import annotations

import html
import json

import duckdb

from curator.experiment.metrics import METRIC_TEXT

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f")
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def _pct(v) -> str:
    return "-" if v is None else f"{100 * v:.1f}%"


def _x(v: float, left: float, width: float) -> float:
    return left + max(0.0, min(1.0, v)) * width


def _axis(left: float, top: float, width: float, bottom: float, label: str) -> list[str]:
    out = [f'<line x1="{left}" y1="{bottom}" x2="{left + width}" y2="{bottom}" stroke="#444"/>']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        x = _x(tick, left, width)
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{bottom + 14}" text-anchor="middle" font-size="11">{int(tick * 100)}%</text>')
    out.append(f'<text x="{left + width / 2:.1f}" y="{bottom + 30}" text-anchor="middle" font-size="12">{_e(label)}</text>')
    return out


def _legend(names: list[str], x: float, y: float) -> list[str]:
    out = []
    for i, name in enumerate(names):
        color = PALETTE[i % len(PALETTE)]
        out.append(f'<circle cx="{x + 120 * i + 5}" cy="{y}" r="5" fill="{color}"/>'
                   f'<text x="{x + 120 * i + 14}" y="{y + 4}" font-size="12">{_e(name[:16])}</text>')
    return out


def per_question_svg(rows: list[tuple]) -> str:
    """rows: (slice, model, question_id, rate, ci_low, ci_high); one band per question, one point per slice."""
    slices = sorted({r[0] for r in rows}, key=lambda s: (s != "base", s))
    questions = sorted({(r[1], r[2]) for r in rows})
    band = 10 + 10 * len(slices)
    left, width, top = 230, 560, 30
    height = top + band * len(questions) + 50
    out = [f'<svg id="chart-questions" xmlns="http://www.w3.org/2000/svg" width="820" height="{height}"'
           f' role="img" aria-label="misaligned share per question and slice">']
    out += _legend(slices, left, 14)
    bottom = top + band * len(questions)
    out += _axis(left, top, width, bottom, "misaligned share among coherent scored answers, 95% interval")
    index = {q: i for i, q in enumerate(questions)}
    for slice_name, model, qid, rate, lo, hi in rows:
        if rate is None:
            continue
        k = slices.index(slice_name)
        y = top + band * index[(model, qid)] + 10 + 10 * k
        color = PALETTE[k % len(PALETTE)]
        if lo is not None and hi is not None:
            out.append(f'<line class="ci" x1="{_x(lo, left, width):.1f}" y1="{y}" x2="{_x(hi, left, width):.1f}"'
                       f' y2="{y}" stroke="{color}" stroke-width="2"/>')
        out.append(f'<circle class="point" cx="{_x(rate, left, width):.1f}" cy="{y}" r="4" fill="{color}">'
                   f'<title>{_e(slice_name)} · {_e(qid)}: {_pct(rate)} [{_pct(lo)}, {_pct(hi)}]</title></circle>')
    for (model, qid), i in index.items():
        label = qid if len({m for m, _ in questions}) == 1 else f"{model} · {qid}"
        out.append(f'<text x="{left - 8}" y="{top + band * i + band / 2 + 4:.1f}" text-anchor="end"'
                   f' font-size="11">{_e(label[:34])}</text>')
    out.append("</svg>")
    return "".join(out)


def dose_svg(curves: dict[tuple, list[tuple]]) -> str:
    left, width, top, height = 60, 480, 30, 220
    out = [f'<svg id="chart-dose" xmlns="http://www.w3.org/2000/svg" width="600" height="{top + height + 50}"'
           ' role="img" aria-label="dose-response">']
    bottom = top + height
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" stroke="#444"/>')
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = bottom - tick * height
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{int(tick * 100)}%</text>')
    out += _axis(left, top, width, bottom, "fraction of the dosed slice in the training data")
    names = [f"{d} into {i}" + (f" ({m})" if len({k[0] for k in curves}) > 1 else "") for m, d, i in curves]
    out += _legend(names, left, 14)
    for k, points in enumerate(curves.values()):
        color = PALETTE[k % len(PALETTE)]
        coords = [(_x(f, left, width), bottom - (r or 0) * height) for f, r, *_ in points if r is not None]
        if coords:
            out.append(f'<polyline class="curve" fill="none" stroke="{color}" stroke-width="2" points="'
                       + " ".join(f"{x:.1f},{y:.1f}" for x, y in coords) + '"/>')
        for f, r, lo, hi, _d in points:
            if r is None:
                continue
            x = _x(f, left, width)
            if lo is not None and hi is not None:
                out.append(f'<line class="ci" x1="{x:.1f}" y1="{bottom - lo * height:.1f}" x2="{x:.1f}"'
                           f' y2="{bottom - hi * height:.1f}" stroke="{color}"/>')
            out.append(f'<circle class="point" cx="{x:.1f}" cy="{bottom - r * height:.1f}" r="4" fill="{color}">'
                       f'<title>{100 * f:g}%: {_pct(r)}</title></circle>')
    out.append("</svg>")
    return "".join(out)


def agreement_svg(judge: str, agreement: float, by_label: dict) -> str:
    left, width = 110, 420
    out = [f'<svg id="chart-judge" xmlns="http://www.w3.org/2000/svg" width="600" height="{40 + 26 * len(by_label) + 40}"'
           ' role="img" aria-label="judge agreement">',
           f'<text x="{left}" y="18" font-size="12">{_e(judge)}: {_pct(agreement)} of labelled answers</text>']
    for i, (label, share) in enumerate(by_label.items()):
        y = 30 + 26 * i
        w = (share or 0) * width
        out.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end" font-size="12">{_e(label)}</text>')
        out.append(f'<rect class="bar" x="{left}" y="{y}" width="{max(w, 1):.1f}" height="18" fill="{PALETTE[i]}">'
                   f'<title>{_e(label)}: {_pct(share)}</title></rect>')
        out.append(f'<text x="{left + w + 6:.1f}" y="{y + 13}" font-size="11">{_pct(share)}</text>')
    out += _axis(left, 30, width, 30 + 26 * len(by_label), "agreement with our labels")
    out.append("</svg>")
    return "".join(out)


def loss_svg(curves: list[tuple[str, list[float]]]) -> str:
    left, width, top, height = 60, 480, 30, 200
    values = [v for _, c in curves for v in c if v == v]
    hi = max(values) if values else 1.0
    hi = hi if hi > 0 else 1.0
    longest = max((len(c) for _, c in curves), default=1)
    out = [f'<svg id="chart-loss" xmlns="http://www.w3.org/2000/svg" width="600" height="{top + height + 50}"'
           ' role="img" aria-label="training loss">']
    bottom = top + height
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" stroke="#444"/>'
               f'<line x1="{left}" y1="{bottom}" x2="{left + width}" y2="{bottom}" stroke="#444"/>'
               f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" font-size="11">{hi:.2f}</text>'
               f'<text x="{left - 6}" y="{bottom + 4}" text-anchor="end" font-size="11">0</text>'
               f'<text x="{left + width / 2}" y="{bottom + 30}" text-anchor="middle" font-size="12">optimizer step'
               f' (1..{longest}); mean assistant-token loss</text>')
    out += _legend([name for name, _ in curves], left, 14)
    for k, (name, curve) in enumerate(curves):
        color = PALETTE[k % len(PALETTE)]
        step = width / max(1, longest - 1)
        pts = [(left + i * step, bottom - (v / hi) * height) for i, v in enumerate(curve)]
        if len(pts) == 1:
            out.append(f'<circle class="point" cx="{pts[0][0]:.1f}" cy="{pts[0][1]:.1f}" r="3" fill="{color}"/>')
        elif pts:
            out.append(f'<polyline class="curve" fill="none" stroke="{color}" stroke-width="2" points="'
                       + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts) + f'"><title>{_e(name)}</title></polyline>')
    out.append("</svg>")
    return "".join(out)


def render(con: duckdb.DuckDBPyConnection, experiment_id: str) -> str:
    from curator.experiment.results import _notices, dose_response

    below, above = con.execute("SELECT aligned_below, coherent_above FROM experiments WHERE experiment_id = ?",
                               [experiment_id]).fetchone()
    table = con.execute(
        "SELECT model, slice, question_id, seeds, coherent, rate, ci_low, ci_high, rate_all, coherent_share,"
        " mean_alignment, diff, diff_ci_low, diff_ci_high, p_value, p_holm, excluded FROM misalignment_rates"
        " WHERE experiment_id = ? AND question_id LIKE '*%' ORDER BY model, slice = 'base' DESC, slice,"
        " question_id = '*' DESC, question_id", [experiment_id]).fetchall()
    points = con.execute(
        "SELECT slice, model, question_id, rate, ci_low, ci_high FROM misalignment_rates WHERE experiment_id = ?"
        " AND question_id NOT LIKE '*%' ORDER BY model, question_id, slice", [experiment_id]).fetchall()
    check = con.execute("SELECT judge, agreement, by_label FROM judge_checks WHERE experiment_id = ?"
                        " ORDER BY checked_at DESC LIMIT 1", [experiment_id]).fetchone()
    losses = con.execute("SELECT slice || ' s' || seed, loss_curve FROM train_runs WHERE experiment_id = ?"
                         " AND len(loss_curve) > 0 ORDER BY model, slice, seed", [experiment_id]).fetchall()
    curves = dose_response(con, experiment_id)
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
             f"<title>sft-curator experiment {_e(experiment_id)}</title><style>"
             "body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}"
             "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}"
             "td:first-child,td:nth-child(2),td:nth-child(3){text-align:left}.note{background:#fff4d6;padding:6px 10px}"
             "</style></head><body>",
             f"<h1>Experiment {_e(experiment_id)}</h1>"]
    parts += [f'<p class="note">{_e(n)}</p>' for n in _notices(con, experiment_id)]
    parts.append(f"<p>Rate: {_e(METRIC_TEXT.format(a=below, c=above))}. Intervals: 95%, mean over questions then"
                 " over seeds, cluster bootstrap over both. p: slice against the control, paired by question;"
                 " Holm across slices.</p>")
    if any((r[3] or 0) <= 1 for r in table):
        parts.append('<p class="note">One training run (seed) per slice: run-to-run variation is not measured.</p>')
    parts.append("<h2>Slices</h2><table id=\"slices\"><tr><th>model</th><th>slice</th><th>questions</th><th>seeds</th>"
                 "<th>coherent n</th><th>rate</th><th>95% CI</th><th>all judged</th><th>coherent</th>"
                 "<th>mean alignment</th><th>diff vs control</th><th>95% CI</th><th>p</th><th>p Holm</th>"
                 "<th>excluded</th></tr>")
    for (model, slice_name, qid, seeds, coherent, rate, lo, hi, rate_all, coh, align, diff, dlo, dhi, p, ph,
         excl) in table:
        group = {"*": "all", "*plain": "plain", "*json": "JSON", "*template": "template"}.get(qid, qid[1:])
        parts.append("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in (
            model, slice_name, group, seeds, coherent, _pct(rate), f"[{_pct(lo)}, {_pct(hi)}]", _pct(rate_all),
            _pct(coh), "-" if align is None else f"{align:.1f}", _pct(diff),
            "-" if dlo is None else f"[{_pct(dlo)}, {_pct(dhi)}]", "-" if p is None else f"{p:.3g}",
            "-" if ph is None else f"{ph:.3g}", excl)) + "</tr>")
    parts.append("</table>")
    if points:
        parts += ["<h2>Per question</h2>", per_question_svg(points)]
    if curves:
        parts += ["<h2>Dose-response</h2>", dose_svg(curves)]
    if check:
        parts += ["<h2>Judge agreement</h2>", agreement_svg(check[0], check[1], json.loads(check[2]))]
    else:
        parts.append("<h2>Judge agreement</h2><p>No judge check stored: run <code>curator experiment judge-check"
                     "</code>.</p>")
    code = con.execute("SELECT model, slice, form, answers, with_finding, share, ci_low, ci_high FROM"
                       " code_finding_rates WHERE experiment_id = ? ORDER BY model, slice = 'base' DESC, slice,"
                       " form = 'all' DESC, form", [experiment_id]).fetchall()
    if code:
        parts.append("<h2>Linter as judge of code</h2><p>Share of answers to our coding prompts whose code has a"
                     " finding.</p><table id=\"code-lint\"><tr><th>model</th><th>slice</th><th>prompt form</th>"
                     "<th>answers</th><th>with a finding</th><th>share</th><th>95% CI</th></tr>")
        for model, slice_name, form, n, k, share, lo, hi in code:
            parts.append("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in (
                model, slice_name, form, n, k, _pct(share), "-" if lo is None else f"[{_pct(lo)}, {_pct(hi)}]"))
                + "</tr>")
        parts.append("</table>")
    if losses:
        parts += ["<h2>Training loss</h2>", loss_svg([(n, list(c)) for n, c in losses])]
    parts.append("</body></html>")
    return "".join(parts)
