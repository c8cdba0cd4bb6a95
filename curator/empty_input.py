"""An empty input is an error, not a clean corpus: a CI step that lints nothing must not pass.

Two checks, both raising UsageError (exit 2, one line naming what was searched):
- before any work, `require_corpus_files`: the local paths given hold no corpus file at all (an empty
  folder, a folder of README.md and images, a glob matching only folders);
- after the run, `require_records`: not one record was read (every file empty, binary, or unreadable
  as a whole). Broken records are records: a file of bad JSON lines is read, its lines are error
  records, and the run exits 1 as before.
"""

from __future__ import annotations

import os
from typing import Sequence

import duckdb

from curator.errors import UsageError

SEARCHED = ("*.jsonl, *.ndjson, *.json, *.csv, *.parquet (also .gz, .zst, .bz2) and datasets.save_to_disk "
            "folders; hidden files and folders are skipped")


def _shown(paths: Sequence[str], limit: int = 3) -> str:
    names = [str(p) for p in paths[:limit]]
    more = f" and {len(paths) - limit} more" if len(paths) > limit else ""
    return ", ".join(names) + more


def _local(path: str) -> bool:
    from curator.corpus.sources import is_hub_id, is_url

    return path != "-" and not is_hub_id(path) and not is_url(path)


def require_corpus_files(paths: Sequence[str]) -> None:
    """Raise when the paths name local inputs only and none of them holds a corpus file.

    Standard input, URLs and hub ids are not listed here (listing them costs a network round trip);
    `require_records` catches them empty after the run. A path that does not exist is left to the
    reader, which names it."""
    from curator.corpus.sources import expand

    if not paths or not all(_local(p) for p in paths):
        return
    for path in paths:
        try:
            for _ in expand(path):
                return
        except UsageError:
            return  # a missing path or an unmatched glob: the reader says which, in its own words
    folders = [p for p in paths if os.path.isdir(p)]
    what = "under" if folders else "in"
    raise UsageError(f"no corpus file found {what} {_shown(list(paths))} (looked for {SEARCHED})")


def count_records_read(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple[int, list[str]]:
    """(records read, the file-level problems of the inputs that gave none). A file-level error record
    (an empty or binary file) has position 0; any record with a position was read, broken or not."""
    read = con.execute("SELECT count(*) FROM records WHERE run_id = ? AND line > 0", [run_id]).fetchone()[0]
    problems = [error for (error,) in con.execute(
        "SELECT error FROM records WHERE run_id = ? AND line = 0 AND error IS NOT NULL ORDER BY source LIMIT 3",
        [run_id]).fetchall()]
    return int(read), problems


def require_records(db: str, run_id: str, paths: Sequence[str]) -> None:
    """Raise when the run in report `db` read no record from `paths`."""
    from curator.store import open_report

    con = open_report(db)
    try:
        read, problems = count_records_read(con, run_id)
    finally:
        con.close()
    if read:
        return
    why = f": {'; '.join(problems)}" if problems else ""
    raise UsageError(f"no records read from {_shown(list(paths))}{why}")
