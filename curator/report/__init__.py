"""Output formats of `curator lint`, each rendered from the DuckDB report of a run."""

from __future__ import annotations

import importlib
from typing import TextIO

import duckdb

from curator.errors import UsageError

# format -> module with `render(con, run_id, out, options)`
FORMATS: dict[str, str] = {
    "text": "curator.report.text",
    "json": "curator.report.jsonout",
    "jsonl": "curator.report.jsonout",
    "sarif": "curator.report.sarif",
    "github": "curator.report.github",
}


def render(fmt: str, con: duckdb.DuckDBPyConnection, run_id: str, out: TextIO, options: dict) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(FORMATS[fmt])
    renderer = getattr(module, f"render_{fmt}", None) or module.render
    renderer(con, run_id, out, {**options, "format": fmt})


def rows_as_dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
