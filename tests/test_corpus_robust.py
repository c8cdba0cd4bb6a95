"""Regression tests for bad input found in review: each bad record is one error record, the run goes on."""

from __future__ import annotations

import bz2
import gzip
import json
import random

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from curator.corpus import iter_records, jsonl_byte_shards

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


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".zst"])
def test_truncated_compressed_jsonl_keeps_every_line_before_the_cut(tmp_path, suffix):
    lines = [jline({"text": f"line {i} " + "x" * (i % 50), "n": random.Random(i).random()}) for i in range(20_000)]
    data = b"".join(lines)
    if suffix == ".gz":
        packed = gzip.compress(data)
    elif suffix == ".bz2":
        packed = bz2.compress(data, compresslevel=1)  # 100 kB blocks: a cut loses only its block
    else:
        packed = zstandard.ZstdCompressor().compress(data)
    p = tmp_path / f"cut.jsonl{suffix}"
    p.write_bytes(packed[: len(packed) * 2 // 3])
    records = list(iter_records([str(p)]))
    *good, last = records
    assert len(good) > 1000
    assert [(r.position, r.status, r.raw + b"\n") for r in good] == [(i, "ok", lines[i - 1]) for i in range(1, len(good) + 1)]
    assert last.status == "error" and last.position == len(good) + 1
    assert last.error.startswith(f"{p}:{len(good) + 1}: cannot read the file past line {len(good)}")


def test_zstd_frames_and_gzip_members_concatenated_are_read_whole(tmp_path):
    lines = [jline({"text": f"t{i}"}) for i in range(5000)]
    z = zstandard.ZstdCompressor()
    (tmp_path / "m.jsonl.zst").write_bytes(z.compress(b"".join(lines[:10])) + z.compress(b"".join(lines[10:])))
    (tmp_path / "m.jsonl.gz").write_bytes(gzip.compress(b"".join(lines[:10])) + gzip.compress(b"".join(lines[10:])))
    for name in ("m.jsonl.zst", "m.jsonl.gz"):
        records = list(iter_records([str(tmp_path / name)]))
        assert [r.raw + b"\n" for r in records] == lines and all(r.status == "ok" for r in records)


def _whole_and_sharded(path: str, targets=(1, 7, 64, 500)):
    whole = [(r.position, r.status, r.error, r.raw) for r in iter_records([path])]
    for target in targets:
        sharded = [(r.position, r.status, r.error, r.raw)
                   for start, end in jsonl_byte_shards(path, target) for r in iter_records([path], byte_range=(start, end))]
        assert sharded == whole, target
    return whole


def test_nul_byte_in_one_line_is_one_error_record_and_shards_agree(tmp_path):
    lines = [jline(GOOD), b'{"text": "a\x00b"}\n', b"\x00\x00\x00\n", jline({"text": "after"})]
    p = tmp_path / "nul.jsonl"
    p.write_bytes(b"".join(lines))
    whole = _whole_and_sharded(str(p))
    assert [(pos, status) for pos, status, _, _ in whole] == [(1, "ok"), (2, "error"), (3, "error"), (4, "ok")]
    assert whole[1][2] == f"{p}:2: NUL byte at byte 12 of the line (binary data), not JSON"


def test_clearly_binary_file_is_one_error_record_in_whole_and_sharded_reads(tmp_path):
    p = tmp_path / "bin.jsonl"
    p.write_bytes(bytes(range(256)) * 40)
    assert [(pos, status) for pos, status, _, _ in _whole_and_sharded(str(p), (100, 3000))] == [(0, "error")]
    parquet = tmp_path / "t.jsonl"
    pq.write_table(pa.table({"text": ["a\nb"] * 10}), parquet)
    (record,) = iter_records([str(parquet)])
    assert record.position == 0 and "binary file" in record.error


@pytest.mark.parametrize("data", [b"\n" * 5000, b"\n  \n\t\r\n", b""])
def test_blank_only_file_reported_once_in_whole_and_sharded_reads(tmp_path, data):
    p = tmp_path / "blank.jsonl"
    p.write_bytes(data)
    whole = _whole_and_sharded(str(p))
    assert [(pos, status) for pos, status, _, _ in whole] == [(0, "error")]
    assert ("no records" if not data else "only blank lines") in whole[0][2]


def test_blank_first_shard_of_a_file_with_records_reports_nothing(tmp_path):
    p = tmp_path / "late.jsonl"
    p.write_bytes(b"\n" * 3000 + jline(GOOD))
    assert [(pos, status) for pos, status, _, _ in _whole_and_sharded(str(p), (10, 1000))] == [(3001, "ok")]


@pytest.mark.parametrize("lead", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", b"\xef\xbb\xbf\r\n\t ", b" \n"])
def test_json_array_after_bom_and_whitespace(tmp_path, lead):
    p = tmp_path / "a.json"
    p.write_bytes(lead + json.dumps([GOOD, {"text": "t"}]).encode())
    records = list(iter_records([str(p)]))
    assert [(r.position, r.status, r.shape) for r in records] == [(1, "ok", "openai"), (2, "ok", "text")]


def test_json_array_bad_utf8_in_one_element_keeps_the_others(tmp_path):
    p = tmp_path / "a.json"
    bad = b'{"text": "caf\xe9 ok"}'
    p.write_bytes(b"[" + json.dumps(GOOD).encode() + b",\n " + bad + b", " + json.dumps({"text": "\u00e9"}).encode() + b"]")
    records = list(iter_records([str(p)]))
    assert [(r.position, r.status) for r in records] == [(1, "ok"), (2, "error"), (3, "ok")]
    assert records[1].error == f"{p}:2: element 2: invalid UTF-8 at byte 14"
    assert records[1].raw == bad
    assert records[2].messages[0].content == "\u00e9"


def test_walk_does_not_follow_linked_folders_and_reads_each_file_once(tmp_path, caplog):
    from curator.corpus import sources

    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "x.jsonl").write_bytes(jline(GOOD))
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)  # a loop back to the top
    (root / "twin").symlink_to(root / "sub", target_is_directory=True)  # a sibling folder seen twice
    (root / "alias.jsonl").symlink_to(root / "sub" / "x.jsonl")  # the same file under another name
    (root / "self.jsonl").symlink_to(root / "self.jsonl")  # a link loop on a file
    (root / "gone.jsonl").symlink_to(root / "missing.jsonl")  # a dangling link
    assert sources([str(root)]) == [(str(root / "alias.jsonl"), "jsonl")]
    assert f"{root / 'self.jsonl'}: skipped, cannot read" in caplog.text
    assert [r.status for r in iter_records([str(root)])] == ["ok"]


@pytest.mark.parametrize(("obj", "problem"), [
    ({"text": 5}, "field 'text' is a number, not a string"),
    ({"text": None}, "field 'text' is null, not a string"),
    ({"instruction": "i", "output": None}, "field 'output' is null, not a string"),
    ({"prompt": "p", "completion": ["c"]}, "field 'completion' is an array, not a string"),
    ({"body": "b"}, "unknown record shape (keys: body); read it with --shape-map answer=body"),
])
def test_shape_errors_say_what_is_wrong(tmp_path, obj, problem):
    p = tmp_path / "s.jsonl"
    p.write_bytes(jline(obj))
    (record,) = iter_records([str(p)])
    assert record.error == f"{p}:1: wrong record shape: {problem}"


def test_csv_unclosed_quote_is_an_error_not_a_row_that_eats_the_file(tmp_path) -> None:
    from curator.corpus import iter_records

    path = tmp_path / "unclosed.csv"
    path.write_text('prompt,completion\n"open quote,x\nq2,a2\nq3,a3\n')
    records = list(iter_records([str(path)]))
    assert [(r.position, r.status) for r in records] == [(1, "error")]
    assert "unexpected end of data" in records[0].error and "unclosed.csv:1" in records[0].error
