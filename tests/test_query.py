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
