"""Writing chosen rows of row containers (Parquet, dataset folders, CSV, JSON arrays) back in the same container."""

from __future__ import annotations

import csv
import io
import json
import os
from typing import Sequence

from curator.errors import MissingExtraError, UsageError
from curator.scrub.output import AtomicFile, atomic_path, replace_path


def dataset_splits(source: str) -> list[str] | None:
    """The split names of a `DatasetDict` folder in its listed order; None for anything else."""
    path = os.path.join(source, "dataset_dict.json")
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        return [str(split) for split in json.load(f)["splits"]]


def row_sources(container: str, source: str) -> list[str]:
    """The record sources an input yields: a DatasetDict's split folders (as the reader names them), else itself."""
    splits = dataset_splits(source) if container == "hf" else None
    return [os.path.join(source, split) for split in splits] if splits is not None else [source]


def _arrow_table(container: str, source: str):
    if container == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(source)
    if container == "hf":
        try:
            import datasets
        except ImportError:
            raise MissingExtraError("dataset folders", "hf") from None
        loaded = datasets.load_from_disk(source)
        if isinstance(loaded, datasets.DatasetDict):
            raise UsageError(f"{source}: a DatasetDict; split one of its splits (a folder inside it)")
        return loaded.data.table
    raise UsageError(f"{container}: not an Arrow container")


def write_rows(container: str, sources: Sequence[str], rows: list[tuple[str, int]], path: str,
               replace: dict[tuple[str, int], dict] | None = None) -> list[str]:
    """Write rows (source, 1-based position) to `path` in `container`, in the given order.

    `replace` maps a row to a new value (a dict for table rows, a JSON value for arrays) for scrub.
    Returns one "<source>:<position>: <reason>" per row that has no bytes to write (an unclosed JSON
    array's tail, a CSV file that cannot be read past some row): counted and named, never a crash.
    """
    replace = replace or {}
    if container in ("parquet", "hf"):
        _write_arrow(container, sources, rows, path, replace)
        return []
    if container == "csv":
        return _write_csv(sources, rows, path, replace)
    if container == "json":
        return _write_json(sources, rows, path, replace)
    raise UsageError(f"cannot write container {container!r}")


def _arrow_rows(container, sources, rows, replace):
    """One Arrow table of `rows` (source, position) taken from `sources` (all with the same schema)."""
    import pyarrow as pa

    tables = {source: _arrow_table(container, source) for source in sources}
    schema = tables[sources[0]].schema
    for source, table in tables.items():
        if not table.schema.equals(schema):
            raise UsageError(f"{source}: its columns differ from {sources[0]}; split them separately")
    pieces = []
    for source, position in rows:
        if (source, position) in replace:
            pieces.append(pa.Table.from_pylist([replace[(source, position)]], schema=schema))
        else:
            pieces.append(tables[source].slice(position - 1, 1))
    return pa.concat_tables(pieces) if pieces else schema.empty_table()


