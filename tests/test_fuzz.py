"""Property-based fuzzing of every reader, record shape and the snippet extractor (hypothesis).

The property: whatever the bytes, reading yields Records and never raises; a broken input is a counted
error record that names its file. Each target runs a bounded number of examples (EXAMPLES, no deadline) so
the whole file stays well under a minute in CI (same examples every run); set CURATOR_FUZZ_EXAMPLES for a
longer, randomized local hunt.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import os
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from curator.corpus import SHAPES, iter_records
from curator.corpus.records import record_from_json_bytes, record_from_obj
from curator.corpus.shapes import map_shape
from curator.corpus.sources import SNIFF_BYTES, looks_binary
from curator.extract import extract_snippets
from curator.model import Message, Record

EXAMPLES = int(os.environ.get("CURATOR_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="CURATOR_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

COMPRESS = {"": lambda b: b, ".gz": gzip.compress, ".bz2": bz2.compress,
            ".zst": lambda b: zstandard.ZstdCompressor().compress(b)}

# JSON values of every kind, records of every shape, and the mess real corpora hold.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30)
roles = st.sampled_from(["system", "user", "assistant", "tool", "human", "gpt", "", "ASSISTANT"])
contents = st.one_of(st.text(max_size=200), st.none(), st.integers(), st.lists(json_values, max_size=3),
                     st.builds(lambda lang, body: f"```{lang}\n{body}\n```", st.sampled_from(["python", "js", "", "c"]),
                               st.text(max_size=120)))
message = st.fixed_dictionaries({"role": roles, "content": contents},
                                optional={"from": roles, "value": contents, "name": st.text(max_size=8)})
records = st.one_of(
    st.fixed_dictionaries({"messages": st.lists(message, max_size=4)}),
    st.fixed_dictionaries({"conversations": st.lists(message, max_size=4)}),
    st.fixed_dictionaries({"instruction": contents, "output": contents}, optional={"input": contents}),
    st.fixed_dictionaries({"prompt": contents, "completion": contents}),
    st.fixed_dictionaries({"text": contents}),
    st.fixed_dictionaries({"prompt": contents, "chosen": contents, "rejected": contents}),  # preference pairs
    st.fixed_dictionaries({"question": contents, "solution": contents}),
    st.dictionaries(st.text(max_size=12), json_values, max_size=6),
    json_values,
)


def lines_of(objs: list, junk: list[bytes]) -> bytes:
    out = [json.dumps(o).encode() for o in objs] + junk
    return b"\n".join(out) + b"\n"


def mutate(data: bytes, cut: int, flips: list[tuple[int, int]]) -> bytes:
    """Truncate at `cut` (a fraction of 1000) and overwrite a few bytes."""
    data = bytearray(data[: max(0, len(data) * cut // 1000)])
    for at, value in flips:
        if data:
            data[at % len(data)] = value
    return bytes(data)


mutations = st.tuples(st.integers(0, 1000), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=4))


def read_all(path: Path, **kwargs) -> list[Record]:
    """Read a file; every record is ok or a counted error that names the file."""
    found = list(iter_records([str(path)], **kwargs))
    assert found, "a file always gives at least one record (an empty one is an error record)"
    for record in found:
        assert isinstance(record, Record) and record.status in ("ok", "error")
        if record.status == "error":
            assert record.error.startswith(str(path)), record.error
        else:
            assert all(isinstance(m.content, str) for m in record.messages)
    return found


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


# -- JSON Lines, plain and compressed ---------------------------------------------------------------------

@pytest.mark.parametrize("suffix", list(COMPRESS))
@FUZZ
@given(objs=st.lists(records, max_size=6), junk=st.lists(st.binary(max_size=60), max_size=3), how=mutations)
def test_fuzz_jsonl(folder, suffix, objs, junk, how):
    path = folder / f"fuzz.jsonl{suffix}"
    intact = lines_of(objs, junk)
    path.write_bytes(COMPRESS[suffix](intact))
    found = read_all(path)
    if suffix == "" and not looks_binary(intact[:SNIFF_BYTES]):
        blank = sum(1 for line in intact.split(b"\n") if not line.strip())
        non_blank = len(intact.split(b"\n")) - blank
        assert len(found) == max(non_blank, 1)  # nothing lost: one record per non-blank line
    path.write_bytes(mutate(COMPRESS[suffix](intact), *how))  # truncated, corrupted streams
    read_all(path)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_fuzz_jsonl_random_bytes(folder, data):
    path = folder / "bytes.jsonl"
    path.write_bytes(data)
    read_all(path)


# -- JSON arrays ---------------------------------------------------------------------------------------------

@FUZZ
@given(objs=st.lists(records, max_size=6), how=mutations, pretty=st.booleans())
def test_fuzz_json_array(folder, objs, how, pretty):
    path = folder / "fuzz.json"
    text = json.dumps(objs, indent=2 if pretty else None).encode()
    path.write_bytes(text)
    found = read_all(path)
    if objs:
        assert len(found) == len(objs)  # one record per element
    path.write_bytes(mutate(text, *how))
    read_all(path)


@FUZZ
@given(data=st.binary(max_size=1500), lead=st.sampled_from([b"[", b"{", b"", b"\xef\xbb\xbf["]))
def test_fuzz_json_random_bytes(folder, data, lead):
    path = folder / "bytes.json"
    path.write_bytes(lead + data)
    read_all(path)


# -- CSV -----------------------------------------------------------------------------------------------------

csv_text = st.text(alphabet=st.sampled_from(list('ab,"\n\r \t;{}[]:\\') + ["\u00e9", "\x00", "\udcff"]), max_size=400)


@FUZZ
@given(text=csv_text, header=st.sampled_from(["messages", "instruction,output", "prompt,completion", "text", "a,b,c"]))
def test_fuzz_csv(folder, text, header):
    path = folder / "fuzz.csv"
    path.write_bytes((header + "\n" + text).encode("utf-8", "surrogateescape"))
    read_all(path)


@FUZZ
@given(data=st.binary(max_size=1500))
def test_fuzz_csv_random_bytes(folder, data):
    path = folder / "bytes.csv"
    path.write_bytes(data)
    read_all(path)


# -- Parquet -------------------------------------------------------------------------------------------------

@FUZZ
@given(rows=st.lists(st.fixed_dictionaries({"instruction": st.text(max_size=50), "output": st.text(max_size=80)}),
                     min_size=1, max_size=8), how=mutations)
# found by a long run: a zeroed byte in the string data made pyarrow raise UnicodeDecodeError for the batch
@example(rows=[{"instruction": "0\U00010000", "output": ""}, {"instruction": "", "output": ""}], how=(1000, [(683, 0)]))
def test_fuzz_parquet(folder, rows, how):
    path = folder / "fuzz.parquet"
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), buffer)
    path.write_bytes(buffer.getvalue())
    assert len(read_all(path)) == len(rows)
    path.write_bytes(mutate(buffer.getvalue(), *how))  # a truncated or corrupted Parquet file
    read_all(path)


@FUZZ
@given(data=st.binary(max_size=1500))
def test_fuzz_parquet_random_bytes(folder, data):
    path = folder / "bytes.parquet"
    path.write_bytes(b"PAR1" + data)
    read_all(path)


# -- record shapes and the extractor ------------------------------------------------------------------------

@FUZZ
@given(obj=records, shape=st.sampled_from([None, *SHAPES, map_shape("prompt=question,answer=solution")]),
       text_field=st.sampled_from([None, "text", "output"]))
def test_fuzz_record_shapes(obj, shape, text_field):
    raw = json.dumps(obj).encode()
    for record in (record_from_obj("s.jsonl", 1, raw, "jsonl", obj, shape, text_field),
                   record_from_json_bytes("s.jsonl", 1, raw, "jsonl", shape, text_field)):
        assert record.status in ("ok", "error")
        if record.status == "ok":
            assert record.shape in SHAPES and all(isinstance(m.content, str) for m in record.messages)
        else:
            assert record.error.startswith("s.jsonl:1: ")


@FUZZ
@given(texts=st.lists(st.one_of(
    st.text(max_size=300),
    st.builds(lambda a, lang, body, b: f"{a}\n```{lang}\n{body}\n```{b}", st.text(max_size=40),
              st.text(max_size=12), st.text(max_size=200), st.text(max_size=40)),
    st.builds(lambda body: "    " + body.replace("\n", "\n    "), st.text(max_size=200)),
), min_size=1, max_size=3))
def test_fuzz_extractor(texts):
    record = Record("s.jsonl", 1, b"", "jsonl", messages=tuple(Message("assistant", t) for t in texts))
    for snippet in extract_snippets(record):
        assert isinstance(snippet.text, str) and snippet.line_offset >= 1 and snippet.language


# -- deep nesting and huge lines -------------------------------------------------------------------------------

@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_nesting_is_an_error_record(folder, depth):
    deep = b'{"messages": ' + b"[" * depth + b"]" * depth + b"}"
    for name, data in (("deep.jsonl", deep + b"\n"), ("deep.json", b"[" + deep + b"]")):
        path = folder / name
        path.write_bytes(data)
        found = read_all(path)
        assert [r.status for r in found] == ["error"]


def test_records_over_max_record_bytes_are_error_records_in_every_container(folder):
    """A small limit (the default is 64 MiB): an oversized record is an error record, its neighbours read."""
    limit = 4096
    big_text = "x" * (limit * 3)
    small = {"instruction": "say hi", "output": "hi"}
    big = {"instruction": "say hi", "output": big_text}
    (folder / "mix.jsonl").write_text("\n".join(json.dumps(o) for o in (small, big, small)) + "\n")
    (folder / "mix.json").write_text(json.dumps([small, big, small]))
    (folder / "mix.csv").write_text(f"instruction,output\nsay hi,hi\nsay hi,{big_text}\nsay hi,hi\n")
    pq.write_table(pa.Table.from_pylist([small, big, small]), folder / "mix.parquet")
    for name in ("mix.jsonl", "mix.json", "mix.csv", "mix.parquet"):
        found = read_all(folder / name, max_record_bytes=limit)
        assert [r.status for r in found] == ["ok", "error", "ok"], (name, [r.error for r in found])
        assert "record limit" in found[1].error or "field larger than field limit" in found[1].error, found[1].error
        assert len(found[1].raw) <= limit
        assert [r.status for r in read_all(folder / name)] == ["ok", "ok", "ok"]  # under the default


def test_max_record_bytes_from_the_config_file(tmp_path):
    """`[tool.curator.options] max_record_bytes` reaches the readers through a real lint."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"instruction": "a", "output": "b" * 5000}) + "\n"
                      + json.dumps({"instruction": "a", "output": "b"}) + "\n")
    (tmp_path / "pyproject.toml").write_text("[tool.curator.options]\nmax_record_bytes = 2048\n")
    proc = subprocess.run([sys.executable, str(root / "cli.py"), "lint", str(corpus), "--no-cache",
                           "--format", "jsonl", "--fail-on", "never"], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "2,048 bytes record limit" in proc.stdout + proc.stderr


@FUZZ
@given(extra=st.integers(-3, 3), crlf=st.booleans(), last=st.booleans())
def test_fuzz_line_size_at_the_limit(folder, extra, crlf, last):
    """A JSON line of exactly the limit is read; one byte more is an error record; the next line is read."""
    limit = 2048
    pad = limit + extra - len(b'{"text": ""}')
    line = b'{"text": "' + b"a" * pad + b'"}'
    end = b"\r\n" if crlf else b"\n"
    path = folder / "edge.jsonl"
    path.write_bytes(line + end + (b'{"text": "next"}' + (b"" if last else end)))
    found = read_all(path, max_record_bytes=limit)
    assert [r.position for r in found] == [1, 2] and found[1].status == "ok"
    expected = "ok" if len(line) + (1 if crlf else 0) <= limit else "error"  # "\r" counts at the very edge
    assert found[0].status == expected, (len(line), found[0].error)
