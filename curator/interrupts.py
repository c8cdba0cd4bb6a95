"""Ctrl-C and SIGTERM end a run the same honest way: cleanup runs (half-written outputs are removed,
workers are stopped, finished shards of a --work-dir run stay), then one line and exit 128 + the signal
number: 130 for SIGINT (Ctrl-C), 143 for SIGTERM (what Slurm, Kubernetes and `kill` send).

`Interrupted` derives from BaseException, like KeyboardInterrupt, so `except Exception` blocks let it
pass; unlike KeyboardInterrupt, click does not turn it into "Aborted!" and exit 1 (the code for
"findings found").
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from typing import Callable, Iterator

HANDLED = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """Raised in the main thread when the process is asked to stop by a signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.detail = ""  # what was kept, and how to resume; set by whoever knows

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    @property
    def signal_name(self) -> str:
        return signal.Signals(self.signum).name

    def __str__(self) -> str:
        return f"interrupted by {self.signal_name}" + (f"; {self.detail}" if self.detail else "")


# Signals received in this process, in order. A library may catch the exception raised in its code and
# raise its own instead (DuckDB turns it into "RuntimeError: Query interrupted"); the CLI then still
# knows the run was interrupted, and says so with the right exit code.
_received: list[int] = []


_deferring = 0  # > 0 inside `deferred()`: a signal is noted and raised when the block ends
_deferred: list[int] = []


def _raise(signum: int, frame) -> None:  # noqa: ANN001 - the signal module's handler signature
    _received.append(signum)
    if _deferring:
        _deferred.append(signum)
        return
    raise Interrupted(signum)


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Hold an interrupt until the block is done: for steps that must not stop half-way (starting a pool
    worker: a worker whose start-up data was cut off prints a traceback of its own)."""
    global _deferring
    _deferring += 1
    try:
        yield
    finally:
        _deferring -= 1
    if not _deferring and _deferred:
        signum = _deferred[0]
        _deferred.clear()
        raise Interrupted(signum)


def received() -> Interrupted | None:
    """The interrupt this process got, if any (to tell an interrupt from the error a library made of it)."""
    return Interrupted(_received[0]) if _received else None


# DuckDB connections running a statement that may take long (a user's query, the merge of a sharded run).
# While DuckDB executes, the main thread is inside C and Python's handler cannot run; a helper thread woken
# by the signal (signal.set_wakeup_fd) asks these connections to stop, and the handler runs right after.
_interruptible: set = set()


@contextlib.contextmanager
def interruptible(con) -> Iterator[None]:  # noqa: ANN001 - a duckdb connection
    """Let Ctrl-C and SIGTERM stop the statements `con` runs inside this block."""
    _interruptible.add(con)
    try:
        yield
    finally:
        _interruptible.discard(con)


def _wake_on_signals() -> Callable[[], None]:
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    try:
        previous = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    except (ValueError, OSError):
        os.close(read_end)
        os.close(write_end)
        return lambda: None

    def watch() -> None:
        while True:
            try:
                data = os.read(read_end, 64)
            except OSError:
                return
            if not data:  # the write end closed: restore() ran
                os.close(read_end)
                return
            if any(byte in (signal.SIGINT, signal.SIGTERM) for byte in data):
                for con in list(_interruptible):
                    try:
                        con.interrupt()
                    except Exception:  # noqa: BLE001 - a closed connection has nothing to stop
                        pass

    threading.Thread(target=watch, name="curator-signal-wakeup", daemon=True).start()

    def stop() -> None:
        signal.set_wakeup_fd(previous)
        os.close(write_end)

    return stop


def handle_signals() -> Callable[[], None]:
    """Turn SIGINT and SIGTERM into Interrupted in this process; return a function that restores the
    handlers that were there before. Does nothing outside the main thread (signals go to it only)."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {sig: signal.getsignal(sig) for sig in HANDLED}
    for sig in HANDLED:
        if previous[sig] == signal.SIG_IGN and sig == signal.SIGINT:
            continue  # started in the background by a shell that wants Ctrl-C ignored: keep it so
        signal.signal(sig, _raise)
    stop_waking = _wake_on_signals()

    def restore() -> None:
        stop_waking()
        _received.clear()
        _deferred.clear()
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)

    return restore
