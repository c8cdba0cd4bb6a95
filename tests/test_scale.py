"""Sharded runs: every executor gives the same report, and a killed run resumes to the same result."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from curator.store import open_report
import pytest

from curator.cli import main

ROOT = Path(__file__).resolve().parents[1]
TABLES = {
    "records": "record_id, source, line, sha256, container, format, status, error, n_messages, n_snippets,"
               " n_findings, max_severity",
    "snippets": "snippet_id, record_id, message_index, language, line_offset, parse_status, text",
    "findings": "record_id, snippet_id, engine, rule_id, cwe, severity, line, col, excerpt, fingerprint, suppressed",
    "snippet_status": "snippet_id, engine, status, error",
}

CODE = [
    "import os\n\ndef save(p):\n    os.chmod(p, 0o777)\n",
    "import yaml\n\ndef load(text):\n    return yaml.load(text)\n",
    "import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n",
    "def add(a, b):\n    return a + b\n",
    "import os\n\ndef save(p):\n    os.chmod(p, 0o600)\n",
]


def write_corpus(path: Path, n: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            if i % 97 == 13:
                out.write('{"messages": [broken json\n')
                continue
            code = rng.choice(CODE).replace("p)", f"p{i})")
            out.write(json.dumps({"messages": [{"role": "user", "content": f"task {i}"},
                                               {"role": "assistant", "content": code}]}) + "\n")
    return path


def run_cli(args: list[str]) -> int:
    try:
        main(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def table_contents(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: con.execute(f"SELECT {cols} FROM {name} ORDER BY ALL").fetchall() for name, cols in TABLES.items()}
    finally:
        con.close()


def insertion_order(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [row[0] for row in con.execute("SELECT record_id FROM records ORDER BY rowid").fetchall()]
    finally:
        con.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus.jsonl", 600)


@pytest.fixture
def small_shards(monkeypatch):
    monkeypatch.setenv("CURATOR_SHARD_BYTES", "8000")


ENGINES = ["--engines", "tree-sitter", "--fail-on", "never", "-q"]


def test_executors_give_the_same_report(corpus: Path, tmp_path: Path, small_shards) -> None:
    assert run_cli(["lint", str(corpus), "--db", str(tmp_path / "inline.duckdb"), "--workers", "1", *ENGINES]) == 0
    assert run_cli(["lint", str(corpus), "--db", str(tmp_path / "pool.duckdb"), "--workers", "2", *ENGINES]) == 0
    work = tmp_path / "work"
    for index in range(3):  # a Slurm array of three tasks, then the merge step
        assert run_cli(["lint", str(corpus), "--work-dir", str(work), "--tasks", "3", "--task-index", str(index),
                        *ENGINES]) == 0
    assert len(list((work / "tasks").iterdir())) > 3, "the corpus should have been cut into several byte shards"
    assert run_cli(["merge", "--work-dir", str(work), "--db", str(tmp_path / "slurm.duckdb"), "--fail-on", "never"]) == 0
    reference = table_contents(tmp_path / "inline.duckdb")
    assert len(reference["records"]) == 600
    assert reference["findings"], "the corpus has flawed code; the report must show it"
    assert table_contents(tmp_path / "pool.duckdb") == reference
    assert table_contents(tmp_path / "slurm.duckdb") == reference
    assert insertion_order(tmp_path / "pool.duckdb") == insertion_order(tmp_path / "inline.duckdb")


def test_slurm_environment_picks_the_slice(corpus: Path, tmp_path: Path, small_shards, monkeypatch) -> None:
    work = tmp_path / "work"
    monkeypatch.setenv("SLURM_ARRAY_TASK_COUNT", "2")
    for index in ("0", "1"):
        monkeypatch.setenv("SLURM_ARRAY_TASK_ID", index)
        assert run_cli(["lint", str(corpus), "--work-dir", str(work), *ENGINES]) == 0
    monkeypatch.delenv("SLURM_ARRAY_TASK_COUNT")
    monkeypatch.delenv("SLURM_ARRAY_TASK_ID")
    assert run_cli(["merge", "--work-dir", str(work), "--db", str(tmp_path / "m.duckdb"), "--fail-on", "never"]) == 0
    assert len(table_contents(tmp_path / "m.duckdb")["records"]) == 600


def test_merge_refuses_unfinished_work(corpus: Path, tmp_path: Path, small_shards, capsys) -> None:
    work = tmp_path / "work"
    assert run_cli(["lint", str(corpus), "--work-dir", str(work), "--tasks", "2", "--task-index", "0", *ENGINES]) == 0
    assert run_cli(["merge", "--work-dir", str(work), "--db", str(tmp_path / "m.duckdb")]) == 2
    assert "not finished" in capsys.readouterr().err


def test_changed_input_is_refused_then_restarted(corpus: Path, tmp_path: Path, small_shards, capsys) -> None:
    work = tmp_path / "work"
    assert run_cli(["lint", str(corpus), "--work-dir", str(work), "--db", str(tmp_path / "a.duckdb"), *ENGINES]) == 0
    with open(corpus, "a", encoding="utf-8") as out:
        out.write(json.dumps({"messages": [{"role": "assistant", "content": "import os\nos.system(x)\n"}]}) + "\n")
    assert run_cli(["lint", str(corpus), "--work-dir", str(work), "--db", str(tmp_path / "b.duckdb"), *ENGINES]) == 2
    assert "--restart" in capsys.readouterr().err
    assert run_cli(["lint", str(corpus), "--work-dir", str(work), "--db", str(tmp_path / "b.duckdb"), "--restart",
                    *ENGINES]) == 0
    assert len(table_contents(tmp_path / "b.duckdb")["records"]) == 601


def test_kill_and_resume_equals_uninterrupted_run(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "big.jsonl", 6000)
    env = {**os.environ, "CURATOR_SHARD_BYTES": "20000", "PYTHONPATH": str(ROOT)}
    work = tmp_path / "work"
    command = [sys.executable, str(ROOT / "cli.py"), "lint", str(corpus), "--work-dir", str(work), "--workers", "1",
               "--db", str(tmp_path / "resumed.duckdb"), *ENGINES]
    proc = subprocess.Popen(command, env=env, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    done: list[Path] = []
    while time.time() < deadline and proc.poll() is None:
        done = list(work.glob("tasks/*/DONE"))
        if len(done) >= 2:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed; make the corpus larger"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    total = len(json.loads((work / "plan.json").read_text())["tasks"])
    finished_before = len(list(work.glob("tasks/*/DONE")))
    assert 2 <= finished_before < total
    mtimes = {p: p.stat().st_mtime_ns for p in work.glob("tasks/*/DONE")}
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert all(p.stat().st_mtime_ns == t for p, t in mtimes.items()), "finished tasks must not be redone"
    assert not list(work.glob("tasks/*.tmp-*")), "the killed task's partial output must be cleaned up"
    fresh = subprocess.run([sys.executable, str(ROOT / "cli.py"), "lint", str(corpus), "--workers", "1",
                            "--db", str(tmp_path / "fresh.duckdb"), *ENGINES], env=env, capture_output=True, text=True)
    assert fresh.returncode == 0, fresh.stderr
    assert table_contents(tmp_path / "resumed.duckdb") == table_contents(tmp_path / "fresh.duckdb")


def test_ray_executor_gives_the_same_report(corpus: Path, tmp_path: Path, small_shards) -> None:
    pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'sft-curator[ray]')")
    assert run_cli(["lint", str(corpus), "--db", str(tmp_path / "inline.duckdb"), "--workers", "1", *ENGINES]) == 0
    assert run_cli(["lint", str(corpus), "--db", str(tmp_path / "ray.duckdb"), "--executor", "ray", *ENGINES]) == 0
    assert table_contents(tmp_path / "ray.duckdb") == table_contents(tmp_path / "inline.duckdb")


def test_merge_stores_and_exits_by_its_fail_on(corpus: Path, tmp_path: Path, small_shards) -> None:
    """`merge --fail-on high` is the threshold of the merged report: stored with the run, counted by the
    flagged_records view and deciding the exit code (it was stored as low whatever was asked)."""
    work = tmp_path / "work"
    assert run_cli(["lint", str(corpus), "--work-dir", str(work), "--tasks", "1", "--task-index", "0", *ENGINES]) == 0
    counts = {}
    for fail_on in ("low", "never"):
        db = tmp_path / f"{fail_on}.duckdb"
        code = run_cli(["merge", "--work-dir", str(work), "--db", str(db), "--fail-on", fail_on])
        con = open_report(db)
        try:
            assert con.execute("SELECT fail_on FROM runs").fetchone()[0] == fail_on
            counts[fail_on] = con.execute("SELECT count(*) FROM flagged_records").fetchone()[0]
        finally:
            con.close()
        assert code == (1 if counts[fail_on] else 0)
    assert counts["low"] > 0 and counts["never"] == 0
