"""CSV files with a header row: one record per data row (position = 1-based data row)."""

from __future__ import annotations

import csv
import io
import sys
from typing import Iterator

from curator.corpus.records import MAX_RECORD_BYTES, canonical_json, error_record, limit_text, record_from_obj
from curator.corpus.sources import DECOMPRESS_ERRORS, looks_binary, open_binary
from curator.model import Record


def read_csv(path: str, *, shape: str | None = None, text_field: str | None = None,
             max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[Record]:
    """Rows become dicts keyed by the header; cells holding a JSON message list (a `messages` column) are
    decoded by the shape reader. Raw bytes are the row's canonical JSON. A row with the wrong number of
    cells, a cell with invalid UTF-8 or over the size limit is an error record; the next row is read.
    """
    csv.field_size_limit(min(sys.maxsize, max_record_bytes))  # a cell over it is a bad row, not a memory hog
    with open_binary(path) as f:
        try:
            head = f.peek(8192)[:8192]  # type: ignore[attr-defined]
        except DECOMPRESS_ERRORS as exc:
            yield error_record(path, 0, b"", "csv", f"cannot read the file: {exc}")
            return
        if looks_binary(head):
            yield error_record(path, 0, head[:4096], "csv", "binary file (not text), not CSV")
            return
        text = io.TextIOWrapper(f, encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.reader(text, strict=True)  # an unclosed quote is an error, not a row that eats the file
        row_number = 0
        try:
            try:
                header = next(reader, None)
            except csv.Error as exc:
                yield error_record(path, 0, b"", "csv", f"bad CSV header row: {exc}")
                return
            if header is None or not any(cell.strip() for cell in header):
                yield error_record(path, 0, b"", "csv", "empty file (no header row)")
                return
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    row_number += 1
                    yield error_record(path, row_number, b"", "csv", f"bad CSV row: {exc}")
                    continue
                if not cells or not any(cells):
                    continue  # a blank line is not a record
                row_number += 1
                yield _row_record(path, row_number, header, cells, shape, text_field, max_record_bytes)
        except DECOMPRESS_ERRORS as exc:
            yield error_record(path, row_number + 1, b"", "csv", f"cannot read the file past row {row_number}: {exc}")
            return
        if row_number == 0:
            yield error_record(path, 0, b"", "csv", "no data rows after the header")


def _row_record(path: str, row_number: int, header: list[str], cells: list[str], shape: str | None,
                text_field: str | None, max_record_bytes: int = MAX_RECORD_BYTES) -> Record:
    row = dict(zip(header, cells))
    raw = canonical_json(row) if len(cells) == len(header) else canonical_json({"cells": cells})
    if len(raw) > max_record_bytes:
        return error_record(path, row_number, raw[:4096], "csv",
                            f"row is {len(raw):,} bytes, over the {limit_text(max_record_bytes)} record limit")
    if len(cells) != len(header):
        return error_record(path, row_number, raw, "csv", f"row has {len(cells)} cells, the header has {len(header)}")
    for name, cell in row.items():
        try:
            cell.encode("utf-8")
        except UnicodeEncodeError as exc:
            return error_record(path, row_number, raw, "csv", f"invalid UTF-8 in column '{name}' at character {exc.start + 1}")
    return record_from_obj(path, row_number, raw, "csv", row, shape, text_field)
