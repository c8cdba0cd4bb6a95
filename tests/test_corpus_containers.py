"""Corpus readers for every container besides JSON lines: JSON arrays, CSV, Parquet, datasets folders, hub ids, folders."""

from __future__ import annotations

import csv
import gzip
import json
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curator.corpus import iter_records, sources
from curator.errors import MissingExtraError, UsageError

ROWS = [
    {"messages": [{"role": "user", "content": "q1"}, {"role": "assistant", "content": "import os\nos.system(cmd)"}]},
    {"conversations": [{"from": "human", "value": "q2"}, {"from": "gpt", "value": "a2"}]},
    {"instruction": "i3", "input": "", "output": "o3"},
]


def test_json_array_streams_elements_with_exact_bytes(tmp_path):
    text = '[\n  {"prompt": "p", "completion": "c"} ,\n  {"question":"q","answer":"a"},\n  5\n]\n'
    p = tmp_path / "a.json"
    p.write_text(text)
    records = list(iter_records([str(p)]))
    assert [(r.position, r.status, r.container) for r in records] == [(1, "ok", "json"), (2, "ok", "json"), (3, "error", "json")]
    assert records[0].raw == b'{"prompt": "p", "completion": "c"}'
    assert records[1].raw == b'{"question":"q","answer":"a"}'
    assert "record is a JSON number" in records[2].error


def test_json_array_across_many_buffer_refills(tmp_path):
    from curator.corpus import jsonarray

    rows = [{"text": "x" * (i % 97) + "\\u00e9 \u00e9", "n": 12345678901234567890 + i} for i in range(3000)]
    p = tmp_path / "big.json"
    p.write_text(json.dumps(rows, ensure_ascii=False))
    old = jsonarray.CHUNK
    jsonarray.CHUNK = 257  # force elements and numbers to straddle buffer ends
    try:
        records = list(iter_records([str(p)]))
    finally:
        jsonarray.CHUNK = old
    assert len(records) == 3000 and all(r.status == "ok" for r in records)
    assert [json.loads(r.raw)["n"] for r in records] == [row["n"] for row in rows]
    assert records[5].messages[0].content == rows[5]["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", [(0, "empty file (no records)")]),
        ("[]", [(0, "empty array (no records)")]),
        ('[{"text": "a"}, {"text": ]', [(1, None), (2, "invalid JSON in element 2")]),
        ('[{"text": "a"} {"text": "b"}]', [(1, None), (2, "expected ',' or ']' after element 1")]),
        ('[{"text": "a"},', [(1, None), (2, "the array is not closed")]),
        ('[{"text": "a"}] x', [(1, None), (0, "extra data after the array")]),
        ("42", [(0, "expected a JSON array or object")]),
    ],
)
def test_json_array_problems(tmp_path, text, expected):
    p = tmp_path / "bad.json"
    p.write_text(text)
    records = list(iter_records([str(p)]))
    assert [r.position for r in records] == [position for position, _ in expected]
    for record, (_, problem) in zip(records, expected):
        if problem is None:
            assert record.status == "ok"
        else:
            assert record.status == "error" and problem in record.error


def test_json_single_object_and_misnamed_jsonl(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps(ROWS[0], indent=2))
    (record,) = iter_records([str(one)])
    assert record.status == "ok" and record.position == 1 and record.shape == "openai"
    lines = tmp_path / "lines.json"
    lines.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n")
    records = list(iter_records([str(lines)]))
    assert [(r.position, r.container, r.shape) for r in records] == [(1, "jsonl", "openai"), (2, "jsonl", "sharegpt"), (3, "jsonl", "alpaca")]


def test_json_array_gzip(tmp_path):
    p = tmp_path / "a.json.gz"
    p.write_bytes(gzip.compress(json.dumps(ROWS).encode()))
    assert [r.shape for r in iter_records([str(p)])] == ["openai", "sharegpt", "alpaca"]


def test_csv_rows_shapes_and_raw(tmp_path):
    p = tmp_path / "c.csv"
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["prompt", "completion"])
        w.writerow(["write code", "import pickle\npickle.loads(data)"])
        w.writerow([])
        w.writerow(["only one cell"])
        w.writerow(["q", "a, with comma"])
    records = list(iter_records([str(p)]))
    assert [(r.position, r.status) for r in records] == [(1, "ok"), (2, "error"), (3, "ok")]
    assert records[0].messages[1].content == "import pickle\npickle.loads(data)"
    assert json.loads(records[0].raw) == {"prompt": "write code", "completion": "import pickle\npickle.loads(data)"}
    assert "row has 1 cells, the header has 2" in records[1].error


def test_csv_messages_column_holds_json(tmp_path):
    p = tmp_path / "m.csv"
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "messages"])
        w.writerow(["1", json.dumps(ROWS[0]["messages"])])
    (record,) = iter_records([str(p)])
    assert record.shape == "openai" and record.messages[1].content.startswith("import os")


def test_csv_bad_utf8_and_huge_cell(tmp_path):
    from curator.corpus import MAX_RECORD_BYTES

    p = tmp_path / "b.csv"
    p.write_bytes(b"text\nok\ncaf\xe9\n\"" + b"a" * (MAX_RECORD_BYTES + 10) + b"\"\nfine\n")
    records = list(iter_records([str(p)]))
    assert [(r.position, r.status) for r in records] == [(1, "ok"), (2, "error"), (3, "error"), (4, "ok")]
    assert "invalid UTF-8 in column 'text'" in records[1].error
    assert b"caf\xe9" in records[1].raw
    assert "field larger than field limit" in records[2].error


