"""Columnar containers read with pyarrow batch by batch: Parquet files and `datasets.save_to_disk` folders."""

from __future__ import annotations

import json
import os
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from curator.corpus.records import MAX_RECORD_BYTES, canonical_json, error_record, limit_text, record_from_obj
from curator.model import Record

BATCH_ROWS = 1024


def read_parquet(path: str, *, shape: str | None = None, text_field: str | None = None,
                 max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[Record]:
    """One record per table row (position = 1-based row); a file pyarrow cannot open is one error record."""
    from curator.corpus.sources import is_url, open_url

    try:
        parquet = pq.ParquetFile(open_url(path) if is_url(path) else path)
    except (pa.ArrowException, OSError) as exc:
        yield _file_error(path, "parquet", f"not a readable Parquet file: {exc}")
        return
    with parquet:
        yield from _rows(path, "parquet", parquet.iter_batches(batch_size=BATCH_ROWS), shape, text_field,
                         max_record_bytes)


def read_hf_dir(path: str, *, shape: str | None = None, text_field: str | None = None,
                max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[Record]:
    """A `save_to_disk` folder, read from its Arrow files without the `datasets` package.

    A DatasetDict (`dataset_dict.json`) yields its splits in the order it lists them, each as its own
    source `<folder>/<split>`; a Dataset's files come from `state.json` (`_data_files`), else every
    `*.arrow` file in name order.
    """
    splits_file = os.path.join(path, "dataset_dict.json")
    if os.path.isfile(splits_file):
        try:
            with open(splits_file, encoding="utf-8") as f:
                splits = json.load(f)["splits"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            yield _file_error(path, "hf", f"unreadable dataset_dict.json: {exc}")
            return
        for split in splits:
            yield from _read_dataset_dir(os.path.join(path, str(split)), shape, text_field, max_record_bytes)
        return
    yield from _read_dataset_dir(path, shape, text_field, max_record_bytes)


def _read_dataset_dir(path: str, shape: str | None, text_field: str | None,
                      max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[Record]:
    try:
        files = _arrow_files(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        yield _file_error(path, "hf", f"unreadable datasets folder: {exc}")
        return
    if not files:
        yield _file_error(path, "hf", "datasets folder without .arrow files")
        return
    yield from _rows(path, "hf", _arrow_batches(files), shape, text_field, max_record_bytes)


def _arrow_files(path: str) -> list[str]:
    state_file = os.path.join(path, "state.json")
    if os.path.isfile(state_file):
        with open(state_file, encoding="utf-8") as f:
            state = json.load(f)
        return [os.path.join(path, entry["filename"]) for entry in state["_data_files"]]
    return sorted(os.path.join(path, name) for name in os.listdir(path) if name.endswith(".arrow"))


def _arrow_batches(files: list[str]) -> Iterator[pa.RecordBatch]:
    for file in files:
        with pa.memory_map(file) as source:
            try:
                reader = pa.ipc.open_stream(source)  # what `datasets` writes
            except pa.ArrowInvalid:
                source.seek(0)
                reader = pa.ipc.open_file(source)
                for i in range(reader.num_record_batches):
                    yield reader.get_batch(i)
                continue
            yield from reader


def _rows(source: str, container: str, batches: Iterable[pa.RecordBatch], shape: str | None,
          text_field: str | None, max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[Record]:
    row = 0
    try:
        for batch in batches:
            for obj in _batch_rows(batch):
                row += 1
                if isinstance(obj, _BadRow):
                    yield error_record(source, row, b"", container, f"cannot decode the row: {obj.problem}")
                    continue
                try:
                    raw = canonical_json(obj)
                except (RecursionError, ValueError, TypeError) as exc:
                    problem = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
                    yield error_record(source, row, b"", container, f"cannot encode the row: {problem}")
                    continue
                if len(raw) > max_record_bytes:
                    yield error_record(source, row, raw[:4096], container,
                                       f"row is {len(raw):,} bytes, over the {limit_text(max_record_bytes)} record limit")
                    continue
                yield record_from_obj(source, row, raw, container, obj, shape, text_field)
    except (pa.ArrowException, OSError) as exc:
        yield error_record(source, row + 1, b"", container, f"cannot read past row {row}: {exc}")
        return
    if row == 0:
        yield _file_error(source, container, "empty table (no rows)")


class _BadRow:
    def __init__(self, problem: str) -> None:
        self.problem = problem


def _batch_rows(batch: pa.RecordBatch) -> list:
    """The batch's rows as dicts; when the batch cannot be converted whole (a corrupt file whose string data
    is not UTF-8), row by row, so that only the bad rows become error records."""
    try:
        return batch.to_pylist()
    except (UnicodeDecodeError, ValueError, pa.ArrowException):
        pass
    rows: list = []
    for i in range(batch.num_rows):
        try:
            rows.append(batch.slice(i, 1).to_pylist()[0])
        except (UnicodeDecodeError, ValueError, pa.ArrowException) as exc:
            rows.append(_BadRow(f"{type(exc).__name__}: {exc}"))
    return rows


def _file_error(source: str, container: str, problem: str) -> Record:
    return error_record(source, 0, b"", container, problem)
