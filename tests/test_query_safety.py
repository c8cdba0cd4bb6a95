"""Regression tests: `curator query` output is faithful (markup, JSON types, duplicate names) and read-only."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest

from curator.cli import main
from reportsample import build_report


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "report.duckdb"
    build_report(path)
    return str(path)


def run(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out, captured.err


def test_table_prints_rich_markup_literally(db, capsys):
    code, out, _ = run(["query", "--db", db, "SELECT '[bold]x[/]' AS \"[red]h[/]\""], capsys)
    assert code == 0
    assert "[bold]x[/]" in out and "[red]h[/]" in out


def test_json_converts_uuid_decimal_bytes_nan_before_printing(db, capsys):
    sql = ("SELECT uuid() AS u, 1.25::DECIMAL(5,2) AS d, '\\x01'::BLOB AS b, 'nan'::DOUBLE AS n,"
           " 'inf'::DOUBLE AS i, TIMESTAMP '2024-01-02 03:04:05' AS t, INTERVAL 2 SECOND AS s,"
           " [uuid()] AS l, {'k': 'nan'::DOUBLE} AS st")
    code, out, err = run(["query", "--db", db, "-o", "json", sql], capsys)
    assert code == 0, err
    rows = json.loads(out)  # strict JSON: json.loads would accept NaN, so check the text too
    assert "NaN" not in out and "Infinity" not in out
    row = rows[0]
    assert len(row["u"]) == 36 and row["d"] == "1.25" and row["n"] is None and row["i"] is None
    assert row["t"] == "2024-01-02T03:04:05" and row["s"] == 2.0
    assert isinstance(row["b"], str) and isinstance(row["l"][0], str) and row["st"] == {"k": None}


def test_duplicate_column_names_are_kept(db, capsys):
    code, out, _ = run(["query", "--db", db, "-o", "json", "SELECT 1 a, 2 a, 3 a_2"], capsys)
    assert code == 0
    assert json.loads(out) == [{"a": 1, "a_2": 2, "a_2_2": 3}]
    code, out, _ = run(["query", "--db", db, "-o", "csv", "SELECT 1 a, 2 a, uuid() u"], capsys)
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["a", "a_2", "u"] and rows[1][:2] == ["1", "2"]


def test_multiple_statements_are_refused(db, capsys):
    code, out, err = run(["query", "--db", db, "SELECT 1; SELECT 2"], capsys)
    assert code == 2 and out == ""
    assert "exactly one SQL statement" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("sql", [
    "COPY (SELECT 1) TO '{dir}/x.csv'",
    "EXPORT DATABASE '{dir}/exported'",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET threads = 1",
    "PRAGMA enable_profiling",
    "CALL pragma_version()",
    "ATTACH '{dir}/other.duckdb' AS other",
    "EXPLAIN ANALYZE COPY (SELECT 1) TO '{dir}/y.csv'",
    "DELETE FROM findings",
])
def test_statements_that_are_not_reads_are_refused(db, tmp_path, capsys, sql):
    code, out, err = run(["query", "--db", db, sql.format(dir=tmp_path)], capsys)
    assert code == 2 and out == ""
    assert "read-only" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "exported").exists()
    assert not (tmp_path / "other.duckdb").exists() and not (tmp_path / "y.csv").exists()


@pytest.mark.parametrize("sql", [
    "WITH a AS (SELECT 1 AS x) SELECT * FROM a", "SHOW TABLES", "DESCRIBE findings",
    "SUMMARIZE findings", "EXPLAIN SELECT * FROM findings", "PRAGMA version", "PRAGMA table_info('findings')",
    "FROM findings LIMIT 1", "SELECT 1;",
])
def test_read_statements_are_allowed(db, capsys, sql):
    code, _, err = run(["query", "--db", db, sql], capsys)
    assert code == 0, err


def test_plain_duckdb_file_is_not_a_report(tmp_path, capsys):
    path = tmp_path / "plain.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t AS SELECT 1 AS a")
    con.close()
    code, out, err = run(["query", "--db", str(path), "SELECT 1"], capsys)
    assert code == 2 and out == ""
    assert err.strip() == f"curator: error: {path}: not a curator report (no meta table)"
