"""Build Record objects from raw bytes or decoded rows; every failure becomes an error record."""

from __future__ import annotations

import datetime
import decimal
import json
from typing import Any

from curator.corpus.shapes import ShapeError, parse_record
from curator.model import Record

# A record larger than this is reported as an error instead of being parsed (and buffered whole): the
# default of `max_record_bytes` ([tool.curator.options]). Readers hold at most about this much per record.
MAX_RECORD_BYTES = 64 * 1024 * 1024


def limit_text(limit: int) -> str:
    """The record size limit as people write it: "64 MiB", or "1,000 bytes"."""
    return f"{limit >> 20} MiB" if limit >= 1 << 20 and not limit % (1 << 20) else f"{limit:,} bytes"


def error_record(source: str, position: int, raw: bytes, container: str, problem: str, sha256: str = "") -> Record:
    where = f"{source}:{position}" if position else source
    return Record(source, position, raw, container, status="error", error=f"{where}: {problem}", sha256=sha256)


def json_problem(exc: json.JSONDecodeError, start: int = 0) -> str:
    """json's message and where, counted from `start` in the decoded text: `Expecting value at column 14`,
    `Unterminated string starting at line 3 column 5` (some of json's messages already end in "at")."""
    text = exc.doc[start:exc.pos] if isinstance(exc.doc, str) else ""
    line = text.count("\n") + 1
    column = exc.pos - start - (text.rfind("\n") + 1) + 1
    where = f"line {line} column {column}" if line > 1 else f"column {column}"
    return f"{exc.msg} {where}" if exc.msg.endswith(" at") else f"{exc.msg} at {where}"


def record_from_json_bytes(
    source: str, position: int, raw: bytes, container: str, shape: str | None, text_field: str | None
) -> Record:
    """Decode one JSON record (a JSONL line or an array element) and read its messages."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return error_record(source, position, raw, container, f"invalid UTF-8 at byte {exc.start + 1}")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return error_record(source, position, raw, container, f"invalid JSON: {json_problem(exc)}")
    except RecursionError:
        return error_record(source, position, raw, container, "invalid JSON: nested too deeply")
    return record_from_obj(source, position, raw, container, obj, shape, text_field)


def record_from_obj(
    source: str, position: int, raw: bytes, container: str, obj: Any, shape: str | None, text_field: str | None
) -> Record:
    try:
        found_shape, messages = parse_record(obj, shape, text_field)
    except ShapeError as exc:
        return error_record(source, position, raw, container, f"wrong record shape: {exc}")
    except RecursionError:
        return error_record(source, position, raw, container, "invalid JSON: nested too deeply")
    except Exception as exc:  # noqa: BLE001 - one record's failure must never stop the run
        return error_record(source, position, raw, container, f"cannot read the record: {type(exc).__name__}: {exc}")
    return Record(source, position, raw, container, shape=found_shape, messages=messages)


def canonical_json(row: dict) -> bytes:
    """The canonical bytes of a row from a non-JSON container: sorted keys, compact, UTF-8."""
    text = json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_jsonable)
    try:
        return text.encode("utf-8", "surrogateescape")  # cells read with surrogateescape get their bytes back
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace")


def _jsonable(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "backslashreplace")
    if isinstance(value, (datetime.date, datetime.time, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, datetime.timedelta)):
        return str(value)
    if hasattr(value, "tolist"):  # numpy arrays and scalars
        return value.tolist()
    return repr(value)