def _write_arrow(container, sources, rows, path, replace) -> None:
    if container == "parquet":
        import pyarrow.parquet as pq

        table = _arrow_rows(container, sources, rows, replace)
        tmp = atomic_path(path)
        try:
            pq.write_table(table, tmp)
            replace_path(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        return
    import shutil

    try:
        import datasets
    except ImportError:
        raise MissingExtraError("dataset folders", "hf") from None

    splits = {source: dataset_splits(source) for source in sources}
    if any(names is not None for names in splits.values()):
        # a DatasetDict comes back as a DatasetDict with the same splits, each holding its chosen rows
        if len(sources) != 1:
            raise UsageError(f"{sources[0]}: a DatasetDict folder must be the only input; give it alone")
        parts = {}
        for split in splits[sources[0]] or []:
            sub = os.path.join(sources[0], split)
            chosen = [row for row in rows if row[0] == sub]
            parts[split] = datasets.Dataset(_arrow_rows(container, [sub], chosen, replace))
        saved = datasets.DatasetDict(parts)
        # `datasets` writes no shard for an empty split and then cannot load it back: ask for one
        shards = {"num_shards": {split: 1 if len(part) == 0 else None for split, part in parts.items()}}
    else:
        saved = datasets.Dataset(_arrow_rows(container, sources, rows, replace))
        shards = {"num_shards": 1} if len(saved) == 0 else {}
    tmp = atomic_path(path, folder=True)
    try:
        saved.save_to_disk(tmp, **shards)
        replace_path(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _read_csv(source: str) -> tuple[list[str], dict[int, list[str] | str], dict[int, str]]:
    """Header, data rows and unwritable rows, numbered exactly as `curator.corpus.csvfile` numbers them.

    Blank rows are not rows. A row the strict parser rejects is kept as its raw text (the line or
    lines the parser read for it); a row past a read error has no text and is named in the third map.
    """
    from curator.corpus.sources import DECOMPRESS_ERRORS, open_binary

    rows: dict[int, list[str] | str] = {}
    unwritable: dict[int, str] = {}
    header: list[str] = []
    consumed: list[str] = []  # the raw lines the parser read for the current row

    def lines(text):
        for line in text:
            consumed.append(line)
            yield line

    with open_binary(source) as f:
        text = io.TextIOWrapper(f, encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.reader(lines(text), strict=True)
        number = 0
        try:
            header = next(reader, None) or []
            while True:
                consumed.clear()
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error:
                    number += 1
                    rows[number] = "".join(consumed)
                    continue
                if cells and any(cells):
                    number += 1
                    rows[number] = cells
        except DECOMPRESS_ERRORS as exc:
            unwritable[number + 1] = f"cannot read the file past row {number}: {exc}"
    return header, rows, unwritable


def _write_csv(sources, rows, path, replace) -> list[str]:
    data = {source: _read_csv(source) for source in sources}
    header = data[sources[0]][0]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    unwritable = []
    for source, position in rows:
        if (source, position) in replace:
            value = replace[(source, position)]
            writer.writerow([value.get(column, "") for column in header])
            continue
        row = data[source][1].get(position)
        if isinstance(row, list):
            writer.writerow(row)
        elif isinstance(row, str):  # a row the parser rejected: its raw line(s), unchanged
            buffer.write(row if row.endswith(("\n", "\r")) else row + "\n")
        else:
            why = data[source][2].get(position, "not in the file any more")
            unwritable.append(f"{source}:{position}: {why}; no bytes to write")
    _atomic_bytes(path, buffer.getvalue().encode("utf-8", "surrogateescape"))
    return unwritable


def _json_element(record) -> tuple[bytes | None, object]:
    """What a JSON array output can hold of one record the reader produced: (raw bytes to write verbatim,
    or None with the decoded value to re-serialize); (None, _NO_VALUE) when it holds no valid JSON value."""
    if not record.raw:
        return None, _NO_VALUE
    try:
        return None, json.loads(record.raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        pass
    try:  # invalid UTF-8 inside a well-formed element: keep its bytes as they are
        json.loads(record.raw.decode("utf-8", "surrogateescape"))
        return record.raw, None
    except (ValueError, RecursionError):
        return None, _NO_VALUE


_NO_VALUE = object()


def _write_json(sources, rows, path, replace) -> list[str]:
    """A JSON array of the chosen elements, read with the lint reader (`read_json`), so an element is
    numbered as in the report and a broken file (an unclosed array, a bad element) never raises."""
    from curator.corpus.jsonarray import read_json

    wanted = set(rows)
    found: dict[tuple[str, int], tuple[bytes | None, object]] = {}
    errors: dict[tuple[str, int], str] = {}
    for source in sources:
        for record in read_json(source):
            key = (record.source, record.position)
            if key not in wanted or key in replace:
                continue
            found[key] = _json_element(record)
            if record.error:
                errors[key] = record.error
    pieces: list[bytes] = []
    unwritable = []
    for key in rows:
        if key in replace:
            raw, value = None, replace[key]
        else:
            raw, value = found.get(key, (None, _NO_VALUE))
        if raw is not None:
            pieces.append(b"  " + raw)
        elif value is not _NO_VALUE:
            text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            pieces.append(b"  " + text.encode("utf-8", "surrogateescape"))
        else:
            why = errors.get(key) or f"{key[0]}:{key[1]}: not in the file any more"
            unwritable.append(f"{why}; no bytes to write")
    body = b"[\n" + b",\n".join(pieces) + b"\n]\n" if pieces else b"[]\n"
    _atomic_bytes(path, body)
    return unwritable


def _atomic_bytes(path: str, data: bytes) -> None:
    out = AtomicFile(path)
    try:
        out.write(data)
        out.commit()
    except BaseException:
        out.discard()
        raise
