"""Corpus readers: JSON Lines (plain and compressed), record shapes, bad input, byte shards."""

from __future__ import annotations

import bz2
import gzip
import json
import os
import random

import pytest

from curator.corpus import MAX_RECORD_BYTES, iter_lines, iter_records, jsonl_byte_shards
from curator.errors import UsageError

CHAT = {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "import os"}]}


def write_lines(path, lines: list[bytes]) -> str:
    path.write_bytes(b"".join(lines))
    return str(path)


def jline(obj) -> bytes:
    return json.dumps(obj).encode() + b"\n"


def test_jsonl_openai_positions_raw_and_sha(tmp_path):
    p = write_lines(tmp_path / "a.jsonl", [jline(CHAT), b"\n", b"   \n", jline(CHAT) .replace(b"\n", b"\r\n")])
    records = list(iter_records([p]))
    assert [r.position for r in records] == [1, 4]
    assert all(r.status == "ok" and r.shape == "openai" and r.container == "jsonl" for r in records)
    assert records[0].raw == json.dumps(CHAT).encode()
    assert records[1].raw == json.dumps(CHAT).encode()  # CRLF terminator is not part of the record
    assert records[0].sha256 == records[1].sha256
    assert records[0].record_id == f"{p}:1"
    assert [m.role for m in records[0].messages] == ["user", "assistant"]


@pytest.mark.parametrize(
    ("obj", "shape", "roles", "last"),
    [
        ({"messages": [{"role": "system", "content": "s"}, {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "image_url"}, {"type": "text", "text": "b"}]}]},
         "openai", ["system", "user"], "a\nb"),
        ({"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": None, "tool_calls": [{"type": "function", "function": {"name": "run", "arguments": "{\"code\": \"x\"}"}}]}, {"role": "tool", "content": "ok"}]},
         "openai", ["user", "assistant", "tool"], "ok"),
        ({"conversations": [{"from": "system", "value": "s"}, {"from": "human", "value": "q"}, {"from": "gpt", "value": "a"}]},
         "sharegpt", ["system", "user", "assistant"], "a"),
        ({"instruction": "do", "input": "this", "output": "done"}, "alpaca", ["user", "assistant"], "done"),
        ({"prompt": "p", "completion": "c"}, "prompt_completion", ["user", "assistant"], "c"),
        ({"prompt": "p", "response": "r"}, "prompt_completion", ["user", "assistant"], "r"),
        ({"question": "q", "answer": "a"}, "prompt_completion", ["user", "assistant"], "a"),
        ({"text": "plain"}, "text", ["assistant"], "plain"),
    ],
)
def test_shapes_detected(tmp_path, obj, shape, roles, last):
    (record,) = iter_records([write_lines(tmp_path / "s.jsonl", [jline(obj)])])
    assert record.status == "ok", record.error
    assert record.shape == shape
    assert [m.role for m in record.messages] == roles
    assert record.messages[-1].content == last


