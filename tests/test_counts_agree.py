"""One corpus, every surface, one truth: the summary line, JSON output, `curator report`, the HTML page,
SARIF, `--format github`, `split`, the DuckDB views, the Python API and the exit code all count the same
flagged records (an active finding at or above --fail-on; info never flags) and the same snippets that
did not parse (per snippet, however many engines failed on it)."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from curator.report import render
from curator.store import open_report


def _chat(code: str, lang: str = "python") -> str:
    return json.dumps({"messages": [{"role": "user", "content": "write it"},
                                    {"role": "assistant", "content": f"```{lang}\n{code}\n```"}]})


# (line, what it holds, its worst active severity or None)
CORPUS = [
    (_chat("import os\nos.chmod('/srv/up', 0o777)"), "high"),                  # bandit + tree-sitter, merged
    (_chat("import hashlib\nh = hashlib.md5(data).hexdigest()"), "medium"),
    (_chat("f = open('/tmp/cache.txt', 'w')"), "low"),
    (_chat("import socket\ns = socket.socket()\ns.bind(('0.0.0.0', 80))"), "info"),  # shown, never flags
    (_chat("import os\nos.chmod('/srv/up', 0o777)  # nosec"), None),             # suppressed as a whole
    (_chat("def f(:\n    pass"), None),                                          # does not parse
    (_chat("print('hello')"), None),
    ("{not json", None),                                                          # unreadable
]
EXPECTED_FLAGGED = {"low": 3, "medium": 2}
UNREADABLE = 1


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "curator.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.mark.parametrize("fail_on", ["low", "medium"])
def test_every_surface_counts_the_same(tmp_path: Path, fail_on: str) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(line for line, _ in CORPUS) + "\n", encoding="utf-8")
    db = tmp_path / "report.duckdb"
    flagged = EXPECTED_FLAGGED[fail_on]

    # the lint run: exit code, summary line (stderr for machine formats) and JSON output
    lint = _cli("lint", str(corpus), "--db", str(db), "--no-cache", "--engines", "tree-sitter,bandit",
                "--fail-on", fail_on, "--format", "json", cwd=tmp_path)
    assert lint.returncode == 1, lint.stderr  # flagged records and an unreadable one
    summary = lint.stderr
    assert f" · {flagged} records flagged" in summary, summary
    assert "(1 did not parse)" in summary and "(1 unreadable)" in summary, summary
    document = json.loads(lint.stdout)
    assert document["run"]["flagged_records"] == flagged
    assert document["run"]["fail_on"] == fail_on
    assert document["run"]["unparsed_snippets"] == 1
    assert sum(1 for r in document["records"] if r["flagged"]) == flagged
    info_only = next(r for r in document["records"] if r["line"] == 4)
    assert info_only["n_findings"] == 1 and info_only["flagged"] is False

    con = open_report(db)
    try:
        run_id = document["run"]["run_id"]
        # the DuckDB views and the stored threshold
        assert con.execute("SELECT fail_on FROM runs").fetchone()[0] == fail_on
        assert con.execute("SELECT count(*) FROM flagged_records").fetchone()[0] == flagged
        assert con.execute("SELECT sum(flagged) FROM findings_per_source").fetchone()[0] == flagged
        assert con.execute("SELECT count(*) FROM unparsed_snippets").fetchone()[0] == 1
        # two engines failed on the one broken snippet: pairs would say 2, snippets say 1
        pairs = con.execute("SELECT count(*) FROM snippet_status WHERE status = 'parse_error'").fetchone()[0]
        assert pairs == 2

        # SARIF: the run's properties and the results that flag their record
        out = io.StringIO()
        render("sarif", con, run_id, out, {})
        sarif = json.loads(out.getvalue())["runs"][0]
        assert sarif["properties"]["flaggedRecords"] == flagged and sarif["properties"]["failOn"] == fail_on
        assert sarif["properties"]["unparsedSnippets"] == 1
        flagging = {r["properties"]["recordId"] for r in sarif["results"]
                    if r["properties"]["flags"] and "suppressions" not in r}
        assert len(flagging) == flagged

        # --format github: the final line
        out = io.StringIO()
        render("github", con, run_id, out, {})
        assert f", {flagged} of 8 records flagged at --fail-on {fail_on}, 1 unreadable" in out.getvalue().splitlines()[-1]

        # `curator report` and the HTML page read the same figures
        from rich.console import Console

        from curator.report.figures import collect
        from curator.report.html import render_html
        from curator.report.summary import print_summary

        figures = collect(con, worst=5)
        assert (figures.flagged, figures.parse_errors, figures.records_error) == (flagged, 1, UNREADABLE)
        terminal = io.StringIO()
        print_summary(figures, Console(file=terminal, width=200, highlight=False))
        assert f"{flagged} records flagged" in terminal.getvalue()
        assert "1 did not parse" in terminal.getvalue()
        html = render_html(figures)
        assert re.search(rf">\s*{flagged}\s*<(?:(?!\d).){{0,300}}flagged records", html, re.S), "HTML card"
    finally:
        con.close()

    report = _cli("report", "--db", str(db), cwd=tmp_path)
    assert report.returncode == 0 and f"{flagged} records flagged" in report.stdout, report.stdout + report.stderr

    # split by the report: the flagged side holds exactly the flagged records, the unreadable go to rejects
    split = _cli("split", str(corpus), "--db", str(db), "--fail-on", fail_on, "--clean", str(tmp_path / "c.jsonl"),
                 "--flagged", str(tmp_path / "f.jsonl"), "--rejects", str(tmp_path / "r.jsonl"), cwd=tmp_path)
    assert split.returncode == 0, split.stderr
    manifest = json.loads((tmp_path / "c.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["flagged"] == flagged and manifest["counts"]["rejects"] == UNREADABLE
    assert manifest["counts"]["clean"] == len(CORPUS) - flagged - UNREADABLE

    # the Python API: one boolean per record; an unreadable record counts as flagged there (it cannot be
    # trained on), so the flagged records plus the unreadable one
    import curator

    api = curator.lint(str(corpus), engines=["tree-sitter", "bandit"], fail_on=fail_on, cache=False)
    assert sum(api.flagged) == flagged + UNREADABLE
    assert api.summary.flagged_records == flagged and api.failed


def test_info_only_and_never_thresholds_flag_nothing(tmp_path: Path) -> None:
    """`--fail-on info` counts as low (info never flags); `--fail-on never` flags nothing and exits 0."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(CORPUS[3][0] + "\n" + CORPUS[2][0] + "\n", encoding="utf-8")
    for fail_on, flagged, code in (("info", 1, 1), ("never", 0, 0)):
        lint = _cli("lint", str(corpus), "--no-cache", "--engines", "tree-sitter,bandit", "--fail-on", fail_on,
                    "-q", cwd=tmp_path)
        assert lint.returncode == code, lint.stdout + lint.stderr
        assert f" · {flagged} records flagged" in lint.stdout, lint.stdout


