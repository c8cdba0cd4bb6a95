"""The result cache: per-record engine results keyed by content and configuration, so re-linting an
unchanged corpus skips extraction and every engine.

An entry is keyed by the record's sha256 (plus its container and shape) inside a namespace: the hash of
everything else the result depends on (curator and rules version, engine names and versions, roles,
select/ignore, number lists, baseline). Entries hold snippets, findings and statuses without the record id,
which is rebound on load, so a record that moved to another line or file is still a hit.
One SQLite file; one writer at a time (SQLite's lock), readers never block on a stale entry.

On top of that, a run whose inputs (names and bytes) and namespace are unchanged reuses the whole report
of the earlier identical run (folder `runs/`): no record is read, no table written; the report's `runs` row
is the one of the run it was copied from.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import shutil
import sqlite3
import time
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, Sequence

from curator import __version__
from curator.model import Finding, Record, RecordResult, Snippet, SnippetStatus
from curator.outputs import new_temp_file

CACHE_FORMAT = 2  # 2: findings of several engines merged by statement, suppressions by any merged id
FILE_NAME = "results.sqlite"
FLUSH_EVERY = 2_000
KEEP_NAMESPACES = 8  # configurations kept side by side (CI, pre-commit, an ad-hoc --select ...)
MAX_AGE_S = 30 * 24 * 3600
KEEP_RUNS = 8  # whole-run reports kept for unchanged re-runs

_SNIPPET_FIELDS = [f.name for f in dataclasses.fields(Snippet)]
_FINDING_FIELDS = [f.name for f in dataclasses.fields(Finding)]
_STATUS_FIELDS = [f.name for f in dataclasses.fields(SnippetStatus)]
# Ids that embed the record id and are rebound on load.
_ID_FIELDS = {"record_id", "snippet_id"}

# Python packages whose version changes what an engine finds.
ENGINE_PACKAGES: dict[str, tuple[str, ...]] = {
    "tree-sitter": ("tree-sitter", "tree-sitter-python", "tree-sitter-javascript", "tree-sitter-typescript",
                    "tree-sitter-bash", "tree-sitter-go", "tree-sitter-java", "tree-sitter-ruby",
                    "tree-sitter-php", "tree-sitter-c"),
    "bandit": ("bandit",),
    "semgrep": ("semgrep",),
    "numbers": (),
}


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def engine_versions(engines: Iterable[str]) -> dict[str, dict[str, str]]:
    return {engine: {pkg: _package_version(pkg) for pkg in ENGINE_PACKAGES.get(engine, ())}
            for engine in sorted(engines)}


def _file_digest(path: str | None) -> str | None:
    if not path:
        return None
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return f"unreadable:{path}"


_CODE_DIGEST: str | None = None


def code_digest() -> str:
    """A digest of curator's own source: a result depends on the code that produced it (merging, extraction,
    the engines), and an editable install or a fix without a version bump must not reuse stale entries."""
    global _CODE_DIGEST
    if _CODE_DIGEST is None:
        digest = hashlib.sha256()
        package = Path(__file__).resolve().parent
        for path in sorted(package.rglob("*.py")):
            digest.update(str(path.relative_to(package)).encode())
            try:
                digest.update(path.read_bytes())
            except OSError:
                pass
        _CODE_DIGEST = digest.hexdigest()[:16]
    return _CODE_DIGEST


def cache_key_parts(config) -> dict:
    """Everything besides the record's bytes that a per-record result depends on, from a LintConfig."""
    from curator.ruleset import rules_version

    rules_dir = getattr(config, "rules_dir", None)
    return {
        "cache_format": CACHE_FORMAT,
        "curator": __version__,
        "code": code_digest(),
        "model": hashlib.sha256(json.dumps([_SNIPPET_FIELDS, _FINDING_FIELDS, _STATUS_FIELDS]).encode()).hexdigest()[:12],
        "rules": rules_version(rules_dir),
        "engines": engine_versions(config.engines),
        "roles": sorted(config.roles),
        "select": sorted(config.select),
        "ignore": sorted(config.ignore),
        "shape": config.shape,
        "text_field": config.text_field,
        "numbers": [_file_digest(p) for p in config.numbers],
        "baseline": _file_digest(config.baseline),
        "options": json.loads(json.dumps(getattr(config, "extra", {}) or {}, sort_keys=True, default=str)),
    }


