"""Build the one DuckDB report of a sharded run from its tasks' Parquet shards."""

from __future__ import annotations

import json
import pickle
import time
from collections import Counter
from pathlib import Path

from curator.config import LintConfig
from curator.errors import UsageError
from curator.executors.tasks import SHARD_TABLES, is_done, load_plan, task_dir
from curator.interrupts import interruptible
from curator.lint import LintSummary, recount
from curator.store import Store


def merge_work_dir(work_dir: str | Path, db: str, config: LintConfig | None = None,
                   seconds: float | None = None, fail_on: str | None = None) -> LintSummary:
    """Merge the finished tasks of a work dir into one report. `fail_on` (merge --fail-on) overrides the
    threshold the tasks were planned with; it is stored with the run, so every count of the report uses it."""
    work_dir = Path(work_dir)
    plan = load_plan(work_dir)
    missing = [t.name for t in plan.tasks if not is_done(work_dir, t)]
    if missing:
        raise UsageError(f"{work_dir}: {len(missing)} of {len(plan.tasks)} tasks are not finished "
                         f"(first: {missing[0]}); run the lint again with the same --work-dir to finish them")
    started = time.perf_counter()
    store = Store(db)
    store.run_id = plan.run_id
    summary = LintSummary(run_id=plan.run_id, db=db)
    engine_seconds: Counter = Counter()
    analyzers = None
    peaks: list[float] = []
    try:
        inputs = sorted({i["path"] for i in plan.fingerprint["inputs"]})
        settings = plan.fingerprint["settings"]
        args = config.as_dict() if config is not None else {"work_dir": str(work_dir), **settings}
        if fail_on is not None:
            args = {**args, "fail_on": fail_on}
        store.begin_run(inputs, settings["engines"], args, plan.fingerprint["rules_version"])
        with interruptible(store.con):  # Ctrl-C stops a long insert too
            for table in SHARD_TABLES:
                files = [str(task_dir(work_dir, t) / f"{table}.parquet") for t in plan.tasks]
                for start in range(0, len(files), 500):  # DuckDB streams the Parquet files of each chunk
                    _insert_in_order(store, table, files[start : start + 500])
        for task in plan.tasks:
            folder = task_dir(work_dir, task)
            stats = json.loads((folder / "stats.json").read_text())
            for key in ("records", "records_error", "snippets", "findings", "suppressed", "flagged_records",
                        "parse_errors"):
                setattr(summary, key, getattr(summary, key) + stats[key])
            summary.by_severity.update(stats["by_severity"])
            peaks.append(stats.get("peak_rss_mb") or 0.0)
            engine_seconds.update(stats["engine_seconds"])
            summary.engine_errors.extend(stats["engine_errors"][: max(0, 20 - len(summary.engine_errors))])
            task_analyzers = pickle.loads((folder / "analyzers.pkl").read_bytes())
            if analyzers is None:
                analyzers = task_analyzers
            else:
                for mine, theirs in zip(analyzers, task_analyzers):
                    mine.merge(theirs)
        for analyzer in analyzers or []:
            summary.analyzer_lines.extend(analyzer.finish(store))
        recount(summary, store)
        summary.seconds = seconds if seconds is not None else time.perf_counter() - started
        summary.engine_seconds = {k: round(v, 4) for k, v in engine_seconds.items()}
        store.finish_run(records=summary.records, records_error=summary.records_error, snippets=summary.snippets,
                         findings=summary.findings, seconds=summary.seconds, engine_seconds=summary.engine_seconds,
                         peak_rss_mb=max(peaks, default=None))
        store.close()
    except BaseException:
        store.abort()
        raise
    return summary


def _insert_in_order(store: Store, table: str, files: list[str]) -> None:
    """Rows in task order, and within a task in the order it wrote them."""
    store.con.execute(
        f"INSERT INTO {table} BY NAME SELECT * EXCLUDE (filename, file_row_number)"
        " FROM read_parquet(?, filename = true, file_row_number = true)"
        " ORDER BY list_position(?, filename), file_row_number", [files, files])
