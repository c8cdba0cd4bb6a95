"""JSON Lines files (plain or compressed): lines, records, and byte-range shards for parallel reads."""

from __future__ import annotations

import hashlib
import os
from typing import Iterator

from curator.corpus.records import MAX_RECORD_BYTES, error_record, limit_text, record_from_json_bytes
from curator.corpus.sources import DECOMPRESS_ERRORS, looks_binary, open_binary, read_head, split_compression
from curator.errors import UsageError
from curator.model import Record

COUNT_CHUNK = 8 << 20
OVERSIZE_RAW_KEPT = 4096  # bytes of an oversized line kept as its raw prefix


def iter_lines(path: str) -> Iterator[tuple[int, bytes]]:
    """Yield (1-based line number, the line's exact bytes including its terminator).

    Concatenating the lines reproduces the (decompressed) file byte for byte; blank lines are included.
    """
    with open_binary(path) as f:
        yield from enumerate(f, 1)


def count_newlines(path: str, end: int) -> int:
    """The number of b"\\n" bytes in the first `end` bytes of an uncompressed file."""
    count = 0
    with open(path, "rb") as f:
        left = end
        while left > 0:
            chunk = f.read(min(COUNT_CHUNK, left))
            if not chunk:
                break
            count += chunk.count(b"\n")
            left -= len(chunk)
    return count


def jsonl_byte_shards(path: str, target_bytes: int) -> list[tuple[int, int]]:
    """Cut an uncompressed JSONL file into byte ranges of about `target_bytes`, each ending after a newline.

    The ranges cover the file without gaps or overlap; an empty file gives [(0, 0)].
    """
    if split_compression(path)[1] is not None:
        raise UsageError(f"{path}: byte-range shards need an uncompressed file")
    if target_bytes <= 0:
        raise UsageError(f"shard size must be positive, got {target_bytes}")
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise UsageError(f"{path}: cannot stat ({exc.strerror})") from None
    cuts = [0]
    with open(path, "rb") as f:
        pos = target_bytes
        while pos < size:
            f.seek(pos - 1)  # reading from pos-1 finds a boundary exactly at pos too
            f.readline()
            boundary = f.tell()
            if boundary >= size:
                break
            cuts.append(boundary)
            pos = boundary + target_bytes
    cuts.append(size)
    return list(zip(cuts[:-1], cuts[1:]))


def read_jsonl(
    path: str,
    source: str,
    *,
    shape: str | None = None,
    text_field: str | None = None,
    byte_range: tuple[int, int] | None = None,
    container: str = "jsonl",
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Iterator[Record]:
    """Yield one Record per non-blank line; a bad line, a line over `max_record_bytes` (never held whole), a
    corrupt stream or an empty file is an error record."""
    with open_binary(path) as f:
        lineno = 0
        offset, end = 0, None
        if byte_range is not None:
            offset, end = byte_range
            if split_compression(path)[1] is not None or not hasattr(f, "seek"):
                raise UsageError(f"{path}: byte ranges need an uncompressed file")
            lineno = count_newlines(path, offset)
            f.seek(offset)
        yielded = False
        try:
            head = read_head(f)  # every shard judges the file by its head: all agree with a whole read
            if looks_binary(head):
                if offset == 0:
                    yield error_record(source, 0, head[:OVERSIZE_RAW_KEPT], container,
                                       "binary file (not text), not JSON lines")
                return
            readline = f.readline
            while end is None or offset < end:
                line = readline(max_record_bytes + 1)
                if not line:
                    break
                lineno += 1
                offset += len(line)
                if len(line) > max_record_bytes and not line.endswith(b"\n"):
                    skipped, digest = _skip_rest_of_line(readline, line)
                    offset += skipped
                    yielded = True
                    yield error_record(
                        source, lineno, line[:OVERSIZE_RAW_KEPT], container,
                        f"line is {len(line) + skipped:,} bytes, over the {limit_text(max_record_bytes)} record limit",
                        sha256=digest,
                    )
                    continue
                if line.endswith(b"\n"):
                    line = line[:-2] if line.endswith(b"\r\n") else line[:-1]
                if not line or line.isspace():
                    continue
                if b"\0" in line:
                    yielded = True
                    yield error_record(source, lineno, line[:OVERSIZE_RAW_KEPT], container,
                                       f"NUL byte at byte {line.index(0) + 1} of the line (binary data), not JSON")
                    continue
                if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                    record = record_from_json_bytes(source, lineno, line[3:], container, shape, text_field)
                    record.raw, record.sha256 = line, hashlib.sha256(line).hexdigest()
                else:
                    record = record_from_json_bytes(source, lineno, line, container, shape, text_field)
                yielded = True
                yield record
        except DECOMPRESS_ERRORS as exc:
            yield error_record(source, lineno + 1, b"", container, f"cannot read the file past line {lineno}: {exc}")
            return
        if yielded or (byte_range is not None and byte_range[0] != 0):
            return
        if end is not None:  # the first shard speaks for the whole file, as a whole read does
            rest = _rest_of_file(path, end)
            if rest is None:
                return
            lineno += rest
        if lineno == 0:
            yield error_record(source, 0, b"", container, "empty file (no records)")
        else:
            yield error_record(source, 0, b"", container, "empty file (only blank lines)")


_BLANK = b" \t\r\n\x0b\x0c"


def _rest_of_file(path: str, start: int) -> int | None:
    """None when the file holds a non-blank byte after `start`, else how many bytes follow (0 or more).

    Reads only until the first non-blank byte: for a file with records that is the next shard's first line.
    """
    size = 0
    with open(path, "rb") as f:
        f.seek(start)
        while True:
            chunk = f.read(1 << 16)
            if not chunk:
                return size
            if chunk.translate(None, _BLANK):
                return None
            size += len(chunk)


def _skip_rest_of_line(readline, head: bytes) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Read to the end of an oversized line without keeping it; return (bytes skipped, sha256 of the line)."""
    digest = hashlib.sha256(head)
    skipped = 0
    while True:
        chunk = readline(1 << 20)
        if not chunk:
            break
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            digest.update(chunk[:-2] if chunk.endswith(b"\r\n") else chunk[:-1])
            break
        digest.update(chunk)
    return skipped, digest.hexdigest()