def default_cache_dir(start: str | os.PathLike = ".") -> Path:
    """`.curator-cache/` beside the nearest pyproject.toml, else the user's cache folder."""
    here = Path(start).resolve()
    for folder in [here, *here.parents]:
        if (folder / "pyproject.toml").is_file():
            return folder / ".curator-cache"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sft-curator"


def _strip(value: str | None, record_id: str) -> str | None:
    if value is None:
        return None
    return value[len(record_id):] if value.startswith(record_id) else "\0" + value


def _bind(value: str | None, record_id: str) -> str | None:
    if value is None:
        return None
    return value[1:] if value.startswith("\0") else record_id + value


def _pack(objects: Sequence, names: list[str], record_id: str) -> list[tuple]:
    return [tuple(_strip(getattr(o, n), record_id) if n in _ID_FIELDS else getattr(o, n) for n in names)
            for o in objects]


def _unpack(cls, rows: list[tuple], names: list[str], record_id: str) -> list:
    id_positions = [i for i, n in enumerate(names) if n in _ID_FIELDS]
    out = []
    for row in rows:
        values = list(row)
        for i in id_positions:
            values[i] = _bind(values[i], record_id)
        out.append(cls(*values))
    return out


def entry_key(record: Record) -> str:
    return f"{record.sha256}:{record.container}:{record.shape}"


