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
               replace: dict[tuple[str, int], dict] | None = None) -> None:
    """Write rows (source, 1-based position) to `path` in `container`, in the given order.

    `replace` maps a row to a new value (a dict for table rows, a JSON value for arrays) for scrub.
    """
    replace = replace or {}
    if container in ("parquet", "hf"):
        _write_arrow(container, sources, rows, path, replace)
    elif container == "csv":
        _write_csv(sources, rows, path, replace)
    elif container == "json":
        _write_json(sources, rows, path, replace)
    else:
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


def _read_csv(source: str) -> tuple[list[str], list[list[str] | None]]:
    """Header and data rows numbered exactly as `curator.corpus.csvfile` numbers them: blank rows are not
    rows, a row the strict parser rejects is a row without cells (None)."""
    from curator.corpus.sources import open_binary

    with open_binary(source) as f:
        text = f.read().decode("utf-8-sig", "surrogateescape")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = next(reader, None) or []
    rows: list[list[str] | None] = []
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            rows.append(None)
            continue
        if cells and any(cells):
            rows.append(cells)
    return header, rows


def _write_csv(sources, rows, path, replace) -> None:
    data = {source: _read_csv(source) for source in sources}
    header = data[sources[0]][0]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for source, position in rows:
        if (source, position) in replace:
            value = replace[(source, position)]
            writer.writerow([value.get(column, "") for column in header])
        elif data[source][1][position - 1] is not None:  # an unparseable row has no cells to write
            writer.writerow(data[source][1][position - 1])
    _atomic_bytes(path, buffer.getvalue().encode("utf-8", "surrogateescape"))


def _write_json(sources, rows, path, replace) -> None:
    from curator.corpus.sources import open_binary

    data = {}
    for source in sources:
        with open_binary(source) as f:
            data[source] = json.loads(f.read().decode("utf-8-sig"))
    chosen = [replace.get((source, position), data[source][position - 1]) for source, position in rows]
    _atomic_bytes(path, json.dumps(chosen, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")


def _atomic_bytes(path: str, data: bytes) -> None:
    out = AtomicFile(path)
    try:
        out.write(data)
        out.commit()
    except BaseException:
        out.discard()
        raise
