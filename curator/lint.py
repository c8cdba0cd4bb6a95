"""The lint pipeline: read records, extract code, run engines, merge and suppress findings, store, analyze."""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from curator.analyzers import DEFAULT_ANALYZERS, load_analyzers
from curator.cache import lint_with_cache, open_cache
from curator.config import LintConfig
from curator.corpus.shapes import REJECTED
from curator.engines import Engine, load_engine
from curator.errors import UsageError
from curator.flagged import any_flags, flagged_count, flags, parse_failure_count, stamp_threshold
from curator.merging import merge_findings
from curator.model import (
    SEVERITY_RANK,
    Finding,
    Record,
    RecordResult,
)
from curator.ruleset import rules_version
from curator.store import Store
from curator.suppress import apply_inline

BATCH_SIZE = 256
# semgrep costs seconds to start per scan, so it gets few, large batches.
SEMGREP_BATCH_SIZE = 4096


def batch_size(config: LintConfig) -> int:
    return SEMGREP_BATCH_SIZE if "semgrep" in config.engines else BATCH_SIZE


@dataclass
class LintSummary:
    run_id: str
    db: str | None
    records: int = 0
    records_error: int = 0
    snippets: int = 0
    findings: int = 0
    suppressed: int = 0
    flagged_records: int = 0
    parse_errors: int = 0
    by_severity: Counter = field(default_factory=Counter)
    engine_seconds: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    analyzer_lines: list[str] = field(default_factory=list)
    engine_errors: list[str] = field(default_factory=list)
    reused_from: str | None = None  # the run whose report a cached re-run copied (curator/cache.py)
    fail_on: str = "low"  # the threshold flagged_records counts with (curator/flagged.py)
    skipped_files: list[str] = field(default_factory=list)  # .json files that are no corpus, not read

    @property
    def records_per_s(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def fails(self, fail_on: str) -> bool:
        """Findings at or above the threshold, or records that could not be read, fail the run."""
        if fail_on == "never":
            return False
        if self.records_error:
            return True
        return any(flags(sev, fail_on) for sev, n in self.by_severity.items() if n)

    def add(self, result: RecordResult) -> None:
        self.records += 1
        if result.record.status != "ok":
            self.records_error += 1
        self.snippets += len(result.snippets)
        active = [f for f in result.findings if f.suppressed is None]
        self.findings += len(active)
        self.suppressed += len(result.findings) - len(active)
        if any_flags((f.severity for f in active), self.fail_on):
            self.flagged_records += 1
        self.by_severity.update(f.severity for f in active)
        # per snippet: two engines failing on one snippet are one snippet that did not parse
        self.parse_errors += len({s.snippet_id for s in result.statuses if s.status == "parse_error"})
        for status in result.statuses:
            if status.status == "engine_error" and len(self.engine_errors) < 20:
                self.engine_errors.append(f"{status.engine}: {status.snippet_id}: {status.error}")

    def line(self) -> str:
        sev = ", ".join(f"{self.by_severity[s]} {s}" for s in sorted(
            self.by_severity, key=lambda s: -SEVERITY_RANK.get(s, 0)) if self.by_severity[s])
        parts = [
            f"{self.records} records" + (f" ({self.records_error} unreadable)" if self.records_error else ""),
            f"{self.snippets} snippets" + (f" ({self.parse_errors} did not parse)" if self.parse_errors else ""),
            f"{self.findings} findings" + (f" ({sev})" if sev else "")
            + (f", {self.suppressed} suppressed" if self.suppressed else ""),
            f"{self.flagged_records} records flagged",
            *([f"{len(self.skipped_files)} file{'s' if len(self.skipped_files) != 1 else ''} skipped "
               "(not a corpus)"] if getattr(self, "skipped_files", None) else []),
            f"{self.seconds:.2f} s, {_rate(self.records_per_s)} records/s" if not self.reused_from else
            f"reused the report of run {self.reused_from} (inputs and settings unchanged; {self.seconds:.2f} s, "
            "no record re-linted; --no-cache to lint again)",
        ]
        return " · ".join(parts)

    def engines_line(self) -> str:
        """Seconds spent in each stage, slowest first: where the run's time went."""
        if not self.engine_seconds:
            return ""
        spent = sorted(self.engine_seconds.items(), key=lambda item: -item[1])
        return "time per engine: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in spent)


def _rate(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:.2g}"


class Linter:
    """Per-process lint state: engines are built once and reused for every batch."""

    def __init__(self, config: LintConfig) -> None:
        from curator.extract import extract_snippets

        self.config = config
        self._extract = extract_snippets
        self.roles = frozenset(config.roles)
        engine_config = config.engine_config()
        self.engines: list[Engine] = [load_engine(name, engine_config) for name in config.engines]
        self.engine_seconds: dict[str, float] = {engine.name: 0.0 for engine in self.engines}
        self.baseline = None
        if config.baseline:
            from curator.suppress import Baseline

            self.baseline = Baseline.load(config.baseline)

    def lint_batch(self, records: Sequence[Record]) -> list[RecordResult]:
        results = []
        t0 = time.perf_counter()
        for record in records:
            result = RecordResult(record)
            if record.status == "ok":
                result.snippets = self._extract(record, self.roles)
            results.append(result)
        self.engine_seconds["extract"] = self.engine_seconds.get("extract", 0.0) + time.perf_counter() - t0
        by_id = {r.record.record_id: r for r in results}
        for engine in self.engines:
            t0 = time.perf_counter()
            output = engine.scan(results)
            self.engine_seconds[engine.name] += time.perf_counter() - t0
            for finding in output.findings:
                by_id[finding.record_id].findings.append(finding)
            for status in output.statuses:
                by_id[status.snippet_id.rsplit("#", 1)[0]].statuses.append(status)
        for result in results:
            finalize_findings(result, self.baseline)
        return results


def finalize_findings(result: RecordResult, baseline=None) -> None:
    """Merge findings of several engines on one line and CWE, then apply suppressions."""
    if not result.findings:
        return
    if len(result.findings) > 1:
        result.findings = merge_findings(result.findings, result.snippets)
    apply_sides(result)
    apply_inline(result)
    if baseline is not None:
        baseline.apply(result)
    result.findings.sort(key=_finding_order)


def apply_sides(result: RecordResult) -> None:
    """Preference data: a flaw in the rejected answer is expected (the model learns to avoid it), so it is
    reported as info, which never flags a record, with its own severity in the detail; a flaw in the chosen
    answer keeps its severity: that is the side that poisons training."""
    messages = result.record.messages
    for finding in result.findings:
        if not 0 <= finding.message_index < len(messages):
            continue
        side = messages[finding.message_index].side
        if not side:
            continue
        note = f"{side} answer"
        if side == REJECTED and finding.severity != "info":
            note += f" (severity {finding.severity} if it were chosen; a rejected flaw does not flag the record)"
            finding.severity = "info"
        finding.detail = f"{note}; {finding.detail}" if finding.detail else note


def _finding_order(f: Finding) -> tuple:
    return (f.message_index, f.line, f.column, f.rule_id)


def batched(items: Iterable[Record], size: int) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def iter_input(config: LintConfig) -> Iterator[Record]:
    from curator.corpus import iter_records

    return iter_records(list(config.paths), shape=config.shape, text_field=config.text_field,
                        max_record_bytes=config.extra.get("max_record_bytes"))


def lint_to_store(paths: Sequence[str] | None, config: LintConfig, *, progress=None,
                  records: Iterable[Record] | None = None) -> LintSummary:
    """Lint `paths` (or config.paths) into the DuckDB file `config.db` and return the summary.

    `records` (from the Python API: rows of a DataFrame, an Arrow table, a `datasets` object) replaces
    reading config.paths, which then only name the input in the report."""
    if paths is not None:
        config.paths = tuple(paths)
    check_output_folder(config.db, "--db")
    started = time.perf_counter()
    cache = open_cache(config)
    run_key = (cache.run_key(config.paths) if cache is not None and config.db and not config.write_baseline
               and records is None else None)
    if run_key is not None:
        reused = cache.load_run(run_key, config.db)
        if reused is not None:
            cache.close()
            if getattr(reused, "fail_on", None) != config.fail_on:  # the run key leaves --fail-on out
                from curator.flagged import restamp_report

                reused.flagged_records = restamp_report(config.db, reused.run_id, config.fail_on)
                reused.fail_on = config.fail_on
            reused.seconds = time.perf_counter() - started
            return reused
    closing: list = [cache.close] if cache is not None else []
    store = Store(config.db)
    try:  # at once: an interrupt from here on reaches store.abort() below
        summary = LintSummary(run_id=store.run_id, db=config.db, fail_on=config.fail_on)
        linter: Linter | None = None

        def lint_batch(records: Sequence[Record]) -> list[RecordResult]:
            nonlocal linter  # engines are built on the first cache miss: a fully cached run never loads them
            if linter is None:
                linter = Linter(config)
            return linter.lint_batch(records)

        analyzers = load_analyzers(DEFAULT_ANALYZERS, config.engine_config())
        store.begin_run(config.paths, config.engines, config.as_dict(), rules_version())
        for batch in batched(iter_input(config) if records is None else records, batch_size(config)):
            results = lint_with_cache(lint_batch, cache, batch)
            store.add_results(results)
            for result in results:
                summary.add(result)
                for analyzer in analyzers:
                    analyzer.observe(result)
            if progress is not None:
                progress(summary, batch)
        store.flush()
        for analyzer in analyzers:
            summary.analyzer_lines.extend(analyzer.finish(store))
        recount(summary, store)
        summary.seconds = time.perf_counter() - started
        summary.engine_seconds = {k: round(v, 4) for k, v in (linter.engine_seconds if linter else {}).items()}
        store.finish_run(records=summary.records, records_error=summary.records_error,
                         snippets=summary.snippets, findings=summary.findings, seconds=summary.seconds,
                         engine_seconds=summary.engine_seconds)
        if config.write_baseline:
            from curator.suppress import write_baseline

            rows = store.con.execute(
                "SELECT r.sha256, f.rule_id, f.record_id, f.line FROM findings f JOIN records r USING (record_id)"
                " WHERE f.suppressed IS NULL OR f.suppressed = 'baseline'").fetchall()
            write_baseline(config.write_baseline, rows)
        store.close()
        if run_key is not None:
            cache.save_run(run_key, config.db, summary)
    except BaseException:
        store.abort()
        raise
    finally:
        for close in closing:
            close()
    return summary


def check_output_folder(path: str | None, flag: str) -> None:
    """Fail before any work when an output would land in a folder that does not exist."""
    if path and not Path(path).resolve().parent.is_dir():
        raise UsageError(f"{flag} {path}: folder {Path(path).parent} does not exist")


def recount(summary: LintSummary, store: Store) -> None:
    """Take the finding counts from the store: corpus-level analyzers may raise a finding's severity."""
    store.flush()
    rows = store.con.execute("SELECT severity, count(*) FROM active_findings WHERE run_id = ? GROUP BY 1",
                             [store.run_id]).fetchall()
    summary.by_severity = Counter(dict(rows))
    summary.findings = sum(n for _, n in rows)
    stored = store.con.execute("SELECT json_extract_string(args, '$.fail_on') FROM runs WHERE run_id = ?",
                               [store.run_id]).fetchone()
    summary.fail_on = (stored[0] if stored and stored[0] else None) or summary.fail_on
    stamp_threshold(store.con, store.run_id, summary.fail_on)
    summary.flagged_records = flagged_count(store.con, store.run_id)
    summary.parse_errors = parse_failure_count(store.con, store.run_id)
    from curator.corpus.sources import skipped_inputs

    inputs = store.con.execute("SELECT inputs FROM runs WHERE run_id = ?", [store.run_id]).fetchone()
    summary.skipped_files = [path for path, _ in skipped_inputs(list(inputs[0] or []) if inputs else [])]
    store.con.execute("UPDATE runs SET skipped_files = ? WHERE run_id = ?", [summary.skipped_files, store.run_id])


class ScratchReport:
    """A report file in a temporary folder, for runs without --db; removed when done."""

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="curator-")
        self.path = os.path.join(self._dir.name, "report.duckdb")

    def cleanup(self) -> None:
        self._dir.cleanup()
