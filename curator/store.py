"""The DuckDB report file: schema, bulk writes through Arrow, and opening finished reports."""

from __future__ import annotations

import json
import os
import uuid
from datetime import datetime, timezone
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa

from curator import __version__
from curator.cwe import fill_cwe_ancestors
from curator.errors import UsageError
from curator.model import SEVERITY_RANK, RecordResult

SCHEMA_VERSION = 1
FLUSH_ROWS = 20_000
MEMORY_LIMIT = os.environ.get("CURATOR_DUCKDB_MEMORY", "200MB")


def schema_sql() -> list[tuple[str, str]]:
    """Every .sql file of curator/schema in name order: (name, text)."""
    folder = files("curator.schema")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(name, folder.joinpath(name).read_text(encoding="utf-8")) for name in names]


def apply_schema(con: duckdb.DuckDBPyConnection) -> None:
    for _, text in schema_sql():
        con.execute(text)
    fill_cwe_ancestors(con)  # the CWE hierarchy table of 050_cwe.sql
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    con.execute("INSERT OR REPLACE INTO meta VALUES ('curator_version', ?)", [__version__])


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Store:
    """A report being written. Writes go to `<path>.tmp` and replace `path` on `close()`, so a crashed
    run never leaves a half-written report where a finished one was. `path=None` keeps it in memory."""

    def __init__(self, path: str | os.PathLike | None = None, *, append: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        if self.path is None:
            self.con = duckdb.connect(":memory:")
            self._tmp = None
        elif append:
            self._tmp = None
            self.con = duckdb.connect(str(self.path))
        else:
            if self.path.parent and not self.path.parent.exists():
                raise UsageError(f"{self.path}: folder {self.path.parent} does not exist")
            self._tmp = self.path.with_name(self.path.name + ".tmp")
            for leftover in (self._tmp, Path(str(self._tmp) + ".wal")):
                if leftover.exists():
                    leftover.unlink()
            try:
                self.con = duckdb.connect(str(self._tmp))
            except duckdb.Error as exc:
                raise UsageError(f"{self.path}: cannot create the report: {exc}") from None
        try:
            # Bounded memory whatever the corpus size: DuckDB spills to disk past this.
            self.con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
            apply_schema(self.con)
        except BaseException:  # an interrupt or an error before the caller holds the store: leave no temp file
            self.abort()
            raise
        self.run_id = uuid.uuid4().hex[:12]
        self._buffers: dict[str, list[dict]] = {}
        self._started = _now()

    # -- runs ---------------------------------------------------------------------------------------
    def begin_run(self, inputs: Sequence[str], engines: Sequence[str], args: dict, rules_version: str) -> None:
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, curator_version, rules_version, engines, inputs, args)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [self.run_id, self._started, __version__, rules_version, list(engines), list(inputs),
             json.dumps(args, default=str, sort_keys=True)],
        )

    def finish_run(self, *, records: int, records_error: int, snippets: int, findings: int,
                   seconds: float, engine_seconds: dict[str, float], peak_rss_mb: float | None = None) -> None:
        self.flush()
        if peak_rss_mb is None:
            peak_rss_mb = peak_rss_of_this_process()
        self.con.execute(
            "UPDATE runs SET finished_at = ?, records = ?, records_error = ?, snippets = ?, findings = ?,"
            " seconds = ?, records_per_s = ?, engine_seconds = ?, peak_rss_mb = ? WHERE run_id = ?",
            [_now(), records, records_error, snippets, findings, seconds,
             records / seconds if seconds > 0 else None, json.dumps(engine_seconds), peak_rss_mb, self.run_id],
        )

    # -- bulk rows ----------------------------------------------------------------------------------
    def add_rows(self, table: str, rows: Iterable[dict]) -> None:
        buffer = self._buffers.setdefault(table, [])
        buffer.extend(rows)
        if len(buffer) >= FLUSH_ROWS:
            self._flush_table(table)

    def add_results(self, results: Iterable[RecordResult]) -> None:
        for result in results:
            self.add_rows("records", [record_row(self.run_id, result)])
            self.add_rows("snippets", snippet_rows(self.run_id, result))
            self.add_rows("snippet_status", [
                {"run_id": self.run_id, "snippet_id": s.snippet_id, "engine": s.engine,
                 "status": s.status, "error": s.error} for s in result.statuses])
            self.add_rows("findings", finding_rows(self.run_id, result))

    def write_arrow(self, table: str, data: pa.Table) -> None:
        """Append an Arrow table whose columns are a subset of `table`'s, by name."""
        if data.num_rows == 0:
            return
        self.con.register("_incoming", data)
        try:
            cols = ", ".join(f'"{c}"' for c in data.column_names)
            self.con.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM _incoming')
        finally:
            self.con.unregister("_incoming")

    def _flush_table(self, table: str) -> None:
        rows = self._buffers.pop(table, [])
        if rows:
            import pyarrow as pa  # imported on first write: a reused report never needs it

            self.write_arrow(table, pa.Table.from_pylist(rows))

    def flush(self) -> None:
        for table in list(self._buffers):
            self._flush_table(table)

    def close(self) -> None:
        self.flush()
        self.con.execute("CHECKPOINT")
        self.con.close()
        if self._tmp is not None:
            os.replace(self._tmp, self.path)
            self._tmp = None

    def abort(self) -> None:
        """Drop a half-written report, leaving any earlier one in place."""
        try:
            self.con.close()
        finally:
            if self._tmp is not None:
                for leftover in (self._tmp, Path(str(self._tmp) + ".wal")):
                    leftover.unlink(missing_ok=True)