class ResultCache:
    """Per-record results on disk. Use `open`, then `get`/`get_many`, `put`, and `close`."""

    def __init__(self, con: sqlite3.Connection, namespace: str, path: Path) -> None:
        self._con = con
        self.namespace = namespace
        self.path = path
        self._pending: list[tuple[str, str, bytes]] = []
        self.hits = 0
        self.misses = 0

    @classmethod
    def open(cls, path: str | os.PathLike, key_parts: dict) -> "ResultCache":
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# written by sft-curator: the result cache is not for version control\n*\n")
        con = sqlite3.connect(str(folder / FILE_NAME), timeout=60, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute("CREATE TABLE IF NOT EXISTS namespaces (ns TEXT PRIMARY KEY, key_parts TEXT, last_used REAL)")
        con.execute("CREATE TABLE IF NOT EXISTS entries (ns TEXT, key TEXT, value BLOB, PRIMARY KEY (ns, key))"
                    " WITHOUT ROWID")
        text = json.dumps(key_parts, sort_keys=True, default=str)
        namespace = hashlib.sha256(text.encode()).hexdigest()[:20]
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute("INSERT OR REPLACE INTO namespaces VALUES (?, ?, ?)", [namespace, text, time.time()])
            stale = [ns for (ns,) in con.execute(
                "SELECT ns FROM namespaces WHERE ns <> ? AND (last_used < ? OR ns NOT IN"
                " (SELECT ns FROM namespaces ORDER BY last_used DESC LIMIT ?))",
                [namespace, time.time() - MAX_AGE_S, KEEP_NAMESPACES])]
            for ns in stale:
                con.execute("DELETE FROM entries WHERE ns = ?", [ns])
                con.execute("DELETE FROM namespaces WHERE ns = ?", [ns])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return cls(con, namespace, folder)

    # -- reading ------------------------------------------------------------------------------------
    def get(self, record: Record) -> RecordResult | None:
        return self.get_many([record])[0]

    def get_many(self, records: Sequence[Record]) -> list[RecordResult | None]:
        """Cached results for `records`, in order; None where there is none. Unreadable records are never
        cached: there is nothing to save on them."""
        keys = [entry_key(r) for r in records if r.status == "ok"]
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self._con.execute(
                f"SELECT key, value FROM entries WHERE ns = ? AND key IN ({marks})", [self.namespace, *chunk]))
        out: list[RecordResult | None] = []
        for record in records:
            blob = found.get(entry_key(record)) if record.status == "ok" else None
            if blob is None:
                self.misses += 1
                out.append(None)
                continue
            self.hits += 1
            snippets, findings, statuses = pickle.loads(blob)
            rid = record.record_id
            out.append(RecordResult(record, _unpack(Snippet, snippets, _SNIPPET_FIELDS, rid),
                                    _unpack(Finding, findings, _FINDING_FIELDS, rid),
                                    _unpack(SnippetStatus, statuses, _STATUS_FIELDS, rid)))
        return out

    # -- whole runs ---------------------------------------------------------------------------------
    def run_key(self, paths: Sequence[str]) -> str | None:
        """A key for a whole run over these inputs: their names as given and their bytes. None when an
        input is not a local file or folder (a hub id): such runs are never reused."""
        digest = hashlib.sha256(self.namespace.encode())
        for name in paths:
            path = Path(name)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file())
            elif path.is_file():
                files = [path]
            else:
                return None
            digest.update(b"\0input\0" + name.encode())
            for file in files:
                digest.update(b"\0" + str(file.relative_to(path) if file != path else "").encode() + b"\0")
                with open(file, "rb") as handle:
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(block)
        return digest.hexdigest()[:32]

    def load_run(self, key: str, report_path: str | os.PathLike):
        """Reuse the report and summary of an identical earlier run: copy its report to `report_path` and
        return its LintSummary, or None."""
        folder = self.path / "runs"
        report, saved = folder / f"{key}.duckdb", folder / f"{key}.summary"
        if not (report.is_file() and saved.is_file()):
            return None
        try:
            summary = pickle.loads(saved.read_bytes())
        except Exception:  # an unreadable entry (older curator, torn write) is a miss, never an error
            return None
        target = Path(report_path)
        fd, partial = new_temp_file(target)
        os.close(fd)
        shutil.copyfile(report, partial)
        os.replace(partial, target)
        os.utime(saved)
        summary.db = str(report_path)
        summary.engine_seconds = {}  # no engine ran
        # The copied report keeps the earlier run's id and timings; the summary says so instead of
        # passing its speed off as this run's.
        summary.reused_from = summary.run_id
        return summary

    def save_run(self, key: str, report_path: str | os.PathLike, summary) -> None:
        folder = self.path / "runs"
        folder.mkdir(exist_ok=True)
        partial = folder / f"{key}.duckdb.tmp"
        shutil.copyfile(report_path, partial)
        os.replace(partial, folder / f"{key}.duckdb")
        (folder / f"{key}.summary.tmp").write_bytes(pickle.dumps(summary, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(folder / f"{key}.summary.tmp", folder / f"{key}.summary")
        kept = sorted(folder.glob("*.summary"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP_RUNS:]:
            for leftover in (old, old.with_suffix(".duckdb")):
                leftover.unlink(missing_ok=True)

    # -- writing ------------------------------------------------------------------------------------
    def put(self, result: RecordResult) -> None:
        record = result.record
        if record.status != "ok":
            return
        rid = record.record_id
        blob = pickle.dumps((_pack(result.snippets, _SNIPPET_FIELDS, rid),
                             _pack(result.findings, _FINDING_FIELDS, rid),
                             _pack(result.statuses, _STATUS_FIELDS, rid)), protocol=pickle.HIGHEST_PROTOCOL)
        self._pending.append((self.namespace, entry_key(record), blob))
        if len(self._pending) >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        self._con.execute("BEGIN IMMEDIATE")
        try:
            self._con.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", self._pending)
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._pending.clear()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._con.close()

    def __enter__(self) -> "ResultCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def lint_with_cache(lint_batch: Callable[[Sequence[Record]], list[RecordResult]], cache: ResultCache | None,
                    records: Sequence[Record]) -> list[RecordResult]:
    """Results for `records` in order: cached ones loaded, the rest linted by `lint_batch` and stored."""
    if cache is None:
        return lint_batch(records)
    cached = cache.get_many(records)
    misses = [r for r, hit in zip(records, cached) if hit is None]
    fresh = iter(lint_batch(misses) if misses else [])
    results = []
    for hit in cached:
        if hit is None:
            hit = next(fresh)
            cache.put(hit)
        results.append(hit)
    return results


def open_cache(config) -> ResultCache | None:
    """The cache a LintConfig asks for (`cache`, `cache_dir`), or None with --no-cache."""
    if not config.cache:
        return None
    folder = Path(config.cache_dir) if config.cache_dir else default_cache_dir()
    try:
        return ResultCache.open(folder, cache_key_parts(config))
    except (OSError, sqlite3.Error) as exc:
        # A read-only checkout or a broken cache file slows a run down; it never fails it.
        import sys

        print(f"curator: warning: result cache {folder} unusable ({exc}); running without it", file=sys.stderr)
        return None
