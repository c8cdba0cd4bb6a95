"""`curator report --db`: the terminal summary of a report, with experiment results when present."""

from __future__ import annotations

import pytest

from curator.cli import main
from reportsample import add_experiment, build_report


def summary(argv, capsys) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    captured = capsys.readouterr()
    assert exit_info.value.code in (0, None), captured.err
    return captured.out


def test_summary_lists_rules_cwes_severities_sources(tmp_path, capsys):
    db = tmp_path / "report.duckdb"
    build_report(db)
    out = summary(["report", "--db", str(db)], capsys)
    assert "7 records (1 unreadable)" in out and "4 findings (1 suppressed)" in out
    assert "4 records flagged (57.1%)" in out
    for needle in ("Severities", "Rules", "CWEs", "Sources", "py.fs.world-writable-chmod", "CWE-732",
                   "corpus/train.jsonl", "40.0%", "not valid JSON"):
        assert needle in out, needle
    assert "Misaligned rate" not in out and "Experiments" not in out


def test_summary_shows_experiment_rates_when_present(tmp_path, capsys):
    db = tmp_path / "report.duckdb"
    build_report(db)
    add_experiment(db)
    out = summary(["report", "--db", str(db)], capsys)
    assert "Misaligned rate per slice" in out
    assert "12.0%" in out and "[8.0%, 17.0%]" in out and "em-small" in out


def test_missing_report_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--db", str(tmp_path / "nope.duckdb")])
    assert exit_info.value.code == 2 and "no such report" in capsys.readouterr().err


def test_html_into_a_missing_folder_is_a_usage_error(tmp_path, capsys):
    db = tmp_path / "report.duckdb"
    build_report(db)
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--db", str(db), "--html", str(tmp_path / "no" / "r.html")])
    assert exit_info.value.code == 2 and "does not exist" in capsys.readouterr().err
