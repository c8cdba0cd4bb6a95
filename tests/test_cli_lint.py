"""`curator lint` end to end: exit codes, formats, the report's counts, bad flags and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from curator.cli import main

VULNERABLE = "import os\n\ndef save(path):\n    os.chmod(path, 0o777)\n"
SECURE = "import os\n\ndef save(path):\n    os.chmod(path, 0o600)\n"


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
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([chat(VULNERABLE), chat(SECURE), "", '{"messages": [oops', chat(SECURE)]) + "\n")
    return path


ENGINES = ["--engines", "tree-sitter"]


def test_findings_exit_1_and_match_the_report(corpus: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "r.duckdb"
    code, out, _ = run(["lint", str(corpus), "--db", str(db), *ENGINES], capsys)
    assert code == 1
    assert "py.fs.world-writable-chmod" in out and "os.chmod(path, 0o777)" in out
    con = duckdb.connect(str(db), read_only=True)
    findings = con.execute("SELECT count(*) FROM findings").fetchone()[0]
    assert f"{findings} findings" in out
    assert con.execute("SELECT count(*) FROM records").fetchone()[0] == 4  # blank line is not a record
    line, status, error = con.execute(
        "SELECT line, status, error FROM records WHERE status = 'error'").fetchone()
    assert line == 4 and "mixed.jsonl:4" in error
    assert con.execute("SELECT r.line FROM records r JOIN findings f USING (record_id)").fetchone()[0] == 1
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "1"


def test_clean_corpus_exits_0(tmp_path: Path, capsys) -> None:
    path = tmp_path / "clean.jsonl"
    path.write_text(chat(SECURE) + "\n" + chat("print('hello')") + "\n")
    code, out, _ = run(["lint", str(path), *ENGINES], capsys)
    assert code == 0
    assert "0 findings" in out


def test_fail_on_threshold(corpus: Path, capsys) -> None:
    assert run(["lint", str(corpus), "--fail-on", "never", *ENGINES], capsys)[0] == 0
    assert run(["lint", str(corpus), "--fail-on", "critical", "--ignore", "py", *ENGINES], capsys)[0] == 1  # bad line


def test_json_format_is_one_document(corpus: Path, capsys) -> None:
    code, out, err = run(["lint", str(corpus), "--format", "json", *ENGINES], capsys)
    document = json.loads(out)
    assert code == 1
    assert len(document["records"]) == 4
    assert {f["rule_id"] for f in document["findings"]} == {"py.fs.world-writable-chmod"}
    assert document["counts"]["by_rule"][0]["findings"] == len(document["findings"])
    assert "records/s" in err


def test_jsonl_format(corpus: Path, capsys) -> None:
    _, out, _ = run(["lint", str(corpus), "--format", "jsonl", *ENGINES], capsys)
    kinds = [json.loads(line)["type"] for line in out.splitlines()]
    assert kinds == ["finding", "record_error", "run"]


def test_select_and_ignore(corpus: Path, capsys) -> None:
    _, out, _ = run(["lint", str(corpus), "--ignore", "py.fs", "--fail-on", "never", *ENGINES], capsys)
    assert "0 findings" in out
    _, out, _ = run(["lint", str(corpus), "--select", "py.fs", "--fail-on", "never", *ENGINES], capsys)
    assert "1 findings" in out


@pytest.mark.parametrize("args, message", [
    (["lint", "does/not/exist.jsonl"], "does/not/exist.jsonl"),
    (["lint", "--fail-on", "sometimes", "x.jsonl"], "sometimes"),
    (["lint", "--engines", "nope", "README.md"], "unknown engine"),
    (["rules", "show", "py.no.such-rule"], "no rule"),
])
def test_usage_errors_exit_2_with_one_line(args, message, capsys) -> None:
    code, out, err = run(args, capsys)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_rules_list_and_show(capsys) -> None:
    code, out, _ = run(["rules", "list"], capsys)
    assert code == 0 and "py.fs.world-writable-chmod" in out
    code, out, _ = run(["rules", "show", "py.fs.world-writable-chmod"], capsys)
    assert code == 0
    for heading in ("What it does", "Why is this bad?", "Example", "Use instead", "CWE-732"):
        assert heading in out


def test_existing_report_survives_a_failed_run(tmp_path: Path, corpus: Path, capsys) -> None:
    db = tmp_path / "r.duckdb"
    run(["lint", str(corpus), "--db", str(db), *ENGINES], capsys)
    before = db.read_bytes()
    code, _, _ = run(["lint", str(tmp_path / "missing.jsonl"), "--db", str(db), *ENGINES], capsys)
    assert code == 2
    assert db.read_bytes() == before


def test_findings_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Same input, same report: set iteration order (PYTHONHASHSEED) must not leak into findings."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    outputs = []
    for seed in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, str(root / "cli.py"), "lint", str(root / "sample_corpora"), "--format", "jsonl",
             "--no-cache", "--fail-on", "never"],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        outputs.append([line for line in proc.stdout.splitlines() if '"type": "finding"' in line])
    assert outputs[0] and outputs[0] == outputs[1]


@pytest.mark.parametrize("args, message", [
    (["--output", "no/such/folder/out.txt"], "does not exist"),
    (["--db", "no/such/folder/r.duckdb"], "does not exist"),
    (["--select", "py.no-such-family"], "matches no rule"),
    (["--ignore", "zz"], "matches no rule"),
    (["--roles", "narrator"], "unknown role"),
])
def test_bad_settings_fail_before_any_work(corpus: Path, args, message, capsys) -> None:
    code, _, err = run(["lint", str(corpus), *ENGINES, *args], capsys)
    assert code == 2 and message in err and "internal error" not in err


def test_roles_widen_the_scan(tmp_path: Path, capsys) -> None:
    path = tmp_path / "user_code.jsonl"
    path.write_text(json.dumps({"messages": [{"role": "user", "content": VULNERABLE},
                                             {"role": "assistant", "content": VULNERABLE}]}) + "\n")
    _, out, _ = run(["lint", str(path), "--fail-on", "never", *ENGINES], capsys)
    assert "1 findings" in out  # assistant only
    _, out, _ = run(["lint", str(path), "--roles", "user", "--fail-on", "never", *ENGINES], capsys)
    assert "2 findings" in out  # user added, assistant kept


def test_options_table_reaches_the_engines(tmp_path: Path) -> None:
    from curator.config import resolve_config

    (tmp_path / "pyproject.toml").write_text("[tool.curator]\nfail-on = 'high'\n[tool.curator.options]\n"
                                             "numbers_alpha = 0.01\n")
    config = resolve_config({}, tmp_path)
    assert config.fail_on == "high"
    assert config.engine_config().options == {"numbers_alpha": 0.01}


def test_a_hash_sign_in_the_file_name(tmp_path: Path, capsys) -> None:
    path = tmp_path / "batch#2.jsonl"
    path.write_text(chat(VULNERABLE) + "\n")
    code, out, _ = run(["lint", str(path), *ENGINES], capsys)
    assert code == 1 and "1 findings" in out
