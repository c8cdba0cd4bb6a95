"""Writing chosen rows of row containers (Parquet, dataset folders, CSV, JSON arrays) back in the same container."""

from __future__ import annotations

import csv
import io
import json
from typing import Sequence

from curator.errors import MissingExtraError, UsageError
from curator.scrub.output import AtomicFile, atomic_path, replace_path


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


def _write_arrow(container, sources, rows, path, replace) -> None:
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
    table = pa.concat_tables(pieces) if pieces else schema.empty_table()
    if container == "parquet":
        import pyarrow.parquet as pq

        tmp = atomic_path(path)
        try:
            pq.write_table(table, tmp)
            replace_path(tmp, path)
        except BaseException:
            import os

            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        return
    import shutil

    import datasets

    tmp = atomic_path(path, folder=True)
    try:
        datasets.Dataset(table).save_to_disk(tmp)
        replace_path(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _read_csv(source: str) -> tuple[list[str], list[list[str]]]:
    from curator.corpus.sources import open_binary

    with open_binary(source) as f:
        text = f.read().decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = list(reader)
    return (rows[0] if rows else []), rows[1:]


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
        else:
            writer.writerow(data[source][1][position - 1])
    _atomic_bytes(path, buffer.getvalue().encode("utf-8"))


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
