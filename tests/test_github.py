"""`--format github`: workflow-command annotations with GitHub's escaping rules."""

from __future__ import annotations

import io

from curator.report import render
from curator.report.github import annotation, escape_data, escape_property
from curator.store import open_report
from reportsample import build_report


def annotations_of(tmp_path) -> list[str]:
    db = tmp_path / "report.duckdb"
    run_id = build_report(db)
    con = open_report(db)
    out = io.StringIO()
    render("github", con, run_id, out, {})
    con.close()
    return out.getvalue().splitlines()


def unescape(text: str) -> str:
    # what the runner does: percent-decode the escapes it defines
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse(line: str) -> tuple[str, dict, str]:
    assert line.startswith("::")
    head, _, message = line[2:].partition("::")
    command, _, props = head.partition(" ")
    fields = dict(part.split("=", 1) for part in props.split(",")) if props else {}
    return command, {k: unescape(v) for k, v in fields.items()}, unescape(message)


def test_escaping_follows_the_workflow_command_rules():
    assert escape_data("100%\r\nok: a,b") == "100%25%0D%0Aok: a,b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = annotation("error", "x\ny", file="a,b:c.jsonl", line=3, title="t")
    assert line == "::error file=a%2Cb%3Ac.jsonl,line=3,title=t::x%0Ay"


def test_one_annotation_per_active_finding_and_unreadable_record(tmp_path):
    lines = annotations_of(tmp_path)
    commands = [parse(line) for line in lines if line.startswith("::")]
    # 5 findings, 1 of them suppressed by the baseline, plus 1 unreadable record
    assert len(commands) == 5
    assert lines[-1] == "curator: 4 findings, 4 of 7 records flagged at --fail-on low, 1 unreadable"
    by_file_line = {(props["file"], props.get("line")): (cmd, props, msg) for cmd, props, msg in commands}
    cmd, props, msg = by_file_line[("corpus/train.jsonl", "1")]
    assert cmd == "error" and props["title"] == "py.fs.world-writable-chmod (CWE-732, high)"
    assert msg.startswith("chmod grants write permission") and "\nos.chmod(path, 0o777)" in msg
    assert ("corpus/train.jsonl", "3") not in by_file_line  # suppressed
    cmd, props, msg = by_file_line[("corpus/train.jsonl", "4")]
    assert cmd == "warning" and msg.startswith("100% bad:\nshell, with a newline")
    cmd, props, _ = by_file_line[("data, v1:final.jsonl", "7")]
    assert cmd == "notice"
    cmd, props, msg = by_file_line[("corpus/train.jsonl", "5")]
    assert cmd == "error" and props["title"] == "curator: unreadable record" and "not valid JSON" in msg
    by_file = {props["file"]: (cmd, props, msg) for cmd, props, msg in commands}
    _, props, msg = by_file["corpus/rows.parquet"]  # a row has no line in the file: a file-level annotation
    assert "line" not in props and msg.startswith("chmod grants") and "row 5" in msg


def test_no_raw_newline_or_unescaped_separator_leaks(tmp_path):
    for line in annotations_of(tmp_path):
        assert "\n" not in line and "\r" not in line
        if line.startswith("::"):
            props = line[2:].partition("::")[0].partition(" ")[2]
            for part in props.split(","):
                key, _, value = part.partition("=")
                assert ":" not in value and key in {"file", "line", "title"}


def test_annotations_are_capped_per_kind_with_a_final_summary_line(tmp_path):
    """GitHub shows 10 errors and 10 warnings per step: more are left out, the most severe kept, and the
    last line counts them."""
    db = tmp_path / "report.duckdb"
    run_id = build_report(db)
    con = open_report(db)
    out = io.StringIO()
    render("github", con, run_id, out, {"annotations_per_kind": 1})
    con.close()
    lines = out.getvalue().splitlines()
    commands = [parse(line) for line in lines if line.startswith("::")]
    # one error (the unreadable record comes first), one warning, one notice
    assert sorted(cmd for cmd, _, _ in commands) == ["error", "notice", "warning"]
    assert commands[0][1]["title"] == "curator: unreadable record"
    assert lines[-1].startswith("curator: 4 findings, 4 of 7 records flagged at --fail-on low, 1 unreadable; "
                                "3 annotations shown, 2 left out")
    from curator.report.github import PER_KIND
    assert PER_KIND == 10