def test_a_reused_cached_report_is_recounted_at_the_new_threshold(tmp_path: Path) -> None:
    """The whole-run cache reuses a report for unchanged inputs; --fail-on is not part of its key, so the
    reused report is re-counted and re-stamped at the threshold asked for."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(line for line, _ in CORPUS[:4]) + "\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.curator]\ncache-dir = "cache"\n', encoding="utf-8")
    db = tmp_path / "report.duckdb"
    reused = []
    for fail_on, flagged in (("low", 3), ("medium", 2), ("high", 1), ("low", 3)):
        lint = _cli("lint", str(corpus), "--db", str(db), "--force", "--engines", "tree-sitter,bandit",
                    "--fail-on", fail_on, "-q", cwd=tmp_path)
        assert lint.returncode == 1 and f" · {flagged} records flagged" in lint.stdout, lint.stdout + lint.stderr
        con = open_report(db)
        try:
            assert con.execute("SELECT fail_on FROM runs").fetchone()[0] == fail_on
            assert con.execute("SELECT count(*) FROM flagged_records").fetchone()[0] == flagged
        finally:
            con.close()
        reused.append("reused the report" in lint.stdout)
    assert any(reused[1:]), reused  # later runs came from the cache (unless the rules changed meanwhile)


def test_split_of_an_existing_report_uses_the_threshold_it_was_linted_with(tmp_path: Path) -> None:
    """`lint --fail-on high --db r` then `split --db r` without --fail-on: the split's flagged side is the
    report's flagged count, not the default threshold's; an explicit --fail-on still wins."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(line for line, _ in CORPUS[:4]) + "\n", encoding="utf-8")
    db = tmp_path / "report.duckdb"
    lint = _cli("lint", str(corpus), "--db", str(db), "--no-cache", "--engines", "tree-sitter,bandit",
                "--fail-on", "high", "-q", cwd=tmp_path)
    assert lint.returncode == 1 and " · 1 records flagged" in lint.stdout, lint.stdout + lint.stderr
    for extra, flagged in (((), 1), (("--fail-on", "low"), 3)):
        split = _cli("split", str(corpus), "--db", str(db), "--clean", "clean.jsonl", "--flagged", "flagged.jsonl",
                     "--force", *extra, cwd=tmp_path)
        assert split.returncode == 0, split.stdout + split.stderr
        manifest = json.loads((tmp_path / "clean.jsonl.manifest.json").read_text(encoding="utf-8"))
        assert manifest["counts"]["flagged"] == flagged, (extra, manifest["counts"])
