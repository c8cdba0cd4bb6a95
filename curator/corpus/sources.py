"""Where records come from: expanding user paths into files and opening them as byte streams."""

from __future__ import annotations

import bz2
import contextvars
import glob
import gzip
import io
import json
import logging
import os
import re
import sys
import zlib
from typing import Any, BinaryIO, Iterator, Sequence

from curator.errors import UsageError

log = logging.getLogger(__name__)

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
# `save_to_disk` writes state.json in each Dataset folder and dataset_dict.json in a DatasetDict's. A
# dataset_info.json alone is no such folder: hub repositories and exports keep one beside plain data files.
HF_DIR_MARKERS = ("state.json", "dataset_dict.json")
HUB_PREFIX = "hf://"
# `hf://datasets/org/name[@revision]/path` is a file on the hub, read through huggingface_hub's fsspec
# file system (the spelling DuckDB uses too); any other `hf://org/name` is a dataset loaded by name.
HUB_FILE_PREFIXES = ("hf://datasets/", "hf://spaces/", "hf://models/")
STDIN = "-"
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_GLOB_CHARS = re.compile(r"[*?\[]")


# File headers of formats that are never text (a Parquet file, an image, an archive named .jsonl).
BINARY_MAGIC = (b"PAR1", b"ARROW1", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x7fELF",
                b"SQLite format 3\0", b"\xfe\xff", b"\xff\xfe", b"7z\xbc\xaf")
# Bytes that text never holds (control characters other than tab, newlines, form feed and escape).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b") + b"\x7f"
SNIFF_BYTES = 8192


def looks_binary(head: bytes) -> bool:
    """Whether the first bytes of a file show it is clearly not text, whatever one stray line holds.

    Binary means a known binary header, or over 5% control bytes (NUL and the like, UTF-16 text too),
    and in both cases no line of the head that parses as JSON. A text file with a few NUL bytes is
    not binary: its lines are read one by one and the bad ones reported.
    """
    if not head:
        return False
    if not head.startswith(BINARY_MAGIC) and len(head.translate(None, _CONTROL)) * 20 >= len(head) * 19:
        return False
    for line in head.split(b"\n")[:-1] if b"\n" in head else [head]:
        try:
            json.loads(line.lstrip(b"\xef\xbb\xbf"))
        except (ValueError, RecursionError):
            continue
        return False
    return True


def read_head(f: BinaryIO) -> bytes:
    """The first SNIFF_BYTES bytes of a stream from open_binary, wherever it is positioned.

    A plain file is read at offset 0 (the same bytes for a whole read and for every shard); a
    decompressed stream, read from its start, is peeked.
    """
    raw = getattr(f, "raw", None)
    if isinstance(raw, io.FileIO):
        return os.pread(raw.fileno(), SNIFF_BYTES, 0)
    return f.peek(SNIFF_BYTES)[:SNIFF_BYTES]  # type: ignore[attr-defined]


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


def is_url(path: str) -> bool:
    """A path read through fsspec (`s3://`, `gs://`, `hf://datasets/...`, `memory://`), not the local disk."""
    return bool(_URL.match(path)) and not is_hub_id(path) and not path.startswith("file://")


def is_hub_id(path: str) -> bool:
    """`hf://org/name[...]`: a hub dataset loaded by name (see corpus/hub.py)."""
    return path.startswith(HUB_PREFIX) and not path.startswith(HUB_FILE_PREFIXES)


def expand(path: str) -> Iterator[tuple[str, str]]:
    """Yield (source, container) for one user path; a directory is walked recursively, sorted.

    Hidden files and folders are skipped, and so are files whose extension names no container. A
    `save_to_disk` folder is one source, not walked. Symbolic links to folders inside a walked folder are
    not followed; a file reached twice through links is read once. `-` is standard input (JSON lines, or a
    JSON array when its first byte is `[`); a glob pattern (`data/**/*.jsonl`) is expanded, sorted; a URL
    is listed and read through fsspec. Raise UsageError for a path that does not exist or matches nothing.
    """
    if path == STDIN:
        yield STDIN, _stdin_container()
        return
    if is_hub_id(path):
        yield path, "hub"
        return
    if is_url(path):
        yield from _expand_url(path)
        return
    if path.startswith("file://"):
        path = path[len("file://"):]
    if not os.path.exists(path) and _GLOB_CHARS.search(path):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            raise UsageError(f"{path}: no file matches this pattern")
        seen: set[tuple[str, str]] = set()
        for match in matches:
            if os.path.isdir(match) and not is_hf_dir(match) and "**" in path:
                continue  # `**` lists every folder too; their files are matched on their own
            for item in expand(match):
                if item not in seen:
                    seen.add(item)
                    yield item
        return
    if not os.path.exists(path):
        raise UsageError(f"{path}: no such file or directory")
    if not os.path.isdir(path):
        if not os.access(path, os.R_OK):
            raise UsageError(f"{path}: permission denied")
        if _skipped_as_not_a_corpus(path):
            return
        yield path, container_of(path) or "jsonl"  # an unknown extension is read as JSON lines
        return
    if is_hf_dir(path):
        yield path, "hf"
        return
    if not os.access(path, os.R_OK | os.X_OK):
        raise UsageError(f"{path}: permission denied")
    yield from _walk(path)


