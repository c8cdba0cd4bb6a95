"""Regression tests for bad input found in review: each bad record is one error record, the run goes on."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq

from curator.corpus import iter_records

GOOD = {"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "import os"}]}
DEEP_TEXT = "[" * 50_000 + "]" * 50_000  # valid JSON text, far deeper than any recursion limit


def jline(obj) -> bytes:
    return json.dumps(obj).encode() + b"\n"


def summary(records):
    return [(r.position, r.status) for r in records]


def test_deeply_nested_json_string_in_messages_is_one_error_record(tmp_path):
    p = tmp_path / "deep.jsonl"
    p.write_bytes(jline({"messages": DEEP_TEXT}) + jline(GOOD))
    records = list(iter_records([str(p)]))
    assert summary(records) == [(1, "error"), (2, "ok")]
    assert records[0].error.startswith(f"{p}:1: ") and "nested too deeply" in records[0].error


def test_deeply_nested_json_in_csv_cell_and_parquet_string(tmp_path):
    csv_path = tmp_path / "deep.csv"
    csv_path.write_text('messages\n"' + DEEP_TEXT + '"\n"' + json.dumps(GOOD["messages"]).replace('"', '""') + '"\n')
    records = list(iter_records([str(csv_path)]))
    assert summary(records) == [(1, "error"), (2, "ok")]
    assert "nested too deeply" in records[0].error
    pq_path = tmp_path / "deep.parquet"
    pq.write_table(pa.table({"messages": [DEEP_TEXT, json.dumps(GOOD["messages"])]}), pq_path)
    records = list(iter_records([str(pq_path)]))
    assert summary(records) == [(1, "error"), (2, "ok")]
    assert f"{pq_path}:1: " in records[0].error and "nested too deeply" in records[0].error
