"""Corpus readers: stream Records out of files, folders and datasets, whatever their container and shape.

Containers: JSON Lines (`.jsonl`, `.ndjson`, also `.gz`/`.zst`/`.bz2`), a `.json` array (streamed),
`.csv`, `.parquet`, a `datasets.save_to_disk` folder, a hub id `hf://org/name[:split]`, and folders
(walked recursively, sorted, hidden entries skipped, files picked by extension).

Positions: the 1-based line for JSON Lines, the 1-based row (array element, CSV data row, table row)
otherwise. Position 0 is a file-level problem (an empty file, a binary file, a file the container
reader cannot open); it is reported as one error record so that nothing disappears silently.
"""

from __future__ import annotations

import os
from typing import Iterator, Sequence

from curator.corpus.jsonl import iter_lines, jsonl_byte_shards, read_jsonl
from curator.corpus.records import MAX_RECORD_BYTES
from curator.corpus.shapes import MAP_PREFIX, SHAPES, detect_shape, parse_record
from curator.corpus.sources import expand
from curator.errors import UsageError
from curator.model import Record

__all__ = [
    "MAX_RECORD_BYTES",
    "SHAPES",
    "detect_shape",
    "iter_lines",
    "iter_records",
    "jsonl_byte_shards",
    "parse_record",
    "sources",
]


def sources(paths: Sequence[str]) -> list[tuple[str, str]]:
    """Every (source, container) the paths name, in reading order; raise UsageError for a missing path."""
    return [item for path in paths for item in expand(path)]


def iter_records(
    paths: Sequence[str],
    *,
    shape: str | None = None,
    text_field: str | None = None,
    byte_range: tuple[int, int] | None = None,
    max_record_bytes: int | None = None,
) -> Iterator[Record]:
    """Stream every record of every path, in order; bad input becomes error records, never an exception.

    `shape` forces one record shape (openai, sharegpt, alpaca, prompt_completion, text) instead of
    detecting it per record. `byte_range=(start, end)` reads only that slice of one uncompressed JSONL
    file (see `jsonl_byte_shards`); line numbers stay those of the whole file. A path that does not
    exist or cannot be read raises UsageError before any record is yielded. A record over
    `max_record_bytes` (default MAX_RECORD_BYTES, 64 MiB) is an error record, never held whole.
    """
    limit = max_record_bytes or MAX_RECORD_BYTES
    if isinstance(paths, (str, os.PathLike)):
        paths = [os.fspath(paths)]
    if shape is not None and shape not in SHAPES and not shape.startswith(MAP_PREFIX):
        raise UsageError(f"unknown record format {shape!r}; choose from {', '.join(SHAPES)}")
    found = sources([os.fspath(p) for p in paths])
    if byte_range is not None:
        if len(found) != 1 or found[0][1] != "jsonl":
            raise UsageError("a byte range needs exactly one uncompressed JSONL file")
        source, _ = found[0]
        yield from read_jsonl(source, source, shape=shape, text_field=text_field, byte_range=byte_range,
                              max_record_bytes=limit)
        return
    for source, container in found:
        yield from _read(source, container, shape, text_field, limit)


def _read(source: str, container: str, shape: str | None, text_field: str | None,
          limit: int = MAX_RECORD_BYTES) -> Iterator[Record]:
    if container == "jsonl":
        yield from read_jsonl(source, source, shape=shape, text_field=text_field, max_record_bytes=limit)
    elif container == "json":
        from curator.corpus.jsonarray import read_json

        yield from read_json(source, shape=shape, text_field=text_field, max_record_bytes=limit)
    elif container == "csv":
        from curator.corpus.csvfile import read_csv

        yield from read_csv(source, shape=shape, text_field=text_field, max_record_bytes=limit)
    elif container == "parquet":
        from curator.corpus.arrowfiles import read_parquet

        yield from read_parquet(source, shape=shape, text_field=text_field, max_record_bytes=limit)
    elif container == "hf":
        from curator.corpus.arrowfiles import read_hf_dir

        yield from read_hf_dir(source, shape=shape, text_field=text_field, max_record_bytes=limit)
    elif container == "hub":
        from curator.corpus.hub import read_hub

        yield from read_hub(source, shape=shape, text_field=text_field)
    else:  # pragma: no cover - expand() only yields the containers above
        raise UsageError(f"{source}: unknown container {container!r}")