def test_tool_call_arguments_become_a_message(tmp_path):
    obj = {"messages": [{"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "py", "arguments": "import os"}}]}]}
    (record,) = iter_records([write_lines(tmp_path / "t.jsonl", [jline(obj)])])
    assert [(m.role, m.content) for m in record.messages] == [("assistant", "import os")]


def test_alpaca_joins_instruction_and_input(tmp_path):
    (record,) = iter_records([write_lines(tmp_path / "a.jsonl", [jline({"instruction": "do", "input": "this", "output": "o"})])])
    assert record.messages[0].content == "do\n\nthis"


def test_text_field_and_shape_override(tmp_path):
    p = write_lines(tmp_path / "t.jsonl", [jline({"body": "x = 1", "messages": "not a list"})])
    (record,) = iter_records([p], shape="text", text_field="body")
    assert record.status == "ok" and record.shape == "text" and record.messages[0].content == "x = 1"
    (record,) = iter_records([p])
    assert record.status == "error" and "'messages' is a JSON string" in record.error
    (record,) = iter_records([p], shape="sharegpt")
    assert record.status == "error" and "'conversations' is a JSON null" in record.error


def test_unknown_shape_value_is_usage_error(tmp_path):
    with pytest.raises(UsageError):
        list(iter_records([write_lines(tmp_path / "x.jsonl", [jline(CHAT)])], shape="nope"))


def test_bad_lines_become_error_records(tmp_path):
    p = write_lines(
        tmp_path / "bad.jsonl",
        [
            jline(CHAT),
            b'{"messages": [{"role": "user" "content": "x"}]}\n',  # 2: missing comma
            b'{"messages": [{"role": "user", "content": "caf\xe9"}]}\n',  # 3: latin-1 byte
            b"[1, 2, 3]\n",  # 4: not an object
            b'{"foo": 1}\n',  # 5: unknown shape
            b'{"messages": [{"role": "wizard", "content": "x"}]}\n',  # 6: unknown role
            b'{"instruction": "x", "output": 5}\n',  # 7: wrong type
            b"\n",
            jline(CHAT),
        ],
    )
    records = list(iter_records([p]))
    assert [(r.position, r.status) for r in records] == [
        (1, "ok"), (2, "error"), (3, "error"), (4, "error"), (5, "error"), (6, "error"), (7, "error"), (9, "ok")]
    errors = {r.position: r.error for r in records if r.status == "error"}
    assert errors[2] == f"{p}:2: invalid JSON: Expecting ',' delimiter at column 31"
    assert errors[3] == f"{p}:3: invalid UTF-8 at byte 47"
    assert "record is a JSON array" in errors[4]
    assert "unknown record shape (keys: foo)" in errors[5]
    assert "unknown role 'wizard'" in errors[6]
    assert "field 'output' is a number, not a string" in errors[7]
    assert all(r.raw for r in records)


def test_empty_and_blank_files_are_reported(tmp_path):
    empty = write_lines(tmp_path / "empty.jsonl", [])
    blank = write_lines(tmp_path / "blank.jsonl", [b"\n", b"  \n"])
    (e,) = iter_records([empty])
    assert (e.position, e.status, e.error) == (0, "error", f"{empty}: empty file (no records)")
    (b,) = iter_records([blank])
    assert b.position == 0 and "only blank lines" in b.error


def test_binary_file_is_one_error_record(tmp_path):
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(50_000)) + b"\0"
    p = tmp_path / "blob.jsonl"
    p.write_bytes(b"\0" + data)
    (record,) = iter_records([str(p)])
    assert record.status == "error" and record.position == 0 and "binary file" in record.error


def test_random_bytes_without_nul_never_crash(tmp_path):
    rng = random.Random(11)
    # text-like noise (no control bytes, which would make the file binary): every line is an error
    data = bytes(rng.choice(b"\n\t" + bytes(range(32, 256))) for _ in range(20_000))
    p = write_lines(tmp_path / "noise.jsonl", [data])
    records = list(iter_records([p]))
    non_blank = [n for n, line in iter_lines(p) if line.strip()]
    assert [r.position for r in records] == non_blank
    assert all(r.status == "error" for r in records)


def test_huge_line_is_an_error_and_run_goes_on(tmp_path):
    big = b'{"text": "' + b"a" * (10 * 1024 * 1024) + b'"}\n'
    p = write_lines(tmp_path / "big.jsonl", [jline(CHAT), big, jline(CHAT)])
    records = list(iter_records([p], max_record_bytes=8 << 20))
    assert [(r.position, r.status) for r in records] == [(1, "ok"), (2, "error"), (3, "ok")]
    assert "over the 8 MiB record limit" in records[1].error and f"{p}:2:" in records[1].error
    assert len(records[1].raw) < MAX_RECORD_BYTES
    import hashlib

    assert records[1].sha256 == hashlib.sha256(big[:-1]).hexdigest()


def test_missing_path_is_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        list(iter_records([str(tmp_path / "nope.jsonl")]))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_path_is_usage_error(tmp_path):
    p = tmp_path / "locked.jsonl"
    p.write_bytes(jline(CHAT))
    p.chmod(0)
    with pytest.raises(UsageError, match="permission denied"):
        list(iter_records([str(p)]))


def _compress(kind: str, data: bytes) -> bytes:
    if kind == "gz":
        return gzip.compress(data)
    if kind == "bz2":
        return bz2.compress(data)
    import zstandard

    return zstandard.ZstdCompressor().compress(data)


@pytest.mark.parametrize("kind", ["gz", "zst", "bz2"])
def test_compressed_jsonl(tmp_path, kind):
    data = jline(CHAT) + b"\n" + b"{bad\n" + jline(CHAT)
    p = tmp_path / f"c.jsonl.{kind}"
    p.write_bytes(_compress(kind, data))
    records = list(iter_records([str(p)]))
    assert [(r.position, r.status) for r in records] == [(1, "ok"), (3, "error"), (4, "ok")]
    assert b"".join(line for _, line in iter_lines(str(p))) == data


def test_truncated_gzip_is_reported(tmp_path):
    data = b"".join(jline(CHAT) for _ in range(2000))
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(gzip.compress(data)[:-200])
    records = list(iter_records([str(p)]))
    assert records[-1].status == "error" and "cannot read the file past line" in records[-1].error
    assert all(r.status == "ok" for r in records[:-1])


def test_iter_lines_reproduces_file(tmp_path):
    data = jline(CHAT) + b"\n\r\n" + b"{bad" + b"\n" + jline(CHAT).rstrip(b"\n")  # no final newline
    p = write_lines(tmp_path / "r.jsonl", [data])
    lines = list(iter_lines(p))
    assert [n for n, _ in lines] == [1, 2, 3, 4, 5]
    assert b"".join(line for _, line in lines) == data


@pytest.mark.parametrize("target", [1, 50, 333, 10_000])
def test_byte_shards_reproduce_file_and_line_numbers(tmp_path, target):
    rng = random.Random(target)
    lines = [jline({"text": "x" * rng.randrange(0, 120)}) if rng.random() > 0.2 else b"\n" for _ in range(200)]
    p = write_lines(tmp_path / "s.jsonl", lines)
    shards = jsonl_byte_shards(p, target)
    data = (tmp_path / "s.jsonl").read_bytes()
    assert shards[0][0] == 0 and shards[-1][1] == len(data)
    assert all(a[1] == b[0] for a, b in zip(shards, shards[1:]))
    assert all(data[end - 1 : end] == b"\n" for _, end in shards[:-1])
    whole = [(r.position, r.raw) for r in iter_records([p])]
    pieces = [(r.position, r.raw) for start, end in shards for r in iter_records([p], byte_range=(start, end))]
    assert pieces == whole


def test_byte_shards_of_empty_file(tmp_path):
    p = write_lines(tmp_path / "e.jsonl", [])
    assert jsonl_byte_shards(p, 100) == [(0, 0)]
    (record,) = iter_records([p], byte_range=(0, 0))
    assert record.status == "error"


def test_byte_range_needs_plain_jsonl(tmp_path):
    p = tmp_path / "c.jsonl.gz"
    p.write_bytes(gzip.compress(jline(CHAT)))
    with pytest.raises(UsageError):
        jsonl_byte_shards(str(p), 10)
    with pytest.raises(UsageError):
        list(iter_records([str(p)], byte_range=(0, 10)))
