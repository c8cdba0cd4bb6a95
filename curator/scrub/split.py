"""Split corpora into clean / flagged (/ rejects) partitions by a lint report, byte for byte, with a manifest.

JSON Lines: every non-blank line goes to exactly one output, unchanged and in input order; blank
(whitespace-only) lines are not records and are counted in the manifest but written nowhere. The one
byte an output can gain is a line break after an input's last line when that line had none and another
line follows it in the same output (counted as `line_breaks_added`). Compressed input gives outputs
with the same compression (the bytes inside are exact; the compressed bytes are not the input's).
Parquet, CSV, JSON arrays and dataset folders are written back in their own container with the same
rows and schema. Rows are numbered as the lint reader numbers them: a CSV row the parser rejects is
written as its raw line(s); an error record with no bytes (an unclosed JSON array's tail) is counted on
its side and named in the manifest (`unwritable`, with reasons).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Sequence

import duckdb

from curator import __version__
from curator.corpus import iter_lines, iter_records, sources
from curator.corpus.sources import DECOMPRESS_ERRORS, split_compression
from curator.engines import EngineConfig, rule_selected
from curator.errors import UsageError
from curator.flagged import flags, run_threshold
from curator.scrub.output import AtomicFile, check_targets, file_sha256, with_compression

SIDES = ("clean", "flagged", "rejects")


@dataclass(frozen=True)
class SplitPolicy:
    fail_on: str = "low"  # a record is flagged by an active finding at or above this severity
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {"fail_on": self.fail_on, "select": list(self.select), "ignore": list(self.ignore),
                "suppressed_findings": "ignored", "unreadable_records": "rejects if given, else flagged",
                "blank_lines": "not records: counted, written nowhere"}


@dataclass
class ReportView:
    """What split needs from a finished report: per source, line -> (sha256, status), and flagged ids."""

    db: str
    run_id: str
    records: dict[str, dict[int, tuple[str, str]]]
    flagged: set[str]
    rules_version: str = ""


def latest_run(con: duckdb.DuckDBPyConnection) -> tuple[str, str]:
    row = con.execute("SELECT run_id, coalesce(rules_version, '') FROM runs WHERE finished_at IS NOT NULL"
                      " ORDER BY started_at DESC LIMIT 1").fetchone()
    if row is None:
        raise UsageError("the report holds no finished lint run")
    return row[0], row[1]


def report_policy(con: duckdb.DuckDBPyConnection, policy: SplitPolicy) -> SplitPolicy:
    """`policy` at the threshold the report's latest run was counted with (split of an existing report
    without --fail-on: the split agrees with the report's own counts)."""
    return replace(policy, fail_on=run_threshold(con, latest_run(con)[0]))


def read_report(con: duckdb.DuckDBPyConnection, db: str, policy: SplitPolicy) -> ReportView:
    run_id, rules_version = latest_run(con)
    records: dict[str, dict[int, tuple[str, str]]] = defaultdict(dict)
    for source, line, sha, status in con.execute(
            "SELECT source, line, sha256, status FROM records WHERE run_id = ?", [run_id]).fetchall():
        records[source][int(line)] = (sha, status)
    config = EngineConfig(select=policy.select, ignore=policy.ignore)
    flagged = set()
    for record_id, rule_id, severity in con.execute(
            "SELECT record_id, rule_id, severity FROM active_findings WHERE run_id = ?", [run_id]).fetchall():
        # the one definition of flagged (curator/flagged.py): info never flags, whatever --fail-on says
        if flags(severity, policy.fail_on) and rule_selected(rule_id, config):
            flagged.add(record_id)
    return ReportView(db, run_id, dict(records), flagged, rules_version)


def match_source(source: str, known: Sequence[str]) -> str | None:
    """The report's name for an input: the same string, else the same file by real path."""
    if source in known:
        return source
    real = os.path.realpath(source)
    same = [k for k in known if os.path.realpath(k) == real]
    return same[0] if len(same) == 1 else None


@dataclass
class SideCounts:
    path: str | None = None
    records: int = 0
    line_breaks_added: int = 0
    unwritable: list[str] = field(default_factory=list)  # records counted here that have no bytes to write


@dataclass
class InputCounts:
    path: str
    container: str
    compression: str | None
    sha256: str
    lines: int = 0
    blank_lines: int = 0
    records: int = 0
    sides: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SIDES, 0))
    problems: list[str] = field(default_factory=list)


def _changed(source: str, line: int, why: str) -> UsageError:
    return UsageError(f"{source}:{line}: {why} since the report was written; re-run `curator lint` "
                      f"(or split without --db to lint on the fly)")


def _side(record_id: str, status: str, view: ReportView, has_rejects: bool) -> str:
    if status != "ok":
        return "rejects" if has_rejects else "flagged"
    return "flagged" if record_id in view.flagged else "clean"


