"""No orphans, honest interrupts: real `curator lint` processes, real signals, processes found through /proc.

- `kill -9` of a sharded run: its workers, the fork server and the resource tracker are gone within
  seconds (before, they ran on with no parent).
- Ctrl-C (SIGINT to the whole process group, as a terminal sends it): exit 130 and one line on stderr;
  the finished tasks of a --work-dir run stay and a re-run resumes after them.
- SIGTERM (what Slurm sends): exit 143, one line, no process left behind.
- A single-process run interrupted leaves no report and no temp file.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds child processes through /proc")

CODE = [
    "import os\n\ndef save(p):\n    os.chmod(p, 0o777)\n",
    "import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n",
    "def add(a, b):\n    return a + b\n",
]
ARGS = ["--engines", "tree-sitter", "--fail-on", "never", "-q", "--no-cache"]


def write_corpus(path: Path, n: int) -> Path:
    rng = random.Random(3)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            code = rng.choice(CODE).replace("p)", f"p{i})")
            out.write(json.dumps({"messages": [{"role": "user", "content": f"task {i}"},
                                               {"role": "assistant", "content": code}]}) + "\n")
    return path


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a process, None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    return fields[0], int(fields[1])


def descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None:
                children.setdefault(stat[1], []).append(int(entry.name))
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pids: set[int]) -> set[int]:
    """The pids still running (a zombie waiting for a reaper has exited)."""
    return {pid for pid in pids if (stat := _stat(pid)) is not None and stat[0] not in ("Z", "X")}


def start(args: list[str], tmp_path: Path, shard_bytes: int = 20000) -> subprocess.Popen:
    env = {**os.environ, "CURATOR_SHARD_BYTES": str(shard_bytes), "PYTHONPATH": str(ROOT)}
    # SIGINT back to its default: a test runner started in the background may have it ignored, and an
    # ignored SIGINT stays ignored in curator, as in every Python program.
    return subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "lint", *args], env=env, cwd=tmp_path,
                            start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def wait_for(condition, proc: subprocess.Popen, timeout: float = 120.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        assert proc.poll() is None, f"the run ended before the test could interrupt it: {proc.communicate()}"
        time.sleep(0.05)
    raise AssertionError("timed out waiting for the run to get going")


def pool_processes(proc: subprocess.Popen) -> set[int]:
    """Descendants once the pool is up: the fork server, the resource tracker, and 2 workers under the fork
    server (grandchildren of curator)."""
    found = descendants(proc.pid)
    grandchildren = found - {pid for pid in found if (_stat(pid) or ("", 0))[1] == proc.pid}
    return found if len(grandchildren) >= 2 else set()


def cleanup(proc: subprocess.Popen, pids: set[int]) -> None:
    """Never leave what a failed test started running."""
    for pid in alive(pids):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    if proc.poll() is None:
        proc.kill()
    proc.communicate()


def test_kill_9_of_the_parent_leaves_no_process(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "big.jsonl", 6000)
    proc = start([str(corpus), "--workers", "2", "--db", "r.duckdb", *ARGS], tmp_path)
    pids: set[int] = set()
    try:
        pids = wait_for(lambda: pool_processes(proc), proc)
        assert len(pids) >= 4, pids  # fork server, resource tracker, two workers
        os.kill(proc.pid, signal.SIGKILL)  # the parent only, as the OOM killer or `kill -9 PID` would
        proc.wait()
        killed = time.time()
        while alive(pids) and time.time() - killed < 15:
            time.sleep(0.05)
        left = alive(pids)
        assert not left, f"still running {time.time() - killed:.1f} s after the parent died: {sorted(left)}"
        assert time.time() - killed < 10
    finally:
        cleanup(proc, pids)
    assert not (tmp_path / "r.duckdb").exists()


def test_ctrl_c_exits_130_keeps_finished_tasks_and_a_rerun_resumes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "big.jsonl", 6000)
    args = [str(corpus), "--workers", "2", "--work-dir", "work", "--db", "r.duckdb", *ARGS]
    proc = start(args, tmp_path)
    work = tmp_path / "work"
    pids: set[int] = set()
    try:
        wait_for(lambda: list(work.glob("tasks/*/DONE")), proc)
        pids = descendants(proc.pid)
        os.killpg(proc.pid, signal.SIGINT)  # a terminal's Ctrl-C reaches the whole process group
        _, err = proc.communicate(timeout=60)
    finally:
        cleanup(proc, pids)
    assert proc.returncode == 130, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("curator: interrupted by SIGINT; "), err
    assert "run the same command again to resume" in lines[0]
    assert not (tmp_path / "r.duckdb").exists()
    time.sleep(0.5)
    assert not alive(pids), "workers, fork server or resource tracker left after Ctrl-C"
    finished = {p: p.stat().st_mtime_ns for p in work.glob("tasks/*/DONE")}
    total = len(json.loads((work / "plan.json").read_text())["tasks"])
    assert 1 <= len(finished) < total
    assert f"{len(finished)} of {total} tasks finished and kept in work" in lines[0]

    rerun = start(args, tmp_path)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert all(p.stat().st_mtime_ns == t for p, t in finished.items()), "finished tasks must not be redone"
    import duckdb

    con = duckdb.connect(str(tmp_path / "r.duckdb"), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT line) FROM records").fetchone() == (6000, 6000)
    con.close()


def test_sigterm_exits_143_with_one_line_and_stops_the_workers(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "big.jsonl", 6000)
    proc = start([str(corpus), "--workers", "2", "--db", "r.duckdb", *ARGS], tmp_path)
    pids: set[int] = set()
    try:
        pids = wait_for(lambda: pool_processes(proc), proc)
        proc.send_signal(signal.SIGTERM)  # the parent only, as Slurm's scancel or `kill PID` would
        _, err = proc.communicate(timeout=60)
        time.sleep(0.5)
        assert not alive(pids), "processes left after SIGTERM"
    finally:
        cleanup(proc, pids)
    assert proc.returncode == 143, err
    lines = err.strip().splitlines()
    assert lines == ["curator: interrupted by SIGTERM"], err
    assert not list(tmp_path.glob("r.duckdb*")) and not list(tmp_path.glob(".r.duckdb*"))


def test_ctrl_c_of_a_single_process_run_leaves_no_report(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "big.jsonl", 20000)
    (tmp_path / "out.txt").write_text("an earlier output\n")
    proc = start([str(corpus), "--workers", "1", "--db", "r.duckdb", "--output", "out.txt", "--force", *ARGS],
                 tmp_path)
    try:
        wait_for(lambda: (tmp_path / "r.duckdb.tmp").exists(), proc)  # the report is being written
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        cleanup(proc, set())
    assert proc.returncode == 130, err
    assert err.strip().splitlines() == ["curator: interrupted by SIGINT"], err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl", "out.txt"]
    assert (tmp_path / "out.txt").read_text() == "an earlier output\n"


POOL_SCRIPT = """
import multiprocessing, subprocess, sys, time
from concurrent.futures import ProcessPoolExecutor
from curator.executors.lifeline import Lifeline, worker_init

