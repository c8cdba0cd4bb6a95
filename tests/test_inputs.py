"""Inputs beyond local files: standard input (a real subprocess), glob patterns, fsspec URLs (fsspec's
real in-memory file system), and hub ids with revision, config and split (parsed; no network)."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import curator
from curator.corpus import sources
from curator.corpus.hub import HubId, parse_hub_id
from curator.corpus.sources import is_hub_id, is_url
from curator.errors import UsageError

fsspec = pytest.importorskip("fsspec")

FLAWED = "```python\nimport os\nos.chmod('/srv/data', 0o777)\n```"
ROWS = [{"prompt": "Make it shared.", "completion": FLAWED}, {"prompt": "Say hi.", "completion": "print('hi')"}]
ENGINES = ["tree-sitter"]


def jsonl(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def curator_cli(args: list[str], stdin: bytes) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "curator.cli", *args], input=stdin, capture_output=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[1])


@pytest.mark.parametrize("payload", [jsonl(ROWS), json.dumps(ROWS).encode()], ids=["jsonl", "json-array"])
def test_stdin_is_read_by_a_real_process(payload: bytes, tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    done = curator_cli(["lint", "-", "--engines", "tree-sitter", "--no-cache", "--db", str(db),
                        "--format", "jsonl"], payload)
    assert done.returncode == 1, done.stderr
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    findings = [x for x in lines if x["type"] == "finding"]
    assert [(f["source"], f["record_line"], f["rule_id"]) for f in findings] == [
        ("-", 1, "py.fs.world-writable-chmod")]
    assert "2 records" in done.stderr.decode()


def test_stdin_refuses_workers(tmp_path: Path) -> None:
    done = curator_cli(["lint", "-", "--workers", "2", "--no-cache"], jsonl(ROWS))
    err = done.stderr.decode().strip()
    assert done.returncode == 2 and len(err.splitlines()) == 1 and "standard input (-) is read once" in err


def test_stdin_cannot_be_split_twice(tmp_path: Path) -> None:
    done = curator_cli(["split", "-", "--clean", str(tmp_path / "c.jsonl"), "--flagged", str(tmp_path / "f.jsonl"),
                        "--engines", "tree-sitter"], jsonl(ROWS))
    assert done.returncode == 2
    assert "standard input (-) was already read once" in done.stderr.decode().splitlines()[-1]
    assert not (tmp_path / "c.jsonl").exists()


def test_glob_patterns(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a" / "one.jsonl").write_bytes(jsonl(ROWS))
    (tmp_path / "b" / "deep" / "two.jsonl").write_bytes(jsonl(ROWS[:1]))
    (tmp_path / "b" / "skip.csv").write_text("prompt,completion\np,c\n")
    found = sources([str(tmp_path / "**" / "*.jsonl")])
    assert found == [(str(tmp_path / "a" / "one.jsonl"), "jsonl"), (str(tmp_path / "b" / "deep" / "two.jsonl"), "jsonl")]
    assert sources([str(tmp_path / "*" / "*.csv")]) == [(str(tmp_path / "b" / "skip.csv"), "csv")]
    report = curator.lint(str(tmp_path / "**" / "*.jsonl"), engines=ENGINES, cache=False)
    assert report.flagged == [True, False, True]
    with pytest.raises(UsageError, match=r"no file matches this pattern"):
        sources([str(tmp_path / "*.parquet")])


@pytest.fixture
def memory_bucket():
    fs = fsspec.filesystem("memory")
    root = "/curator-test-bucket"
    fs.pipe(f"{root}/data/a.jsonl", jsonl(ROWS))
    fs.pipe(f"{root}/data/sub/b.jsonl.gz", gzip.compress(jsonl(ROWS[:1])))
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(ROWS), buffer)
    fs.pipe(f"{root}/data/c.parquet", buffer.getvalue())
    fs.pipe(f"{root}/data/.hidden/x.jsonl", jsonl(ROWS))
    fs.pipe(f"{root}/data/notes.txt", b"not a corpus")
    yield f"memory://{root}"
    fs.rm(root, recursive=True)


def test_fsspec_folder_file_and_glob(memory_bucket: str) -> None:
    found = sources([f"{memory_bucket}/data"])
    assert [(source.rsplit("/data/", 1)[1], container) for source, container in found] == [
        ("a.jsonl", "jsonl"), ("c.parquet", "parquet"), ("sub/b.jsonl.gz", "jsonl")]
    report = curator.lint(f"{memory_bucket}/data", engines=ENGINES, cache=False)
    assert report.flagged == [True, False, True, False, True]
    assert report.records.column("status").to_pylist() == ["ok"] * 5
    assert sources([f"{memory_bucket}/data/a.jsonl"]) == [(f"{memory_bucket}/data/a.jsonl", "jsonl")]
    assert len(sources([f"{memory_bucket}/data/*.parquet"])) == 1
    with pytest.raises(UsageError, match="no such file or directory"):
        sources([f"{memory_bucket}/missing.jsonl"])


def test_fsspec_url_through_the_cli(memory_bucket: str, capsys) -> None:
    from curator.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["lint", f"{memory_bucket}/data/a.jsonl", "--engines", "tree-sitter", "--no-cache", "-q"])
    assert exit_info.value.code == 1
    assert "2 records" in capsys.readouterr().out


def test_url_kinds_and_hub_ids() -> None:
    assert is_url("s3://bucket/data.jsonl") and is_url("gs://b/x") and is_url("hf://datasets/org/name@v1/a.jsonl")
    assert not is_url("hf://org/name") and is_hub_id("hf://org/name:test")
    assert not is_url("data/file.jsonl") and not is_url("-")
    assert parse_hub_id("hf://org/name") == HubId("org/name", "train")
    assert parse_hub_id("hf://org/name:test") == HubId("org/name", "test")
    assert parse_hub_id("hf://org/name@v2.0:python:validation") == HubId("org/name", "validation", "python", "v2.0")
    assert parse_hub_id("hf://squad") == HubId("squad", "train")
    for bad in ("hf://org/name@", "hf://a/b/c", "hf://org/name:a:b:c", "hf://org/name::x"):
        with pytest.raises(UsageError, match="expected hf://org/name|empty revision"):
            parse_hub_id(bad)


def test_local_paths_never_import_fsspec(tmp_path: Path) -> None:
    """The network (and fsspec) is touched only for URLs and hub ids."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(jsonl(ROWS))
    code = ("import sys, curator; r = curator.lint(sys.argv[1], engines=['tree-sitter'], cache=False); "
            "print(r.flagged, 'fsspec' in sys.modules, 'datasets' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, timeout=120)
    assert done.stdout.decode().split() == ["[True,", "False]", "False", "False"], done.stderr.decode()
