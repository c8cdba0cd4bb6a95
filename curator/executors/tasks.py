"""Planning a sharded lint run and running one of its tasks into Parquet shards with a completion marker."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

from curator.config import LintConfig
from curator.errors import UsageError
from curator.ruleset import rules_version

SHARD_TABLES = ("records", "snippets", "snippet_status", "findings")
PLAN_FILE = "plan.json"
MIN_SHARD_BYTES = 1 << 20
MAX_SHARD_BYTES = 64 << 20
# Settings that change what a run finds; a work dir made under other values cannot be resumed.
RESULT_KEYS = ("engines", "roles", "select", "ignore", "shape", "text_field", "numbers", "baseline")


@dataclass(frozen=True)
class Task:
    index: int
    source: str
    byte_range: tuple[int, int] | None = None  # uncompressed JSONL only

    @property
    def name(self) -> str:
        return f"task-{self.index:06d}"


@dataclass
class Plan:
    run_id: str
    fingerprint: dict
    tasks: list[Task] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps({"run_id": self.run_id, "fingerprint": self.fingerprint,
                           "tasks": [asdict(t) for t in self.tasks]}, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Plan":
        data = json.loads(text)
        tasks = [Task(t["index"], t["source"], tuple(t["byte_range"]) if t["byte_range"] else None)
                 for t in data["tasks"]]
        return cls(data["run_id"], data["fingerprint"], tasks)


def _file_identity(path: str) -> dict:
    """Size, mtime and a hash of the file's head and tail: cheap, and catches edits in place."""
    if not os.path.isfile(path):
        # a save_to_disk folder or a hub id: identify by its listing
        listing = sorted((str(p.relative_to(path)), p.stat().st_size) for p in Path(path).rglob("*") if p.is_file()) \
            if os.path.isdir(path) else []
        return {"path": path, "listing": hashlib.sha256(json.dumps(listing).encode()).hexdigest()}
    stat = os.stat(path)
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        digest.update(handle.read(65536))
        if stat.st_size > 65536:
            handle.seek(max(65536, stat.st_size - 65536))
            digest.update(handle.read(65536))
    return {"path": path, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sample_sha256": digest.hexdigest()}


def make_plan(config: LintConfig, workers: int) -> Plan:
    from curator.corpus import jsonl_byte_shards
    from curator.corpus.sources import expand, split_compression

    sources = [(source, container) for path in config.paths for source, container in expand(path)]
    total = sum(os.path.getsize(s) for s, _ in sources if os.path.isfile(s))
    target = min(MAX_SHARD_BYTES, max(MIN_SHARD_BYTES, total // max(1, workers * 4) + 1))
    if os.environ.get("CURATOR_SHARD_BYTES"):  # tuning knob, and how the tests get many small tasks
        target = max(1, int(os.environ["CURATOR_SHARD_BYTES"]))
    tasks: list[Task] = []
    for source, container in sources:
        plain_jsonl = container == "jsonl" and os.path.isfile(source) and split_compression(source)[1] is None
        if plain_jsonl and os.path.getsize(source) > target:
            for start, end in jsonl_byte_shards(source, target):
                tasks.append(Task(len(tasks), source, (start, end)))
        else:
            tasks.append(Task(len(tasks), source))
    fingerprint = {
        "inputs": [_file_identity(source) for source, _ in sources],
        "rules_version": rules_version(),
        "settings": {key: getattr(config, key) for key in RESULT_KEYS},
    }
    fingerprint = json.loads(json.dumps(fingerprint, default=list))
    run_id = hashlib.sha256(json.dumps(fingerprint, sort_keys=True).encode()).hexdigest()[:12]
    return Plan(run_id, fingerprint, tasks)


def prepare_work_dir(work_dir: Path, plan: Plan, *, restart: bool) -> Plan:
    """Write the plan, or check that an existing work dir was made for the same inputs and rules."""
    work_dir.mkdir(parents=True, exist_ok=True)
    plan_path = work_dir / PLAN_FILE
    if plan_path.exists():
        existing = Plan.from_json(plan_path.read_text())
        if existing.fingerprint != plan.fingerprint:
            if not restart:
                changed = _what_changed(existing.fingerprint, plan.fingerprint)
                raise UsageError(f"{work_dir}: made for a different run ({changed}); "
                                 "pass --restart to start over, or use another --work-dir")
            shutil.rmtree(work_dir / "tasks", ignore_errors=True)
        elif restart:
            shutil.rmtree(work_dir / "tasks", ignore_errors=True)
        else:
            plan = existing
    tmp = plan_path.with_suffix(f".tmp-{os.getpid()}")
    tmp.write_text(plan.to_json())
    os.replace(tmp, plan_path)
    (work_dir / "tasks").mkdir(exist_ok=True)
    return plan


def _what_changed(old: dict, new: dict) -> str:
    if old.get("rules_version") != new.get("rules_version"):
        return "the rules changed"
    if old.get("settings") != new.get("settings"):
        return "the engine or rule settings changed"
    return "the inputs changed"


def load_plan(work_dir: Path) -> Plan:
    plan_path = work_dir / PLAN_FILE
    if not plan_path.exists():
        raise UsageError(f"{work_dir}: not a curator work dir (no {PLAN_FILE}); run `curator lint --work-dir` first")
    return Plan.from_json(plan_path.read_text())


def task_dir(work_dir: Path, task: Task) -> Path:
    return work_dir / "tasks" / task.name


def is_done(work_dir: Path, task: Task) -> bool:
    return (task_dir(work_dir, task) / "DONE").exists()


def shard_schemas() -> dict:
    """Arrow schemas of the shard tables, read off the store's own DDL so the two never drift."""
    import duckdb

    from curator.store import apply_schema

    con = duckdb.connect(":memory:")
    apply_schema(con)
    schemas = {name: con.sql(f"SELECT * FROM {name} LIMIT 0").to_arrow_table().schema
               for name in SHARD_TABLES}
    con.close()
    return schemas


_LINTERS: dict[str, object] = {}


def _linter(config: LintConfig):
    """One Linter per process and configuration, so a worker builds its engines once."""
    from curator.lint import Linter

    key = json.dumps({k: getattr(config, k) for k in RESULT_KEYS}, default=list, sort_keys=True)
    if key not in _LINTERS:
        _LINTERS[key] = Linter(config)
    return _LINTERS[key]


def run_task(task: Task, config: LintConfig, work_dir: str, run_id: str) -> dict:
    """Lint one task's records into Parquet shards; the DONE marker is written last, atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from curator.analyzers import DEFAULT_ANALYZERS, load_analyzers
    from curator.cache import lint_with_cache, open_cache
    from curator.corpus import iter_records
    from curator.lint import LintSummary, batch_size, batched
    from curator.progress import report_batch
    from curator.store import finding_rows, peak_rss_of_this_process, record_row, snippet_rows

    final = task_dir(Path(work_dir), task)
    if (final / "DONE").exists():
        return json.loads((final / "stats.json").read_text())
    for stale in final.parent.glob(f"{final.name}.tmp-*"):  # left by a killed run of this task
        shutil.rmtree(stale, ignore_errors=True)
    tmp = final.with_name(f"{final.name}.tmp-{os.getpid()}")
    tmp.mkdir(parents=True)
    linter = _linter(config)
    before = dict(linter.engine_seconds)
    analyzers = load_analyzers(DEFAULT_ANALYZERS, config.engine_config())
    schemas = shard_schemas()
    writers = {name: pq.ParquetWriter(tmp / f"{name}.parquet", schemas[name]) for name in SHARD_TABLES}
    summary = LintSummary(run_id=run_id, db=None)
    kwargs = {"byte_range": task.byte_range} if task.byte_range else {}
    records = iter_records([task.source], shape=config.shape, text_field=config.text_field,
                           max_record_bytes=config.extra.get("max_record_bytes"), **kwargs)
    cache = open_cache(config)  # SQLite in WAL mode: workers share it safely
    try:
        for batch in batched(records, batch_size(config)):
            results = lint_with_cache(linter.lint_batch, cache, batch)
            findings_before = summary.findings
            rows: dict[str, list[dict]] = {name: [] for name in SHARD_TABLES}
            for result in results:
                summary.add(result)
                for analyzer in analyzers:
                    analyzer.observe(result)
                rows["records"].append(record_row(run_id, result))
                rows["snippets"].extend(snippet_rows(run_id, result))
                rows["snippet_status"].extend(
                    {"run_id": run_id, "snippet_id": s.snippet_id, "engine": s.engine, "status": s.status,
                     "error": s.error} for s in result.statuses)
                rows["findings"].extend(finding_rows(run_id, result))
            for name, table_rows in rows.items():
                if table_rows:
                    writers[name].write_table(pa.Table.from_pylist(table_rows, schema=schemas[name]))
            report_batch(results, summary.findings - findings_before)  # to the parent's progress bar, if any
    finally:
        for writer in writers.values():
            writer.close()
        if cache is not None:
            cache.close()
    stats = {
        "records": summary.records, "records_error": summary.records_error, "snippets": summary.snippets,
        "findings": summary.findings, "suppressed": summary.suppressed, "flagged_records": summary.flagged_records,
        "parse_errors": summary.parse_errors, "by_severity": dict(summary.by_severity),
        "engine_seconds": {k: v - before.get(k, 0.0) for k, v in linter.engine_seconds.items()},
        "engine_errors": summary.engine_errors,
        "peak_rss_mb": peak_rss_of_this_process(),
    }
    (tmp / "analyzers.pkl").write_bytes(pickle.dumps(analyzers))
    (tmp / "stats.json").write_text(json.dumps(stats))
    (tmp / "DONE").write_text("ok\n")
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)
    return stats
