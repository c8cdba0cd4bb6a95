"""Output files written atomically (temp file beside the target, renamed when complete), compressed like the input."""

from __future__ import annotations

import bz2
import gzip
import hashlib
import os
import shutil
from pathlib import Path
from typing import BinaryIO

from curator.corpus.sources import COMPRESSIONS, split_compression
from curator.errors import UsageError
from curator.outputs import give_default_modes, keep_mode_of, new_temp_file, new_temp_folder

SUFFIX_OF = {kind: suffix for suffix, kind in COMPRESSIONS.items()}


def with_compression(path: str, compression: str | None) -> str:
    """`path`, given the suffix of `compression` when it lacks it (out.jsonl + gzip -> out.jsonl.gz)."""
    if compression is None:
        return path
    _, existing = split_compression(path)
    if existing == compression:
        return path
    if existing is not None:
        raise UsageError(f"{path}: the input is {compression}-compressed; name the output with "
                         f"{SUFFIX_OF[compression]}, not a {existing} suffix")
    return path + SUFFIX_OF[compression]


def check_targets(targets: list[str], inputs: list[str], *, force: bool) -> None:
    """Refuse an output that is an input, a missing folder, and an existing output without --force
    (one rule for every command: curator/outputs.py)."""
    from curator.outputs import Output, guard_outputs

    guard_outputs([Output(target, "corpus", "") for target in targets], inputs, force=force)


class AtomicFile:
    """A binary file that appears at `path` only on `commit()`; `discard()` leaves no trace."""

    def __init__(self, path: str, compression: str | None = None) -> None:
        self.path = path
        fd, self.tmp = new_temp_file(path)  # the mode a plain open() would give, not mkstemp's 0600
        self._raw = os.fdopen(fd, "wb")
        self.stream: BinaryIO = _compressor(self._raw, compression)
        self.bytes_written = 0
        self.lines = 0
        self.last_byte = b""

    def write(self, data: bytes) -> None:
        if data:
            self.stream.write(data)
            self.bytes_written += len(data)
            self.last_byte = data[-1:]

    def write_line(self, line: bytes) -> bool:
        """Write one line; a missing line break is added before it if the previous line had none.
        Returns whether a line break had to be added."""
        added = False
        if self.last_byte and self.last_byte != b"\n":
            self.write(b"\n")
            added = True
        self.write(line)
        self.lines += 1
        return added

    def commit(self) -> None:
        self.stream.close()
        if self.stream is not self._raw:
            self._raw.close()
        keep_mode_of(self.path, self.tmp)
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        for stream in (self.stream, self._raw):
            try:
                stream.close()
            except Exception:  # noqa: BLE001 - cleanup after another error
                pass
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def _compressor(raw: BinaryIO, compression: str | None) -> BinaryIO:
    if compression is None:
        return raw
    if compression == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="wb", mtime=0)  # type: ignore[return-value]
    if compression == "bz2":
        return bz2.BZ2File(raw, mode="wb")  # type: ignore[return-value]
    import zstandard

    return zstandard.ZstdCompressor().stream_writer(raw, closefd=False)  # type: ignore[return-value]


def atomic_path(path: str, *, folder: bool = False) -> str:
    """A new temp file (or folder) beside `path` for writers that need a name (Parquet, dataset folders)."""
    if folder:
        return new_temp_folder(path)
    fd, tmp = new_temp_file(path)
    os.close(fd)
    return tmp


def replace_path(tmp: str, path: str) -> None:
    """Move a finished temp file or folder into place (a folder replaces an existing one)."""
    if os.path.isdir(tmp):
        give_default_modes(tmp)  # files a library wrote into the temp folder keep the umask's modes
    if os.path.isdir(tmp) and os.path.isdir(path):
        old = atomic_path(path, folder=True)
        os.rmdir(old)
        os.replace(path, old)
        os.replace(tmp, path)
        shutil.rmtree(old, ignore_errors=True)
    else:
        keep_mode_of(path, tmp)
        os.replace(tmp, path)


def file_sha256(path: str) -> str:
    """sha256 of a file, or of a folder's files (names and bytes, in sorted order)."""
    digest = hashlib.sha256()
    if os.path.isdir(path):
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                full = os.path.join(root, name)
                digest.update(os.path.relpath(full, path).encode())
                with open(full, "rb") as f:
                    for chunk in iter(lambda: f.read(1 << 20), b""):
                        digest.update(chunk)
        return digest.hexdigest()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
