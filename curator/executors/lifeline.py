"""Workers that cannot outlive the run that started them.

A pool worker of the forkserver context is a child of the fork server, not of curator, so it never sees
its real parent die; before this module a `kill -9` of curator left the workers (holding ~180 MB each)
blocked forever on their task queue, and with them the fork server and the resource tracker, which wait
for the workers' pipe ends to close.

The lifeline is a pipe: curator keeps the only write end, every worker gets a read end (passed like the
pool's own queues, as a file descriptor, through the fork server). The kernel closes the write end
whatever way curator dies, SIGKILL included, so each worker's watcher thread reads end-of-file and the
worker exits at once; the fork server and the resource tracker then see their last client gone and
exit too. The watcher also polls the worker's parent process id (a fork server that died reparents the
worker), and on Linux the worker asks the kernel for SIGKILL when its parent dies (PR_SET_PDEATHSIG).

Workers ignore SIGINT: a Ctrl-C in a terminal reaches the whole process group, and it is curator (the
parent) that decides what it means; it stops the workers itself (`stop_pool`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor

POLL_SECONDS = 0.5
PR_SET_PDEATHSIG = 1
EXIT_ORPHANED = 3


class Lifeline:
    """The parent's side: `reader` goes to the workers (as the pool initializer's argument), the write end
    stays here. `close()` when the pool is done; an exit of any kind closes it too."""

    def __init__(self, context) -> None:  # noqa: ANN001 - a multiprocessing context
        self.reader, self._writer = context.Pipe(duplex=False)

    def close(self) -> None:
        for end in (self._writer, self.reader):
            try:
                end.close()
            except OSError:
                pass


def ask_kernel_to_kill_me_with_parent() -> bool:
    """Linux: SIGKILL this process when its parent exits. False where the call is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _own_children() -> list[int]:
    """This process's children (a semgrep scan), read from /proc; empty where there is no /proc."""
    me = os.getpid()
    found = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return found
    for name in entries:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as f:
                text = f.read()
        except OSError:
            continue
        fields = text[text.rfind(")") + 2:].split()
        if len(fields) > 1 and fields[1] == str(me):
            found.append(int(name))
    return found


def _exit_orphaned() -> None:
    for child in _own_children():  # a subprocess of this worker would otherwise run on, orphaned in turn
        try:
            os.kill(child, signal.SIGKILL)
        except OSError:
            pass
    os._exit(EXIT_ORPHANED)


def _watch(reader, parent: int) -> None:  # noqa: ANN001 - a multiprocessing Connection
    while True:
        try:
            ready = reader.poll(POLL_SECONDS)
            if ready:
                reader.recv_bytes()  # nothing is ever sent: this raises EOFError once the parent is gone
                continue
        except (EOFError, OSError):
            _exit_orphaned()
        if os.getppid() != parent:  # the fork server died and this worker was reparented
            _exit_orphaned()


def worker_init(reader) -> None:  # noqa: ANN001 - a multiprocessing Connection
    """The pool's initializer: runs first in every worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM (stop_pool, Slurm): take this worker's own subprocesses along, then exit
    signal.signal(signal.SIGTERM, lambda signum, frame: _exit_orphaned())
    parent = os.getppid()
    ask_kernel_to_kill_me_with_parent()
    if os.getppid() != parent:  # the parent died between fork and prctl
        _exit_orphaned()
    threading.Thread(target=_watch, args=(reader, parent), name="curator-lifeline", daemon=True).start()


def stop_pool(pool: ProcessPoolExecutor, grace_seconds: float = 3.0) -> None:
    """Stop a pool now: drop queued tasks, terminate running workers (their half-written task folders are
    temp folders, removed by the next run), wait a moment, then kill what is left."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(grace_seconds)
        if process.is_alive():
            process.kill()
            process.join(1.0)
    # The pool's manager thread closes its wake-up pipe when it sees the workers gone; an interpreter exit
    # that overlaps it writes to the closed pipe from concurrent.futures' atexit hook (a traceback after our
    # one-line message). Let it finish first.
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None and manager.is_alive():
        manager.join(grace_seconds)