def start_sleeper():
    return subprocess.Popen(["sleep", "120"]).pid  # a worker's own subprocess, like a semgrep scan

if __name__ == "__main__":
    context = multiprocessing.get_context("forkserver")
    lifeline = Lifeline(context)
    pool = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=worker_init,
                               initargs=(lifeline.reader,))
    print(pool.submit(start_sleeper).result(), flush=True)
    time.sleep(120)
"""


def test_a_worker_takes_its_own_subprocess_along_when_the_parent_dies(tmp_path: Path) -> None:
    script = tmp_path / "pool.py"
    script.write_text(POOL_SCRIPT)
    proc = subprocess.Popen([sys.executable, str(script)], cwd=tmp_path, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True)
    pids: set[int] = set()
    try:
        sleeper = int(proc.stdout.readline())
        pids = descendants(proc.pid) | {sleeper}
        assert alive({sleeper})
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed = time.time()
        while alive(pids) and time.time() - killed < 10:
            time.sleep(0.05)
        assert not alive(pids), f"left running: {sorted(alive(pids))}"
    finally:
        cleanup(proc, pids)


def test_ctrl_c_stops_a_long_duckdb_query_and_exits_130(tmp_path: Path) -> None:
    """While DuckDB runs a statement the main thread is inside C: a thread woken by the signal interrupts
    the connection, and the exit is the interrupt's, not DuckDB's "Query interrupted" error."""
    corpus = write_corpus(tmp_path / "c.jsonl", 3)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    lint = subprocess.run([sys.executable, str(ROOT / "cli.py"), "lint", str(corpus), "--db", "r.duckdb", *ARGS],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert lint.returncode == 0, lint.stderr
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "query", "--db", "r.duckdb",
                             "SELECT sum(range) FROM range(1000000000000)"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        time.sleep(3)  # imports, opening the report, and well into the query
        assert proc.poll() is None, proc.communicate()
        proc.send_signal(signal.SIGINT)
        interrupted = time.time()
        _, err = proc.communicate(timeout=60)
        assert time.time() - interrupted < 10
    finally:
        cleanup(proc, set())
    assert proc.returncode == 130, err
    assert err.strip().splitlines() == ["curator: interrupted by SIGINT"], err


def test_an_interrupt_during_a_deferred_step_is_raised_when_the_step_ends() -> None:
    from curator.interrupts import Interrupted, deferred, handle_signals

    restore = handle_signals()
    steps = []
    try:
        with pytest.raises(Interrupted) as caught:
            with deferred():
                os.kill(os.getpid(), signal.SIGTERM)  # a real signal, handled between two bytecodes
                time.sleep(0.05)
                steps.append("finished the step")
            steps.append("went on after it")
    finally:
        restore()
    assert steps == ["finished the step"]
    assert caught.value.exit_code == 143 and str(caught.value) == "interrupted by SIGTERM"
