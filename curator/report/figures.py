"""The figures of a finished report that `curator report` shows, read once from its DuckDB file."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import duckdb

from curator.cwe import CWE_NAMES, cwe_name  # noqa: F401  (the reports read both from here)
from curator.flagged import flagged_count, parse_failure_count
from curator.report import rows_as_dicts

# Tables other parts of curator add to a report; shown when present, skipped otherwise.
OPTIONAL_TABLES = {
    "number_stats": ["number", "category", "observed", "records", "expected", "ratio", "p_adjusted", "significant"],
    "trigger_stats": ["rank", "kind", "token", "with_flag", "without_flag", "flagged_share", "base_share",
                      "p_adjusted", "significant"],
    "experiments": ["experiment_id", "created_at", "report_run_id", "control_slice", "aligned_below",
                    "coherent_above"],
    "slices": ["experiment_id", "slice", "kind", "value", "available", "size"],
}
MAX_SLICES = 40
MAX_COLUMNS = 10
SEVERITY_ORDER = ("critical", "high", "medium", "low", "info")


@dataclass
class Table:
    """A named result set: column names and rows, ready to print or to draw."""

    name: str
    columns: list[str]
    rows: list[tuple]
    total: int | None = None  # rows the relation holds, when more than `rows` were read


@dataclass
class SliceRate:
    slice: str
    rate: float
    low: float | None
    high: float | None
    n: int | None


@dataclass
class WorstRecord:
    record_id: str
    source: str
    line: int
    container: str
    max_severity: str
    n_findings: int
    findings: list[dict]
    snippets: list[dict]
    # (role, content) of every message, re-read from the source file; None when it cannot be read (moved,
    # a URL, standard input), and then `unavailable` says why
    messages: list[tuple[str, str]] | None = None
    unavailable: str = ""


@dataclass
class ReportFigures:
    runs: list[dict]
    records: int
    records_error: int
    flagged: int
    findings: int
    suppressed: int
    snippets: int
    parse_errors: int
    per_rule: list[dict]
    per_cwe: list[dict]
    per_severity: list[dict]
    per_source: list[dict]
    errors: list[dict]
    optional: list[Table] = field(default_factory=list)
    misaligned: list[SliceRate] = field(default_factory=list)
    misaligned_hidden: int = 0  # slices past MAX_SLICES, left out of `misaligned` (the page says so)
    worst: list[WorstRecord] = field(default_factory=list)

    @property
    def flagged_share(self) -> float:
        return self.flagged / self.records if self.records else 0.0


def relations(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()
    return {name for (name,) in rows}


def _pick(columns: list[str], *candidates: str, exclude: tuple[str, ...] = ()) -> str | None:
    lowered = {c.lower(): c for c in columns}
    for candidate in candidates:
        if candidate in lowered:
            return lowered[candidate]
    for candidate in candidates:
        for low, original in lowered.items():
            if candidate in low and not any(x in low for x in exclude):
                return original
    return None


OVERALL_QUESTION = ("", "all", "*", "overall", "__all__")


def _rates_table(con: duckdb.DuckDBPyConnection) -> list[SliceRate]:
    """`misalignment_rates` (written by `curator experiment`): overall rows when it has them, else per question."""
    rows = rows_as_dicts(con.execute(
        "SELECT experiment_id, slice, model, question_id, valid, rate, ci_low, ci_high FROM misalignment_rates"
        " WHERE rate IS NOT NULL ORDER BY experiment_id, model, slice, question_id"))
    overall = [r for r in rows if (r["question_id"] or "").lower() in OVERALL_QUESTION]
    chosen = overall or rows
    experiments = {r["experiment_id"] for r in chosen}
    models = {r["model"] for r in chosen}
    out = []
    for r in chosen:
        label = [r["slice"]]
        if len(models) > 1:
            label.append(str(r["model"]))
        if not overall:
            label.append(str(r["question_id"]))
        if len(experiments) > 1:
            label.insert(0, str(r["experiment_id"]))
        out.append(SliceRate(slice=" · ".join(label), rate=float(r["rate"]),
                             low=None if r["ci_low"] is None else float(r["ci_low"]),
                             high=None if r["ci_high"] is None else float(r["ci_high"]),
                             n=None if r["valid"] is None else int(r["valid"])))
    return out


def misaligned_rates(con: duckdb.DuckDBPyConnection, names: set[str]) -> list[SliceRate]:
    """The misaligned rate per slice with its interval, from whichever relation the experiment wrote."""
    if "misalignment_rates" in names:
        rates = _rates_table(con)
        if rates:
            return rates
    candidates = sorted(n for n in names if "misaligned" in n and n not in ("sample_verdicts",))
    for name in candidates:
        cursor = con.execute(f'SELECT * FROM "{name}"')
        columns = [d[0] for d in cursor.description]
        label = _pick(columns, "slice", "slice_name", "slice_id", "name")
        rate = _pick(columns, "misaligned_rate", "rate", exclude=("low", "high", "control", "diff"))
        low = _pick(columns, "ci_low", "ci_lo", "lower")
        high = _pick(columns, "ci_high", "ci_hi", "upper")
        n = _pick(columns, "valid", "n", "samples")
        if label is None or rate is None:
            continue
        rows = []
        for row in rows_as_dicts(cursor):
            if row[rate] is None:
                continue
            rows.append(SliceRate(
                slice=str(row[label]), rate=float(row[rate]),
                low=float(row[low]) if low and row[low] is not None else None,
                high=float(row[high]) if high and row[high] is not None else None,
                n=int(row[n]) if n and row[n] is not None else None))
        if rows:
            return rows
    return []


def worst_records(con: duckdb.DuckDBPyConnection, limit: int) -> list[WorstRecord]:
    rows = rows_as_dicts(con.execute(
        "SELECT run_id, record_id, source, line, container, max_severity, n_findings FROM records"
        " WHERE n_findings > 0 ORDER BY list_position(['critical','high','medium','low','info'], max_severity),"
        " n_findings DESC, source, line LIMIT ?", [limit]))
    worst = []
    for row in rows:
        key = [row["run_id"], row["record_id"]]
        findings = rows_as_dicts(con.execute(
            "SELECT snippet_id, rule_id, cwe, severity, message, message_index, line, excerpt FROM active_findings"
            " WHERE run_id = ? AND record_id = ? ORDER BY message_index, line, rule_id", key))
        snippets = rows_as_dicts(con.execute(
            "SELECT snippet_id, message_index, language, line_offset, text FROM snippets"
            " WHERE run_id = ? AND record_id = ? ORDER BY snippet_id", key))
        worst.append(WorstRecord(record_id=row["record_id"], source=row["source"], line=row["line"],
                                 container=row["container"], max_severity=row["max_severity"],
                                 n_findings=row["n_findings"], findings=findings, snippets=snippets))
    _attach_messages(worst)
    return worst


def _attach_messages(worst: list[WorstRecord]) -> None:
    """Re-read the worst records' messages from their source files, so the page shows the prompt and the whole
    answer. The report keeps code snippets, not the records; a source that cannot be read locally (moved,
    a URL, a hub dataset, standard input) is never fetched: its records show their snippets only."""
    from curator.corpus import iter_records
    from curator.corpus.sources import is_hub_id, is_url

    wanted: dict[str, dict[int, WorstRecord]] = {}
    for rec in worst:
        wanted.setdefault(rec.source, {})[rec.line] = rec
    for source, by_position in wanted.items():
        why = ""
        if source == "-" or is_url(source) or is_hub_id(source):
            why = "read from standard input or the network; not read again for the report"
        elif not os.path.exists(source):
            why = f"{source} is not here (the report was written elsewhere, or the file moved)"
        if not why:
            last = max(by_position)
            try:
                for record in iter_records([source]):
                    if record.position in by_position and record.status == "ok":
                        target = by_position[record.position]
                        if record.sha256 and target.findings and _same_record(target, record):
                            target.messages = [(m.role, m.content) for m in record.messages]
                    if record.position >= last:
                        break
            except Exception as exc:  # a report must render even when a source no longer reads
                why = f"{source} could not be read again: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
        for rec in by_position.values():
            if rec.messages is None:
                rec.unavailable = why or f"{source} has changed since the lint run"


def _same_record(target: WorstRecord, record) -> bool:  # noqa: ANN001 - a curator.model.Record
    """The file still holds the record the findings were made on: every snippet is still in its message."""
    for snippet in target.snippets:
        index = snippet["message_index"]
        if index is None or not 0 <= index < len(record.messages) or snippet["text"] not in record.messages[index].content:
            return False
    return True


def collect(con: duckdb.DuckDBPyConnection, *, worst: int = 25, optional_rows: int = 20) -> ReportFigures:
    names = relations(con)
    records, records_error = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE status <> 'ok') FROM records").fetchone()
    findings = con.execute("SELECT count(*) FROM active_findings").fetchone()[0]
    suppressed = con.execute("SELECT count(*) FROM findings WHERE suppressed IS NOT NULL").fetchone()[0]
    snippets = con.execute("SELECT count(*) FROM snippets").fetchone()[0]
    # the one definition of flagged, and parse failures per snippet (curator/flagged.py)
    flagged = flagged_count(con) if "flagged_records" in names else con.execute(
        "SELECT count(DISTINCT record_id) FROM active_findings").fetchone()[0]
    parse_errors = parse_failure_count(con) if "unparsed_snippets" in names else con.execute(
        "SELECT count(*) FILTER (WHERE parse_status = 'parse_error') FROM snippets").fetchone()[0]
    optional = []
    for name, wanted in OPTIONAL_TABLES.items():
        if name not in names:
            continue
        cursor = con.execute(f'SELECT * FROM "{name}" LIMIT {int(optional_rows)}')
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        if not rows:
            continue
        keep = [i for i, c in enumerate(columns) if wanted is None or c in wanted][:MAX_COLUMNS]
        total = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        optional.append(Table(name, [columns[i] for i in keep], [tuple(row[i] for i in keep) for row in rows],
                              total=total))
    rates = misaligned_rates(con, names)
    return ReportFigures(
        runs=rows_as_dicts(con.execute(
            "SELECT run_id, started_at, curator_version, rules_version, engines, inputs, records, findings,"
            " seconds, records_per_s FROM runs ORDER BY started_at")),
        records=records, records_error=records_error, flagged=flagged, findings=findings,
        suppressed=suppressed, snippets=snippets, parse_errors=parse_errors,
        per_rule=rows_as_dicts(con.execute("SELECT * FROM findings_per_rule")),
        per_cwe=rows_as_dicts(con.execute("SELECT * FROM findings_per_cwe")),
        per_severity=rows_as_dicts(con.execute("SELECT * FROM findings_per_severity")),
        per_source=sorted(rows_as_dicts(con.execute("SELECT * FROM findings_per_source")),  # most flagged first
                          key=lambda r: (-(r["flagged_share"] or 0), -(r["records"] or 0), r["source"])),
        errors=rows_as_dicts(con.execute(
            "SELECT source, line, error FROM records WHERE status <> 'ok' ORDER BY source, line LIMIT 100")),
        optional=optional,
        misaligned=rates[:MAX_SLICES],
        misaligned_hidden=max(0, len(rates) - MAX_SLICES),
        worst=worst_records(con, worst),
    )