def split_corpus(paths: Sequence[str], view: ReportView, targets: dict[str, str | None], *,
                 policy: SplitPolicy, force: bool = False, manifest: str | None = None) -> dict:
    """Write the clean/flagged(/rejects) outputs and the manifest; return the manifest."""
    found = sources(list(paths))
    if not found:
        raise UsageError("no input files found")
    containers = {container for _, container in found}
    if len(containers) != 1:
        raise UsageError(f"inputs mix containers ({', '.join(sorted(containers))}); split them separately")
    container = containers.pop()
    compressions = {split_compression(source)[1] for source, _ in found} if container == "jsonl" else {None}
    if len(compressions) != 1:
        raise UsageError("JSONL inputs mix compressions; split them separately")
    compression = compressions.pop()
    outputs = {side: (with_compression(path, compression) if path else None) for side, path in targets.items()}
    manifest_path = manifest or f"{outputs['clean']}.manifest.json"
    input_paths = [source for source, _ in found]
    check_targets([p for p in outputs.values() if p] + [manifest_path], input_paths, force=force)

    from curator.scrub.tables import row_sources

    names: dict[str, str] = {}  # record source (an input, or a DatasetDict's split folder) -> its report name
    for source, _ in found:
        for sub in row_sources(container, source):
            name = match_source(sub, list(view.records))
            if name is None:
                held = ", ".join(sorted(view.records)[:3]) or "no records"
                raise UsageError(f"{sub}: not in the report {view.db} (it holds {held}); lint it first or drop --db")
            names[sub] = name

    counts = [InputCounts(source, container, compression, file_sha256(source)) for source, _ in found]
    sides = {side: SideCounts(path) for side, path in outputs.items() if path}
    has_rejects = "rejects" in sides
    if container == "jsonl":
        _split_jsonl(found, names, view, outputs, counts, sides, has_rejects)
    else:
        _split_table(found, container, names, view, outputs, counts, sides, has_rejects)

    result = {
        "tool": "curator split",
        "curator_version": __version__,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "report": {"db": view.db, "run_id": view.run_id, "rules_version": view.rules_version},
        "policy": policy.as_dict(),
        "inputs": [{"path": c.path, "container": c.container, "compression": c.compression, "sha256": c.sha256,
                    "lines": c.lines if container == "jsonl" else None,
                    "blank_lines": c.blank_lines, "records": c.records, **c.sides, "problems": c.problems}
                   for c in counts],
        "outputs": {side: {"path": s.path, "records": s.records, "sha256": file_sha256(s.path),
                           "line_breaks_added": s.line_breaks_added, "unwritable": len(s.unwritable),
                           "unwritable_reasons": s.unwritable} for side, s in sides.items()},
        "counts": {"records": sum(c.records for c in counts),
                   **{side: sum(c.sides[side] for c in counts) for side in SIDES},
                   "blank_lines": sum(c.blank_lines for c in counts),
                   "unwritable": sum(len(s.unwritable) for s in sides.values())},
    }
    _write_json_atomic(manifest_path, result)
    result["manifest"] = manifest_path
    return result


def _write_json_atomic(path: str, data: dict) -> None:
    out = AtomicFile(path)
    try:
        out.write(json.dumps(data, indent=2, ensure_ascii=False).encode() + b"\n")
        out.commit()
    except BaseException:
        out.discard()
        raise


def _split_jsonl(found, names, view, outputs, counts, sides, has_rejects) -> None:
    files = {side: AtomicFile(path, counts[0].compression) for side, path in outputs.items() if path}
    try:
        for (source, _), count in zip(found, counts):
            expected = view.records[names[source]]
            seen: set[int] = set()
            lineno = 0
            try:
                for lineno, line in iter_lines(source):
                    count.lines += 1
                    body = line[:-2] if line.endswith(b"\r\n") else line[:-1] if line.endswith(b"\n") else line
                    if not body or body.isspace():
                        count.blank_lines += 1
                        continue
                    known = expected.get(lineno)
                    if known is None:
                        raise _changed(source, lineno, "this line is not in the report; the file changed")
                    if hashlib.sha256(body).hexdigest() != known[0]:
                        raise _changed(source, lineno, "the line's sha256 differs from the report; the file changed")
                    seen.add(lineno)
                    side = _side(f"{names[source]}:{lineno}", known[1], view, has_rejects)
                    sides[side].line_breaks_added += files[side].write_line(line)
                    sides[side].records += 1
                    count.sides[side] += 1
                    count.records += 1
            except DECOMPRESS_ERRORS as exc:
                count.problems.append(f"{source}: cannot read past line {lineno}: {exc}")
            missing = sorted(n for n in expected if n not in seen and n > 0 and expected[n][0] != _EMPTY_SHA)
            if missing and not count.problems:
                raise _changed(source, missing[0], "the report has a record this file no longer holds")
            for n in sorted(expected):
                if n not in seen and expected[n][1] != "ok":
                    count.problems.append(f"{source}:{n}: unreadable, no bytes to write")
        for f in files.values():
            f.commit()
    except BaseException:
        for f in files.values():
            f.discard()
        raise


_EMPTY_SHA = hashlib.sha256(b"").hexdigest()


def _split_table(found, container, names, view, outputs, counts, sides, has_rejects) -> None:
    """Row containers: read each input's rows once, pick rows per side, write each side in the container."""
    from curator.scrub.tables import row_sources, write_rows

    picks: dict[str, list[tuple[str, int]]] = {side: [] for side in sides}
    for (source, _), count in zip(found, counts):
        seen: dict[str, set[int]] = {sub: set() for sub in row_sources(container, source)}
        for record in iter_records([source]):
            if record.position == 0:
                count.problems.append(record.error or f"{source}: unreadable")
                continue
            sub = record.source
            known = view.records[names[sub]].get(record.position)
            if known is None or known[0] != record.sha256:
                raise _changed(sub, record.position, "the row's sha256 differs from the report")
            seen[sub].add(record.position)
            side = _side(f"{names[sub]}:{record.position}", known[1], view, has_rejects)
            picks[side].append((sub, record.position))
            sides[side].records += 1
            count.sides[side] += 1
            count.records += 1
        for sub, got in seen.items():
            missing = sorted(n for n in view.records[names[sub]] if n > 0 and n not in got)
            if missing:
                raise _changed(sub, missing[0], "the report has a row this input no longer holds")

    for side, rows in picks.items():
        sides[side].unwritable = write_rows(container, [s for s, _ in found], rows, outputs[side])

