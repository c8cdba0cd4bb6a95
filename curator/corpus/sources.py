"""Where records come from: expanding user paths into files and opening them as byte streams."""

from __future__ import annotations

import bz2
import gzip
import io
import os
import zlib
from typing import BinaryIO, Iterator

from curator.errors import UsageError

# Errors a decompressor raises for a corrupt or truncated stream; caught per file, reported as a record.
DECOMPRESS_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error)
try:
    import zstandard

    DECOMPRESS_ERRORS += (zstandard.ZstdError,)
except ImportError:  # pragma: no cover - zstandard is a core dependency
    zstandard = None  # type: ignore[assignment]

COMPRESSIONS = {".gz": "gzip", ".zst": "zstd", ".bz2": "bz2"}
MAGIC = {b"\x1f\x8b": "gzip", b"\x28\xb5\x2f\xfd": "zstd", b"BZh": "bz2"}
LINE_EXTENSIONS = (".jsonl", ".ndjson")
CONTAINER_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".parquet": "parquet"}
HF_DIR_MARKERS = ("state.json", "dataset_info.json", "dataset_dict.json")
HUB_PREFIX = "hf://"


def split_compression(path: str) -> tuple[str, str | None]:
    """Return (name without the compression suffix, compression or None)."""
    lower = path.lower()
    for suffix, kind in COMPRESSIONS.items():
        if lower.endswith(suffix):
            return path[: -len(suffix)], kind
    return path, None


def container_of(path: str) -> str | None:
    """The container a file holds, judged by its extension (compression suffix ignored)."""
    base, _ = split_compression(path)
    return CONTAINER_EXTENSIONS.get(os.path.splitext(base)[1].lower())


def is_hf_dir(path: str) -> bool:
    """A folder written by `datasets.save_to_disk` (a Dataset or a DatasetDict)."""
    return os.path.isdir(path) and any(os.path.isfile(os.path.join(path, m)) for m in HF_DIR_MARKERS)


def expand(path: str) -> Iterator[tuple[str, str]]:
    """Yield (source, container) for one user path; a directory is walked recursively, sorted.

    Hidden files and folders are skipped, and so are files whose extension names no container. A
    `save_to_disk` folder is one source, not walked. Raise UsageError for a path that does not exist.
    """
    if path.startswith(HUB_PREFIX):
        yield path, "hub"
        return
    if not os.path.exists(path):
        raise UsageError(f"{path}: no such file or directory")
    if not os.path.isdir(path):
        if not os.access(path, os.R_OK):
            raise UsageError(f"{path}: permission denied")
        yield path, container_of(path) or "jsonl"  # an unknown extension is read as JSON lines
        return
    if is_hf_dir(path):
        yield path, "hf"
        return
    if not os.access(path, os.R_OK | os.X_OK):
        raise UsageError(f"{path}: permission denied")
    yield from _walk(path)


def _walk(root: str) -> Iterator[tuple[str, str]]:
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        raise UsageError(f"{root}: cannot list directory ({exc.strerror})") from None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        full = os.path.join(root, entry.name)
        if entry.is_dir():
            if is_hf_dir(full):
                yield full, "hf"
            else:
                yield from _walk(full)
        elif entry.is_file():
            container = container_of(entry.name)
            if container is not None:
                yield full, container


def open_binary(path: str) -> BinaryIO:
    """Open a file for buffered binary reading, decompressing .gz/.zst/.bz2 (by suffix or magic bytes)."""
    try:
        raw = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    except OSError as exc:
        raise UsageError(f"{path}: cannot open ({exc.strerror})") from None
    _, kind = split_compression(path)
    if kind is None:
        head = raw.peek(4)[:4] if isinstance(raw, io.BufferedReader) else b""
        kind = next((k for magic, k in MAGIC.items() if head.startswith(magic)), None)
    if kind is None:
        return raw
    if kind == "gzip":
        return io.BufferedReader(gzip.GzipFile(fileobj=raw, mode="rb"), buffer_size=1 << 20)  # type: ignore[arg-type]
    if kind == "bz2":
        return io.BufferedReader(bz2.BZ2File(raw, mode="rb"), buffer_size=1 << 20)  # type: ignore[arg-type]
    reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True, closefd=True)
    return io.BufferedReader(reader, buffer_size=1 << 20)  # type: ignore[arg-type]
