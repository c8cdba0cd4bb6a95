"""`curator query`: read-only SQL on a report, as a table, CSV or JSON; SQL errors exit 2 with DuckDB's message."""

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


def test_json_output(db, capsys):
    code, out, _ = run(["query", "--db", db, "-o", "json",
                        "SELECT rule_id, findings, records FROM findings_per_rule ORDER BY rule_id"], capsys)
    assert code == 0
    assert json.loads(out) == [
        {"rule_id": "py.fs.world-writable-chmod", "findings": 3, "records": 3},
        {"rule_id": "py.test.unknown-rule", "findings": 1, "records": 1},
    ]


def test_csv_output_with_lists_and_nulls(db, capsys):
    code, out, _ = run(["query", "--db", db, "--output", "csv",
                        "SELECT record_id, engines, suppressed FROM findings ORDER BY record_id"], capsys)
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["record_id", "engines", "suppressed"]
    assert ["corpus/train.jsonl:3", '["tree-sitter"]', "baseline"] in rows
    assert len(rows) == 6


def test_table_output(db, capsys):
    code, out, _ = run(["query", "--db", db, "SELECT source, flagged, records FROM findings_per_source"], capsys)
    assert code == 0
    assert "corpus/train.jsonl" in out and "flagged" in out and "3 rows" in out


def test_sql_error_exits_2_with_duckdbs_message(db, capsys):
    code, out, err = run(["query", "--db", db, "SELECT nope FROM findings"], capsys)
    assert code == 2 and out == ""
    assert err.startswith("curator: error: query failed:") and "nope" in err


def test_connection_is_read_only(db, capsys):
    code, _, err = run(["query", "--db", db, "DELETE FROM findings"], capsys)
    assert code == 2 and "read-only" in err.lower()
    assert duckdb.connect(db, read_only=True).execute("SELECT count(*) FROM findings").fetchone()[0] == 5


def test_missing_report_exits_2(tmp_path, capsys):
    code, _, err = run(["query", "--db", str(tmp_path / "none.duckdb"), "SELECT 1"], capsys)
    assert code == 2 and "no such report" in err


def test_empty_sql_is_a_usage_error(tmp_path) -> None:
    import pytest as _pytest

    from curator.errors import UsageError
    from curator.report.query import run_query
    from curator.store import Store

    store = Store(tmp_path / "r.duckdb")
    store.close()
    with _pytest.raises(UsageError, match="empty SQL"):
        run_query(str(tmp_path / "r.duckdb"), " ; ")


# Output stays faithful (markup, JSON types, duplicate names) and the command stays read-only.
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
