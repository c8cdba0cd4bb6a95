"""Empty is an error: no corpus file under the given paths, or not one record read, exits 2 with one line
naming what was searched (a CI step that lints nothing must not pass)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from curator.cli import main

ROOT = Path(__file__).resolve().parents[1]
ENGINES = ["--engines", "tree-sitter", "--no-cache"]


def run(args: list[str], capsys) -> tuple[int, str, str]:
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def one_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("curator: error: "), err
    return lines[0]


def test_an_empty_folder_exits_2_naming_it(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "data"
    empty.mkdir()
    code, out, err = run(["lint", str(empty), "--db", str(tmp_path / "r.duckdb"), *ENGINES], capsys)
    assert code == 2 and out == ""
    line = one_error(err)
    assert f"no corpus file found under {empty}" in line and "*.jsonl" in line and "*.parquet" in line
    assert not (tmp_path / "r.duckdb").exists()  # refused before any work


def test_a_folder_without_corpus_files_exits_2(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    (data / "images").mkdir(parents=True)
    (data / "README.md").write_text("# a dataset\n")
    (data / "images" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (data / ".hidden.jsonl").write_text('{"messages": []}\n')
    code, _, err = run(["lint", str(data), *ENGINES], capsys)
    assert code == 2 and "no corpus file found under" in one_error(err)


def test_files_that_hold_no_record_exit_2_with_the_reasons(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "empty.jsonl").write_bytes(b"")
    (data / "blank.jsonl").write_bytes(b"\n  \n")
    (data / "image.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    code, _, err = run(["lint", str(data), *ENGINES], capsys)
    line = one_error(err)
    assert code == 2 and f"no records read from {data}" in line
    assert "empty.jsonl: empty file" in line and "image.jsonl: binary file" in line


def test_broken_records_are_records_and_still_exit_1(tmp_path: Path, capsys) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text('{"messages": [oops\n')
    code, _, err = run(["lint", str(path), *ENGINES], capsys)
    assert code == 1, err  # read, but unreadable: the old contract


def test_one_good_file_beside_empty_ones_is_not_empty(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "empty.jsonl").write_bytes(b"")
    (data / "ok.jsonl").write_text(json.dumps({"messages": [{"role": "user", "content": "hi"},
                                                            {"role": "assistant", "content": "hello"}]}) + "\n")
    code, _, err = run(["lint", str(data), *ENGINES], capsys)
    assert code == 1, err  # the empty file is an unreadable record, as before; the run is not "empty"


def test_empty_standard_input_exits_2() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "lint", "-", *ENGINES], input=b"",
                            capture_output=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2, result.stderr
    assert result.stderr.decode().strip().splitlines() == ["curator: error: no records read from -: -: empty file "
                                                           "(no records)"]


@pytest.mark.parametrize("command", [
    ["split", "--clean", "c.jsonl", "--flagged", "f.jsonl"],
    ["scrub", "--recipe", "drop-flagged", "--out", "o.jsonl"],
])
def test_split_and_scrub_of_an_empty_folder_exit_2(tmp_path: Path, capsys, monkeypatch, command) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    code, _, err = run([command[0], "data", *command[1:]], capsys)
    assert code == 2 and "no corpus file found under data" in one_error(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_split_of_files_without_records_exits_2(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.jsonl").write_bytes(b"")
    code, _, err = run(["split", "empty.jsonl", "--clean", "c.jsonl", "--flagged", "f.jsonl", *ENGINES[:2]], capsys)
    assert code == 2 and "no records read from empty.jsonl" in err.strip().splitlines()[-1]
    assert not (tmp_path / "c.jsonl").exists()


def test_merge_of_a_run_that_read_nothing_exits_2(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    work = tmp_path / "work"
    code, _, err = run(["lint", str(tmp_path / "empty.jsonl"), "--work-dir", str(work), "--tasks", "1",
                        "--task-index", "0", *ENGINES], capsys)
    assert code == 0, err  # one slice of a Slurm array: counted when merged
    code, _, err = run(["merge", "--work-dir", str(work), "--db", str(tmp_path / "r.duckdb")], capsys)
    assert code == 2 and "no records read from" in one_error(err)