def _walk(root: str, seen: set[str] | None = None) -> Iterator[tuple[str, str]]:
    """The files under `root`, sorted by name, recursively.

    A symbolic link to a directory is not followed (no loops, no folder read twice through a link);
    a link to a file is read, once: a file reached twice (a link beside its target) is read the first
    time only. An entry that cannot be examined (a link loop on a file) is skipped with a logged warning.
    """
    if seen is None:
        seen = set()
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        raise UsageError(f"{root}: cannot list directory ({exc.strerror})") from None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        full = os.path.join(root, entry.name)
        try:
            if entry.is_dir(follow_symlinks=False):
                if is_hf_dir(full):
                    yield full, "hf"
                else:
                    yield from _walk(full, seen)
                continue
            if entry.is_symlink() and os.path.isdir(full):
                continue  # a linked folder: not followed
            if not entry.is_file():
                continue
            container = container_of(entry.name)
            if container is None:
                continue
            real = os.path.realpath(full)
        except OSError as exc:  # a link loop, a vanished entry: skipped, said on stderr
            log.warning("%s: skipped, cannot read (%s)", full, exc.strerror or exc)
            continue
        if real in seen:
            continue
        seen.add(real)
        if container == "json" and _skipped_as_not_a_corpus(full):
            continue
        yield full, container


# A `.json` file up to this size is read whole to tell a corpus from a JSON document that is no corpus.
NOT_A_CORPUS_SNIFF = 1 << 20
_skip_collector: contextvars.ContextVar[list[tuple[str, str]] | None] = contextvars.ContextVar(
    "curator_skipped_inputs", default=None)


def not_a_corpus(path: str) -> str | None:
    """Why a `.json` file holds no corpus, or None. It holds none when it is one JSON object that no
    record shape reads (a package.json, a datasets folder's dataset_info.json, a config file): pre-commit
    and folder walks meet such files beside the data. Arrays, JSON lines, a single record, large files
    and anything unreadable are left to the reader (which reports what is wrong with them)."""
    if container_of(path) != "json":
        return None
    try:
        with open_binary(path) as f:
            data = f.read(NOT_A_CORPUS_SNIFF + 1)
    except (UsageError, *DECOMPRESS_ERRORS):
        return None
    if len(data) > NOT_A_CORPUS_SNIFF:
        return None
    text = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"{"):
        return None
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):  # JSON lines, or broken JSON: a corpus file the reader reports on
        return None
    if not isinstance(obj, dict):
        return None
    from curator.corpus.shapes import detect_shape

    if detect_shape(obj) is not None:
        return None
    keys = ", ".join(sorted(obj)[:4]) + (", ..." if len(obj) > 4 else "")
    return f"one JSON object that is no record (keys: {keys or 'none'})"


def _skipped_as_not_a_corpus(path: str) -> bool:
    why = not_a_corpus(path)
    if why is None:
        return False
    collected = _skip_collector.get()
    if collected is not None:
        collected.append((path, why))
    log.info("%s: skipped, not a corpus (%s)", path, why)
    return True


def skipped_inputs(paths: Sequence[str]) -> list[tuple[str, str]]:
    """(file, why) for every `.json` file under the local paths that `expand` skips as no corpus; paths
    that are not local (standard input, URLs, hub ids, rows in memory) are not looked at."""
    collected: list[tuple[str, str]] = []
    token = _skip_collector.set(collected)
    try:
        for path in paths:
            if path == STDIN or is_hub_id(path) or is_url(path) or not os.path.exists(path):
                continue
            try:
                for _ in expand(path):
                    pass
            except UsageError:
                continue
    finally:
        _skip_collector.reset(token)
    return collected


# Standard input can be read once; a second reader (split and scrub read their inputs twice) gets an error.
_stdin_opened = False


def _stdin_container() -> str:
    _check_stdin_unread()
    head = _stdin().peek(SNIFF_BYTES)[:SNIFF_BYTES]
    return "json" if head.lstrip(b" \t\r\n\xef\xbb\xbf")[:1] == b"[" else "jsonl"


def _check_stdin_unread() -> None:
    if _stdin_opened:
        raise UsageError("standard input (-) was already read once by this process; save it to a file "
                         "(split and scrub read their inputs twice)")


def _stdin() -> io.BufferedReader:
    stream = sys.stdin.buffer
    if not hasattr(stream, "peek"):  # pragma: no cover - a replaced sys.stdin
        stream = io.BufferedReader(_ReadAdapter(stream))  # type: ignore[arg-type]
    return stream  # type: ignore[return-value]


def _fsspec():
    try:
        import fsspec
    except ImportError:
        from curator.errors import MissingExtraError

        raise MissingExtraError("reading URLs (s3://, gs://, hf://datasets/...)", "remote") from None
    return fsspec


