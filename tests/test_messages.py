"""Messages that say what happened: JSON error positions, a corpus given as a report, a reused cached run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cli import main
from curator.corpus import iter_records


def run(args: list[str], capsys) -> tuple[int, str, str]:
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def chat(code: str) -> str:
    return json.dumps({"messages": [{"role": "user", "content": "Write a saver."},
                                    {"role": "assistant", "content": code}]})


@pytest.mark.parametrize(("text", "expected"), [
    ('{"messages": "abc\n', "invalid JSON: Unterminated string starting at column 14"),
    ('{"messages": [1,]}\n', "invalid JSON: Expecting value at column 17"),
    ('{"messages": x}\n', "invalid JSON: Expecting value at column 14"),
    ('{"messages": "a\tb"}\n', "invalid JSON: Invalid control character at column 16"),
])
def test_json_lines_errors_name_the_column_once(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(text)
    (record,) = iter_records([str(path)])
    assert record.error == f"{path}:1: {expected}"
    assert " at at " not in record.error


def test_json_document_errors_give_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text('{\n  "messages": [\n    1,\n  ]\n}\n')
    (record,) = iter_records([str(path)])
    assert " at at " not in record.error and "at line 4 column 3" in record.error, record.error


def test_json_array_element_error_is_placed_in_the_element(tmp_path: Path) -> None:
    path = tmp_path / "arr.json"
    path.write_text('[' + chat("print(1)") + ',\n{"messages": "open\n')
    records = list(iter_records([str(path)]))
    error = records[-1].error
    assert "invalid JSON in element 2: Invalid control character at column 19 of the element" in error, error
    assert " at at " not in error


@pytest.mark.parametrize("command", [["report", "--db"], ["query", "SELECT 1", "--db"]])
def test_a_corpus_given_as_report_is_named_as_not_a_report(tmp_path: Path, capsys, command) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(chat("print(1)") + "\n")
    code, _, err = run([*command, str(corpus)], capsys)
    assert code == 2
    assert err.strip() == (f"curator: error: {corpus}: not a curator report (a JSON file, maybe a corpus, not a "
                           "DuckDB database); give the file `curator lint --db` wrote")
    assert "in-memory" not in err


def test_a_reused_cached_run_says_so_instead_of_a_new_speed(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.curator]\ncache-dir = "cache"\n')
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(chat("import os\nos.chmod(p, 0o777)\n") + "\n")
    args = ["lint", "c.jsonl", "--engines", "tree-sitter", "--format", "json", "--db", "r.duckdb"]
    code, out, err = run(args, capsys)
    assert code == 1
    first_run = json.loads(out)["run"]["run_id"]
    assert "records/s" in err and "reused" not in err
    code, out, err = run(args, capsys)
    assert code == 1
    assert json.loads(out)["run"]["run_id"] == first_run
    summary = err.strip().splitlines()[0]
    assert f"reused the report of run {first_run}" in summary, err
    assert "records/s" not in summary
