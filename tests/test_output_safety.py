"""Never overwrite what is not ours: every output refuses an input and a file that is not an sft-curator
output of its kind (exit 2, one line), --force replaces the latter, writes are atomic, modes follow the umask."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import duckdb
import pytest

from curator.cli import main
from curator.outputs import atomic_text, recognize

FLAWED = "import os\n\ndef save(path):\n    os.chmod(path, 0o777)\n"
ENGINES = ["--engines", "tree-sitter", "--no-cache"]


def chat(code: str) -> str:
    return json.dumps({"messages": [{"role": "user", "content": "Write a saver."},
                                    {"role": "assistant", "content": code}]})


def run(args: list[str], capsys) -> tuple[int, str, str]:
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "train.jsonl"
    path.write_text(chat(FLAWED) + "\n" + chat("print('hi')") + "\n")
    return path


def refused(code: int, err: str, *words: str) -> bool:
    lines = err.strip().splitlines()
    return code == 2 and len(lines) == 1 and lines[0].startswith("curator: error: ") and all(w in lines[0] for w in words)


# -- an output that is an input ----------------------------------------------------------------------------
@pytest.mark.parametrize("spelling", ["same", "dot-slash", "symlink", "hardlink"])
def test_db_naming_the_input_is_refused_even_with_force(corpus: Path, tmp_path: Path, capsys, monkeypatch,
                                                        spelling: str) -> None:
    monkeypatch.chdir(tmp_path)
    before = corpus.read_bytes()
    target = {"same": "train.jsonl", "dot-slash": "./train.jsonl", "symlink": "link.jsonl", "hardlink": "hard.jsonl"}
    if spelling == "symlink":
        os.symlink(corpus, tmp_path / "link.jsonl")
    if spelling == "hardlink":
        os.link(corpus, tmp_path / "hard.jsonl")
    for extra in ([], ["--force"]):
        code, _, err = run(["lint", "train.jsonl", "--db", target[spelling], *ENGINES, *extra], capsys)
        assert refused(code, err, f"--db {target[spelling]}", "is the input", "never replaces an input"), err
    assert corpus.read_bytes() == before


def test_an_output_inside_an_input_folder_that_is_read_is_refused(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.jsonl").write_text(chat(FLAWED) + "\n")
    code, _, err = run(["lint", str(data), "--output", str(data / "a.jsonl"), "--force", *ENGINES], capsys)
    assert refused(code, err, "--output", "is the input"), err
    assert (data / "a.jsonl").read_text() == chat(FLAWED) + "\n"


def test_two_outputs_on_one_path_are_refused(corpus: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.out"
    code, _, err = run(["lint", str(corpus), "--db", str(out), "--output", str(out), *ENGINES], capsys)
    assert refused(code, err, "also given as --db"), err
    assert not out.exists()


# -- an existing file that is not ours ---------------------------------------------------------------------
def test_db_holding_other_tables_is_kept_unless_force(corpus: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "warehouse.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE customers AS SELECT 42 AS id")
    con.close()
    code, _, err = run(["lint", str(corpus), "--db", str(db), *ENGINES], capsys)
    assert refused(code, err, "not an sft-curator DuckDB report", "customers", "--force"), err
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT id FROM customers").fetchall() == [(42,)]
    con.close()
    code, _, _ = run(["lint", str(corpus), "--db", str(db), "--force", *ENGINES], capsys)
    assert code == 1
    assert recognize(str(db), "report") == (True, "")


def test_an_earlier_report_is_replaced_without_force(corpus: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "r.duckdb"
    assert run(["lint", str(corpus), "--db", str(db), *ENGINES], capsys)[0] == 1
    first = duckdb.connect(str(db), read_only=True).execute("SELECT run_id FROM runs").fetchall()
    assert run(["lint", str(corpus), "--db", str(db), *ENGINES], capsys)[0] == 1
    second = duckdb.connect(str(db), read_only=True).execute("SELECT run_id FROM runs").fetchall()
    assert len(second) == 1 and second != first


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif", "github"])
def test_output_replaces_its_own_kind_only(corpus: Path, tmp_path: Path, capsys, fmt: str) -> None:
    out = tmp_path / f"lint.{fmt}"
    assert run(["lint", str(corpus), "--format", fmt, "--output", str(out), *ENGINES], capsys)[0] == 1
    written = out.read_text()
    assert recognize(str(out), fmt) == (True, "")
    assert run(["lint", str(corpus), "--format", fmt, "--output", str(out), *ENGINES], capsys)[0] == 1  # ours
    notes = tmp_path / "notes.md"
    notes.write_text("# my notes\n12 records · not a summary line\n")
    code, _, err = run(["lint", str(corpus), "--format", fmt, "--output", str(notes), *ENGINES], capsys)
    assert refused(code, err, f"--output {notes}", "is not an sft-curator", "--force"), err
    assert notes.read_text() == "# my notes\n12 records · not a summary line\n"
    other = "sarif" if fmt != "sarif" else "json"  # another format's output is not this format's
    (tmp_path / "other").write_text(written)
    if fmt not in ("text",):
        code, _, err = run(["lint", str(corpus), "--format", other, "--output", str(tmp_path / "other"), *ENGINES],
                           capsys)
        assert code == 2, err
    assert run(["lint", str(corpus), "--format", fmt, "--output", str(notes), "--force", *ENGINES], capsys)[0] == 1
    assert recognize(str(notes), fmt) == (True, "")


def test_write_baseline_refuses_a_foreign_json(corpus: Path, tmp_path: Path, capsys) -> None:
    package = tmp_path / "package.json"
    package.write_text('{"name": "app", "version": "1.0.0"}\n')
    code, _, err = run(["lint", str(corpus), "--write-baseline", str(package), *ENGINES], capsys)
    assert refused(code, err, "--write-baseline", "not an sft-curator baseline"), err
    assert json.loads(package.read_text())["name"] == "app"
    baseline = tmp_path / "baseline.json"
    assert run(["lint", str(corpus), "--write-baseline", str(baseline), *ENGINES], capsys)[0] == 1
    assert run(["lint", str(corpus), "--write-baseline", str(baseline), "--baseline", str(baseline), *ENGINES],
               capsys)[0] == 0  # the same file read and rewritten: a baseline is ours


def test_report_html_and_merge_db(corpus: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "r.duckdb"
    run(["lint", str(corpus), "--db", str(db), *ENGINES], capsys)
    page = tmp_path / "index.html"
    page.write_text("<!DOCTYPE html><html><body>my site</body></html>\n")
    code, _, err = run(["report", "--db", str(db), "--html", str(page)], capsys)
    assert refused(code, err, "--html", "not an sft-curator HTML report"), err
    assert "my site" in page.read_text()
    assert run(["report", "--db", str(db), "--html", str(page), "--force"], capsys)[0] == 0
    assert run(["report", "--db", str(db), "--html", str(page)], capsys)[0] == 0  # now it is ours
    code, _, err = run(["report", "--db", str(db), "--html", str(db)], capsys)
    assert refused(code, err, "is the input"), err

    work = tmp_path / "work"
    assert run(["lint", str(corpus), "--work-dir", str(work), "--tasks", "1", "--task-index", "0", *ENGINES],
               capsys)[0] == 0
    code, _, err = run(["merge", "--work-dir", str(work), "--db", str(page)], capsys)
    assert refused(code, err, "--db", "not an sft-curator DuckDB report"), err
    code, _, err = run(["merge", "--work-dir", str(work), "--db", str(corpus)], capsys)
    assert refused(code, err, "is the input"), err
    assert run(["merge", "--work-dir", str(work), "--db", str(tmp_path / "merged.duckdb")], capsys)[0] == 1


# -- split and scrub -----------------------------------------------------------------------------------------
def test_split_refuses_an_input_as_output_and_a_contradicting_extension(tmp_path: Path, capsys) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    source = tmp_path / "in.parquet"
    rows = [json.loads(chat(FLAWED)), json.loads(chat("print('hi')"))]
    pq.write_table(pa.Table.from_pylist(rows), source)
    before = source.read_bytes()
    args = ["split", str(source), "--engines", "tree-sitter"]
    code, _, err = run([*args, "--clean", str(tmp_path / "out.jsonl"), "--flagged", str(tmp_path / "f.parquet")],
                       capsys)
    assert refused(code, err, "--clean", "out.jsonl", "Parquet", "name the output with .parquet"), err
    code, _, err = run([*args, "--clean", str(source), "--flagged", str(tmp_path / "f.parquet"), "--force"], capsys)
    assert refused(code, err, "is the input"), err
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.parquet"]
    code, _, err = run([*args, "--clean", str(tmp_path / "c.parquet"), "--flagged", str(tmp_path / "f.parquet")],
                       capsys)
    assert code == 0, err
    assert pq.read_table(tmp_path / "c.parquet").num_rows == 1


def test_scrub_db_must_be_a_report_and_out_not_an_input(corpus: Path, tmp_path: Path, capsys) -> None:
    notes = tmp_path / "notes.duckdb"
    notes.write_text("not a database\n")
    args = ["scrub", str(corpus), "--recipe", "drop-flagged", "--engines", "tree-sitter"]
    code, _, err = run([*args, "--out", str(tmp_path / "o.jsonl"), "--db", str(notes)], capsys)
    assert refused(code, err, "--db", "not an sft-curator report"), err
    assert notes.read_text() == "not a database\n"
    code, _, err = run([*args, "--out", str(corpus), "--force"], capsys)
    assert refused(code, err, "is the input"), err
    code, _, err = run([*args, "--out", str(tmp_path / "o.parquet")], capsys)
    assert refused(code, err, "--out", "JSON Lines"), err
    code, _, err = run([*args, "--out", str(tmp_path / "o.jsonl"), "--db", str(tmp_path / "s.duckdb")], capsys)
    assert code == 0, err
    assert run([*args, "--out", str(tmp_path / "o2.jsonl"), "--db", str(tmp_path / "s.duckdb")], capsys)[0] == 0


# -- modes and atomicity ---------------------------------------------------------------------------------------
@pytest.fixture(params=[0o002, 0o077, 0o022])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_outputs_follow_the_umask(corpus: Path, tmp_path: Path, capsys, umask: int) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    out.mkdir()
    db, text, baseline, page = out / "r.duckdb", out / "lint.txt", out / "baseline.json", out / "r.html"
    assert run(["lint", str(corpus), "--db", str(db), "--output", str(text), "--write-baseline", str(baseline),
                *ENGINES], capsys)[0] == 1
    assert run(["report", "--db", str(db), "--html", str(page)], capsys)[0] == 0
    assert run(["split", str(corpus), "--db", str(db), "--clean", str(out / "c.jsonl"), "--flagged",
                str(out / "f.jsonl")], capsys)[0] == 0
    assert run(["scrub", str(corpus), "--recipe", "drop-flagged", "--engines", "tree-sitter", "--out",
                str(out / "s.jsonl")], capsys)[0] == 0
    table = tmp_path / "t.parquet"
    pq.write_table(pa.Table.from_pylist([json.loads(chat(FLAWED))]), table)
    assert run(["split", str(table), "--engines", "tree-sitter", "--clean", str(out / "c.parquet"), "--flagged",
                str(out / "f.parquet")], capsys)[0] == 0
    expected = 0o666 & ~umask
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()}
    assert set(modes) >= {"r.duckdb", "lint.txt", "baseline.json", "r.html", "c.jsonl", "f.jsonl",
                          "c.jsonl.manifest.json", "s.jsonl", "c.parquet", "f.parquet"}
    assert modes == dict.fromkeys(modes, expected), {k: oct(v) for k, v in modes.items()}


def test_atomic_text_keeps_the_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_text(target) as out:
            out.write("half of the new")
            raise RuntimeError("rendering failed")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    with atomic_text(target) as out:
        out.write("new\n")
    assert target.read_text() == "new\n" and [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_replaced_file_keeps_its_mode(corpus: Path, tmp_path: Path, capsys) -> None:
    old = os.umask(0o022)
    try:
        corpus.chmod(0o600)  # private data rewritten in place must not become world-readable
        assert run(["scrub", str(corpus), "--recipe", "drop-flagged", "--engines", "tree-sitter", "--in-place"],
                   capsys)[0] == 0
        assert stat.S_IMODE(corpus.stat().st_mode) == 0o600
        assert corpus.read_text() == chat("print('hi')") + "\n"
        text = tmp_path / "lint.txt"
        text.write_text("")
        text.chmod(0o640)
        assert run(["lint", str(corpus), "--output", str(text), *ENGINES], capsys)[0] == 0
        assert stat.S_IMODE(text.stat().st_mode) == 0o640 and "records" in text.read_text()
    finally:
        os.umask(old)