def _url_fs(url: str) -> tuple[Any, str]:
    """The fsspec file system of a URL and the path inside it; a missing protocol package is a usage error."""
    fsspec = _fsspec()
    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise UsageError(f"{url}: cannot open this kind of URL ({exc})".splitlines()[0]) from None


def _expand_url(url: str) -> Iterator[tuple[str, str]]:
    """A URL to a file, a folder (walked like a local one) or a glob pattern; listing it may use the network."""
    fs, root = _url_fs(url)
    try:
        if _GLOB_CHARS.search(root):
            found = sorted(p for p in fs.glob(root) if fs.isfile(p))
            if not found:
                raise UsageError(f"{url}: no file matches this pattern")
        elif fs.isdir(root):
            found = sorted(p for p in fs.find(root) if not any(
                part.startswith(".") for part in p[len(root.rstrip("/")):].split("/")))
            found = [p for p in found if container_of(p) is not None]
        elif fs.isfile(root):
            yield url, container_of(url) or "jsonl"
            return
        else:
            raise UsageError(f"{url}: no such file or directory")
    except UsageError:
        raise
    except Exception as exc:  # noqa: BLE001 - credentials, network, permissions: one line, the URL named
        raise UsageError(f"{url}: cannot list ({type(exc).__name__}: {exc})".splitlines()[0]) from None
    for item in found:
        full = fs.unstrip_protocol(item)
        yield full, container_of(full) or "jsonl"


def open_url(url: str) -> BinaryIO:
    """A seekable binary file object for a URL (for pyarrow, which needs to seek in Parquet files)."""
    fs, inner = _url_fs(url)
    try:
        return fs.open(inner, "rb")
    except Exception as exc:  # noqa: BLE001
        raise UsageError(f"{url}: cannot open ({type(exc).__name__}: {exc})".splitlines()[0]) from None


class _ReadAdapter(io.RawIOBase):
    """Any readable file object (fsspec's, a pipe) as a raw stream a BufferedReader can buffer and peek."""

    def __init__(self, stream, *, close_inner: bool = True) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self._stream = stream
        self._close_inner = close_inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        data = self._stream.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        if not self.closed and self._close_inner:
            self._stream.close()
        super().close()


class _KeepOpen(io.BufferedReader):
    """Standard input for one reader: closing the reader must not close the process's stdin."""

    def close(self) -> None:
        pass


def open_binary(path: str) -> BinaryIO:
    """Open a file for buffered binary reading, decompressing .gz/.zst/.bz2 (by suffix or magic bytes).

    `-` is standard input; a URL is opened through fsspec."""
    raw: io.BufferedReader
    if path == STDIN:
        global _stdin_opened
        _check_stdin_unread()
        _stdin_opened = True
        raw = _KeepOpen(_ReadAdapter(_stdin(), close_inner=False), buffer_size=1 << 20)
    elif is_url(path):
        raw = io.BufferedReader(_ReadAdapter(open_url(path)), buffer_size=1 << 20)
    else:
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
    stream: Any
    if kind == "gzip":
        stream = gzip.GzipFile(fileobj=raw, mode="rb")
    elif kind == "bz2":
        stream = bz2.BZ2File(raw, mode="rb")
    else:
        stream = _ZstdFrames(raw)
    return io.BufferedReader(_Incremental(stream), buffer_size=1 << 20)  # type: ignore[arg-type]


class _Incremental(io.RawIOBase):
    """A decompressing stream read one decompressor step at a time (`read1`).

    Each read hands over what one step decoded, so a stream cut short or corrupt mid-way raises only
    once every byte decoded before the damage has been returned: the reader above keeps every complete
    line before the cut and reports the cut as one error (a plain BufferedReader over the decompressor
    would discard the data decoded in the failing fill).
    """

    def __init__(self, stream) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        data = self._stream.read1(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        if not self.closed:
            self._stream.close()
        super().close()


class _ZstdFrames:
    """Zstandard frames one after another, raising ZstdError when the input ends inside a frame.

    (zstandard's stream_reader returns a clean end of file for a truncated frame.)
    """

    INPUT_CHUNK = 1 << 16

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._dctx = zstandard.ZstdDecompressor()
        self._frame: Any = None  # the decompressobj of the frame being read
        self._pending = b""
        self._at = 0  # how much of _pending was handed over
        self._leftover = b""  # input after the end of the last frame
        self._done = False

    def read1(self, size: int) -> bytes:
        while self._at >= len(self._pending):
            if self._done:
                return b""
            chunk, self._leftover = self._leftover or self._raw.read(self.INPUT_CHUNK), b""
            if not chunk:
                self._done = True
                if self._frame is not None and not self._frame.eof:
                    raise zstandard.ZstdError("the zstd stream ends inside a frame (file truncated)")
                return b""
            if self._frame is None or self._frame.eof:
                self._frame = self._dctx.decompressobj()
            self._pending, self._at = self._frame.decompress(chunk), 0
            if self._frame.eof:
                self._leftover = self._frame.unused_data
        out = self._pending[self._at : self._at + size]
        self._at += len(out)
        return out

    def close(self) -> None:
        self._raw.close()
