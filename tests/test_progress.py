"""Progress a person can trust: sizes measured as the readers consume them, a bar with total, rate and ETA on a
terminal, reports from sharded workers reaching the parent, nothing at all on a non-terminal."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from rich.console import Console
from rich.filesize import decimal

from curator.config import resolve_config
from curator.progress import BYTES, ROWS, InputSize, Tracker, make_progress, measure_inputs

ROOT = Path(__file__).resolve().parents[1]


def _openai(i: int, code: str = "print(1)") -> dict:
    return {"messages": [{"role": "user", "content": f"write snippet {i}"},
                         {"role": "assistant", "content": f"```python\n# {i}\n{code}\n```"}]}


def _corpus(tmp_path: Path, n: int, *, crlf: bool = False, code: str = "print(1)") -> Path:
    path = tmp_path / "corpus.jsonl"
    eol = "\r\n" if crlf else "\n"
    path.write_text("".join(json.dumps(_openai(i, code)) + eol for i in range(n)), encoding="utf-8", newline="")
    return path


def _terminal() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=True, width=160, color_system=None), buffer


def test_sizes_are_what_the_readers_consume(tmp_path):
    jsonl = _corpus(tmp_path, 5)
    pq.write_table(pa.table({"prompt": ["a", "b", "c"], "completion": ["x", "y", "z"]}), tmp_path / "t.parquet")
    (tmp_path / "packed.jsonl.gz").write_bytes(b"")
    (tmp_path / "rows.csv").write_text("prompt,completion\na,b\n")
    datasets = pytest.importorskip("datasets")
    datasets.Dataset.from_dict({"text": [f"row {i}" for i in range(7)]}).save_to_disk(str(tmp_path / "saved"))
    sizes = measure_inputs([str(tmp_path), "-", "hf://datasets/org/name"])
    assert sizes[str(jsonl)] == InputSize(BYTES, jsonl.stat().st_size)
    assert sizes[str(tmp_path / "t.parquet")] == InputSize(ROWS, 3)
    assert sizes[str(tmp_path / "saved")] == InputSize(ROWS, 7)
    assert sizes[str(tmp_path / "packed.jsonl.gz")].total is None  # compressed: no size known ahead
    assert sizes[str(tmp_path / "rows.csv")] == InputSize(ROWS, None)  # rows re-encoded: no byte count to trust
    assert sizes["-"].total is None and sizes["hf://datasets/org/name"].total is None
    assert not any(".arrow" in s or s.endswith(".json") for s in sizes)  # the folder is one source


def test_a_single_process_run_draws_a_bar_with_total_rate_and_eta(tmp_path):
    from curator.lint import lint_to_store

    jsonl = _corpus(tmp_path, 300, crlf=True)
    console, buffer = _terminal()
    progress = make_progress(console)
    assert progress is not None
    config = resolve_config({"paths": (str(jsonl),), "db": str(tmp_path / "r.duckdb"), "engines": ("tree-sitter",),
                             "cache": False}, start_dir=tmp_path)
    with progress:
        tracker = Tracker(measure_inputs(config.paths), progress)
        summary = lint_to_store(None, config, progress=tracker)
        seen_before_finish = tracker.done[str(jsonl)]
        tracker.finish()
    out = buffer.getvalue()
    total = jsonl.stat().st_size
    assert summary.records == 300 and tracker.records == 300
    assert 0.95 * total <= seen_before_finish <= total  # CRLF lines: estimated from the records, never past the total
    assert f"/{decimal(total)}" in out and "/s" in out and "eta" in out
    assert "300 records" in out


def test_rows_of_a_parquet_file_and_an_unknown_size_side_by_side(tmp_path):
    pq.write_table(pa.table({"prompt": [f"q{i}" for i in range(40)], "completion": ["a"] * 40}),
                   tmp_path / "t.parquet")
    console, buffer = _terminal()
    progress = make_progress(console)
    with progress:
        tracker = Tracker({str(tmp_path / "t.parquet"): InputSize(ROWS, 40), str(tmp_path / "saved"): InputSize(ROWS, 10),
                           "-": InputSize(ROWS, None)}, progress)
        tracker.add([(str(tmp_path / "t.parquet"), 10, 999)], findings=2)
        tracker.add([("-", 5, 100)], findings=0)
        tracker.add([(f"{tmp_path}/saved/train", 4, 0)], findings=0)  # a DatasetDict's split counts for its folder
        progress.refresh()
    out = buffer.getvalue()
    assert "14/50 rows" in out and "19 records" in out and "2 findings" in out


def test_nothing_is_drawn_on_a_non_terminal():
    assert make_progress(Console(file=io.StringIO(), force_terminal=False)) is None
    assert make_progress(_terminal()[0], quiet=True) is None


def test_a_sharded_runs_progress_reaches_the_parent(tmp_path, monkeypatch):
    from curator.executors.run import run_sharded

    jsonl = _corpus(tmp_path, 400)
    monkeypatch.setenv("CURATOR_SHARD_BYTES", str(jsonl.stat().st_size // 6))
    console, buffer = _terminal()
    progress = make_progress(console)
    config = resolve_config({"paths": (str(jsonl),), "db": str(tmp_path / "r.duckdb"), "engines": ("tree-sitter",),
                             "cache": False}, start_dir=tmp_path)
    calls = []
    with progress:
        tracker = Tracker(measure_inputs(config.paths), progress)
        original = tracker.add
        monkeypatch.setattr(tracker, "add", lambda *a: (calls.append(os.getpid()), original(*a)))
        summary = run_sharded(config, workers=2, progress=tracker)
        done_before_finish = tracker.done[str(jsonl)]
    assert summary.records == 400 and tracker.records == 400
    assert len(calls) >= 6 and set(calls) == {os.getpid()}  # one report per batch of each worker's task
    assert done_before_finish == jsonl.stat().st_size  # LF lines: the bytes the workers read, exactly
    assert f"/{decimal(jsonl.stat().st_size)}" in buffer.getvalue()


def test_the_cli_prints_no_progress_when_stderr_is_not_a_terminal(tmp_path):
    jsonl = _corpus(tmp_path, 50)
    done = subprocess.run([sys.executable, "-m", "curator.cli", "lint", str(jsonl), "--engines", "tree-sitter",
                           "--no-cache", "--format", "json", "-o", str(tmp_path / "out.json")],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stderr and "\r" not in done.stderr and "eta" not in done.stderr
    assert done.stderr.strip().splitlines()[0].startswith("50 records")


def test_the_cli_draws_the_bar_on_a_terminal(tmp_path):
    import pty

    jsonl = _corpus(tmp_path, 50)
    code = ("import sys; from curator.cli import main; sys.argv = ['curator', 'lint', sys.argv[1], '--engines', "
            "'tree-sitter', '--no-cache', '--format', 'json', '-o', sys.argv[2]]; main()")
    pid, fd = pty.fork()
    if pid == 0:  # the child: stderr is the pseudo-terminal
        # SIGINT back to its default: a test runner started in the background has it ignored, and an ignored
        # SIGINT stays ignored in curator, as in every Python program
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.chdir(tmp_path)
            os.execv(sys.executable, [sys.executable, "-c", code, str(jsonl), str(tmp_path / "out.json")])
        finally:
            os._exit(127)  # never go on running the test session in the forked child
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    _, status = os.waitpid(pid, 0)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0, out
    assert f"/{decimal(jsonl.stat().st_size)}" in out and "eta" in out


def test_the_engine_error_list_says_how_many_it_did_not_show(tmp_path):
    # bandit's B202 plugin crashes on `members=` given a method call: a real engine error per snippet
    code = "import tarfile\\nt = tarfile.open(p)\\nt.extractall(members=t.getmember('x'))"
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(_openai(i)).replace("print(1)", code) + "\n" for i in range(26)),
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "curator.cli", "lint", str(path), "--engines", "bandit",
                           "--no-cache", "--fail-on", "never", "-q"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    errors = [line for line in done.stderr.splitlines() if line.startswith("curator: engine error:")]
    assert len(errors) == 21, done.stderr
    assert errors[-1].startswith("curator: engine error: ... and 6 more"), errors[-1]
    assert "rerun with --db FILE" in errors[-1]  # the run kept no report to query
    done = subprocess.run([sys.executable, "-m", "curator.cli", "lint", str(path), "--engines", "bandit",
                           "--no-cache", "--fail-on", "never", "-q", "--db", "r.duckdb"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    last = [line for line in done.stderr.splitlines() if line.startswith("curator: engine error:")][-1]
    assert "... and 6 more (all of them: curator query --db r.duckdb" in last, last


def test_a_slice_counts_only_its_own_work_and_a_resumed_run_starts_with_its_finished_tasks(tmp_path, monkeypatch):
    from curator.executors.run import run_sharded
    from curator.executors.tasks import load_plan

    jsonl = _corpus(tmp_path, 300)
    size = jsonl.stat().st_size
    monkeypatch.setenv("CURATOR_SHARD_BYTES", str(size // 5))
    work = tmp_path / "work"

    def config():
        return resolve_config({"paths": (str(jsonl),), "db": str(tmp_path / "r.duckdb"),
                               "engines": ("tree-sitter",), "cache": False}, start_dir=tmp_path)

    console, _ = _terminal()
    with make_progress(console) as progress:  # slice 0 of 2, in this process
        tracker = Tracker(measure_inputs((str(jsonl),)), progress)
        assert run_sharded(config(), workers=1, work_dir=str(work), tasks=2, task_index=0, progress=tracker) is None
    plan = load_plan(work)
    mine = sum(t.byte_range[1] - t.byte_range[0] for t in plan.tasks if t.index % 2 == 0)
    assert 0 < mine < size and tracker.totals[BYTES] == mine and tracker.done[str(jsonl)] == mine

    with make_progress(_terminal()[0]) as progress:  # the whole run resumes: slice 0's tasks count as done
        tracker = Tracker(measure_inputs((str(jsonl),)), progress)
        original, added = tracker.add, []
        monkeypatch.setattr(tracker, "add", lambda per_source, findings: (
            added.append(sum(b for _, _, b in per_source)), original(per_source, findings)))
        summary = run_sharded(config(), workers=1, work_dir=str(work), progress=tracker)
    assert summary.records == 300 and sum(added) == size - mine and tracker.done[str(jsonl)] == size


def test_a_json_array_is_measured_in_the_bytes_its_reader_consumed(tmp_path):
    from curator.lint import lint_to_store

    path = tmp_path / "corpus.json"
    path.write_text(json.dumps([_openai(i) for i in range(200)], indent=2), encoding="utf-8")
    config = resolve_config({"paths": (str(path),), "db": str(tmp_path / "r.duckdb"), "engines": ("tree-sitter",),
                             "cache": False}, start_dir=tmp_path)
    with make_progress(_terminal()[0]) as progress:
        tracker = Tracker(measure_inputs(config.paths), progress)
        lint_to_store(None, config, progress=tracker)
    # the elements' own text: all but the brackets and the separators between elements
    assert 0.97 * path.stat().st_size <= tracker.done[str(path)] <= path.stat().st_size


def test_ctrl_c_of_a_sharded_run_on_a_terminal_stops_promptly(tmp_path):
    import pty
    import select
    import signal
    import time

    # large enough that the run cannot finish between the first bar update and the signal on a fast machine
    jsonl = _corpus(tmp_path, 150000)
    env = {**os.environ, "CURATOR_SHARD_BYTES": str(jsonl.stat().st_size // 200), "COLUMNS": "150"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: stderr is the pseudo-terminal
        # SIGINT back to its default: a test runner started in the background has it ignored, and an ignored
        # SIGINT stays ignored in curator, as in every Python program
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.chdir(tmp_path)
            os.execve(sys.executable, [sys.executable, "-m", "curator.cli", "lint", str(jsonl), "--engines",
                                       "tree-sitter", "--no-cache", "--workers", "2", "--format", "json", "-o",
                                       "out.json"], env)
        finally:
            os._exit(127)  # never go on running the test session in the forked child
    out = b""

    def read_for(seconds: float, stop_at: bytes | None = None) -> None:
        nonlocal out
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    data = os.read(fd, 65536)
                except OSError:
                    return
                if not data:
                    return
                out += data
                if stop_at is not None and re.search(stop_at, out):
                    return

    read_for(90, rb"[1-9][\d,]* records \xc2\xb7 .*eta")  # until the bar shows linted records
    assert re.search(rb"[1-9][\d,]* records \xc2\xb7 .*eta", out), out[-2000:]
    os.kill(pid, signal.SIGINT)
    started = time.monotonic()
    status = None
    while status is None and time.monotonic() - started < 30:
        read_for(0.5)  # keep draining the terminal: a full pty would block the child's last writes
        done, waited = os.waitpid(pid, os.WNOHANG)
        status = waited if done else None
    if status is None:  # never hang the suite: kill it and fail
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise AssertionError(f"curator did not exit within 30 s of SIGINT: {out[-2000:]!r}")
    assert os.waitstatus_to_exitcode(status) == 130, out[-2000:]
    assert time.monotonic() - started < 15
    assert not (tmp_path / "out.json").exists()