def test_csv_empty_and_header_only(tmp_path):
    empty, header = tmp_path / "e.csv", tmp_path / "h.csv"
    empty.write_text("")
    header.write_text("prompt,completion\n")
    assert [r.error for r in iter_records([str(empty)])] == [f"{empty}: empty file (no header row)"]
    assert [r.error for r in iter_records([str(header)])] == [f"{header}: no data rows after the header"]


def test_parquet_rows(tmp_path):
    p = tmp_path / "t.parquet"
    table = pa.Table.from_pylist([{"messages": ROWS[0]["messages"]}, {"messages": [{"role": "robot", "content": "x"}]}])
    pq.write_table(table, p, row_group_size=1)
    records = list(iter_records([str(p)]))
    assert [(r.position, r.status, r.container) for r in records] == [(1, "ok", "parquet"), (2, "error", "parquet")]
    assert json.loads(records[0].raw) == {"messages": ROWS[0]["messages"]}


def test_parquet_corrupt_and_text_field(tmp_path):
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 this is not parquet")
    (record,) = iter_records([str(bad)])
    assert record.position == 0 and "not a readable Parquet file" in record.error
    good = tmp_path / "t.parquet"
    pq.write_table(pa.Table.from_pylist([{"body": "x = 1"}]), good)
    (record,) = iter_records([str(good)], text_field="body")
    assert record.shape == "text" and record.messages[0].content == "x = 1"


def _write_hf_dir(path, rows):
    """The layout `datasets.save_to_disk` writes, built with pyarrow alone."""
    path.mkdir()
    table = pa.Table.from_pylist(rows)
    with pa.OSFile(str(path / "data-00000-of-00001.arrow"), "wb") as sink, pa.ipc.new_stream(sink, table.schema) as w:
        w.write_table(table, max_chunksize=2)
    (path / "state.json").write_text(json.dumps({"_data_files": [{"filename": "data-00000-of-00001.arrow"}], "_split": "train"}))
    (path / "dataset_info.json").write_text("{}")


def test_hf_dir_without_datasets_package(tmp_path):
    _write_hf_dir(tmp_path / "ds", [{"instruction": f"i{i}", "output": f"o{i}"} for i in range(5)])
    records = list(iter_records([str(tmp_path / "ds")]))
    assert [(r.position, r.container, r.shape) for r in records] == [(i, "hf", "alpaca") for i in range(1, 6)]
    assert records[0].source == str(tmp_path / "ds")


def test_hf_dir_written_by_datasets(tmp_path):
    datasets = pytest.importorskip("datasets", reason="the hf extra is not installed")
    dd = datasets.DatasetDict({
        "train": datasets.Dataset.from_list([{"prompt": "p", "completion": "c"}] * 3),
        "test": datasets.Dataset.from_list([{"prompt": "p", "response": "r"}]),
    })
    dd.save_to_disk(str(tmp_path / "dd"))
    records = list(iter_records([str(tmp_path / "dd")]))
    assert [(r.source.rsplit("/", 1)[1], r.position) for r in records] == [("train", 1), ("train", 2), ("train", 3), ("test", 1)]
    assert all(r.status == "ok" for r in records)


def test_hub_without_datasets_asks_for_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "datasets", None)  # what an install without the hf extra looks like
    with pytest.raises(MissingExtraError, match=r"pip install 'sft-curator\[hf\]'"):
        list(iter_records(["hf://org/name:train"]))


def test_hub_id_must_be_well_formed():
    with pytest.raises(UsageError):
        list(iter_records(["hf://"]))


def test_directory_walk_sorted_recursive_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.jsonl").write_text(json.dumps(ROWS[0]) + "\n")
    (tmp_path / "a.csv").write_text("prompt,completion\np,c\n")
    (tmp_path / ".git" / "x.jsonl").write_text("{}\n")
    (tmp_path / ".hidden.jsonl").write_text("{}\n")
    (tmp_path / "notes.md").write_text("# not a corpus\n")
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(b"{}\n"))
    _write_hf_dir(tmp_path / "d", [{"text": "t"}])
    found = sources([str(tmp_path)])
    assert [(s[len(str(tmp_path)) + 1 :], c) for s, c in found] == [
        ("a.csv", "csv"), ("b/z.jsonl", "jsonl"), ("c.jsonl.gz", "jsonl"), ("d", "hf")]
    records = list(iter_records([str(tmp_path)]))
    assert [r.record_id[len(str(tmp_path)) + 1 :] for r in records] == ["a.csv:1", "b/z.jsonl:1", "c.jsonl.gz:1", "d:1"]


def test_relative_source_is_kept_as_given(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.jsonl").write_text(json.dumps(ROWS[1]) + "\n")
    monkeypatch.chdir(tmp_path)
    (record,) = iter_records(["sub"])
    assert record.source == "sub/x.jsonl" and record.record_id == "sub/x.jsonl:1"
    (record,) = iter_records(["sub/x.jsonl"])
    assert record.source == "sub/x.jsonl"