def peak_rss_of_this_process() -> float | None:
    try:
        import resource
    except ImportError:  # not on this platform
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def record_row(run_id: str, result: RecordResult) -> dict:
    record = result.record
    worst = max((f.severity for f in result.findings if not getattr(f, "suppressed", None)),
                key=lambda s: SEVERITY_RANK.get(s, 0), default=None)
    return {
        "run_id": run_id, "record_id": record.record_id, "source": record.source, "line": record.position,
        "sha256": record.sha256, "container": record.container, "format": record.shape,
        "status": record.status, "error": record.error, "n_messages": len(record.messages),
        "n_snippets": len(result.snippets),
        "n_findings": sum(1 for f in result.findings if not getattr(f, "suppressed", None)),
        "max_severity": worst,
    }


def snippet_rows(run_id: str, result: RecordResult) -> list[dict]:
    worst: dict[str, tuple[str, str]] = {}
    for status in result.statuses:
        if status.status != "ok" or status.snippet_id not in worst:
            if worst.get(status.snippet_id, ("ok", ""))[0] == "ok":
                worst[status.snippet_id] = (status.status, status.error)
    rows = []
    for s in result.snippets:
        parse_status, parse_error = worst.get(s.snippet_id, ("unscanned", ""))
        rows.append({
            "run_id": run_id, "snippet_id": s.snippet_id, "record_id": s.record_id,
            "message_index": s.message_index, "role": s.role, "language": s.language,
            "line_offset": s.line_offset, "n_lines": s.text.count("\n") + 1, "fenced": s.fenced,
            "tag": s.tag, "parse_status": parse_status, "parse_error": parse_error or None, "text": s.text,
        })
    return rows


def finding_rows(run_id: str, result: RecordResult) -> list[dict]:
    rows = []
    for f in result.findings:
        fingerprint = f.fingerprint
        rows.append({
            "run_id": run_id, "finding_id": f"{fingerprint}:{f.line}", "record_id": f.record_id,
            "snippet_id": f.snippet_id, "engine": f.engine, "engines": list(f.engines or (f.engine,)),
            "rule_id": f.rule_id, "cwe": f.cwe, "severity": f.severity, "confidence": f.confidence,
            "message": f.message, "message_index": f.message_index, "line": f.line, "col": f.column,
            "end_line": f.end_line, "end_col": f.end_column, "excerpt": f.excerpt, "detail": f.detail,
            "fingerprint": fingerprint, "suppressed": getattr(f, "suppressed", None),
        })
    return rows


def _not_a_duckdb_file(path: Path) -> str:
    """Why `path` cannot be a DuckDB database, judged by its header (DuckDB's magic bytes at offset 8);
    "" when it may be one. DuckDB's own error for such a file is about an in-memory database."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    if head[8:12] == b"DUCK":
        return ""
    if not head:
        return "an empty file"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if text in (b"{", b"["):
        return "a JSON file, maybe a corpus, not a DuckDB database"
    if head.startswith(b"PAR1"):
        return "a Parquet file, not a DuckDB database"
    return "not a DuckDB database"


def open_report(path: str | os.PathLike, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """Open a finished report, checking that it is one."""
    p = Path(path)
    if not p.is_file():
        raise UsageError(f"{p}: no such report (run `curator lint ... --db {p}` first)")
    not_duckdb = _not_a_duckdb_file(p)
    if not_duckdb:
        raise UsageError(f"{p}: not a curator report ({not_duckdb}); give the file `curator lint --db` wrote")
    try:
        con = duckdb.connect(str(p), read_only=read_only)
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UsageError(f"{p}: not a curator report ({first})") from None
    try:
        has_meta = con.execute("SELECT count(*) FROM information_schema.tables"
                               " WHERE table_name = 'meta' AND table_schema = 'main'").fetchone()[0]
        if not has_meta:
            con.close()
            raise UsageError(f"{p}: not a curator report (no meta table)")
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.Error as exc:
        con.close()
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UsageError(f"{p}: not a curator report ({first})") from None
    if version is None:
        raise UsageError(f"{p}: not a curator report (no schema_version)")
    if int(version[0]) > SCHEMA_VERSION:
        raise UsageError(f"{p}: written by a newer curator (schema {version[0]}); upgrade sft-curator")
    return con
