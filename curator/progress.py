"""Live progress of a lint run on a terminal: a bar with total, rate and ETA whenever the input's size is known.

The size of an input is what its reader consumes: bytes of a JSON lines file or a JSON array, rows of a
columnar one (Parquet, a `save_to_disk` folder). Compressed files, CSV, standard input, URLs and hub datasets
have no size known ahead in that unit, so they get a counter with a rate and no ETA. A record tells how far its reader
got: its raw bytes plus the line break for text files, one row for columnar ones.

Sharded runs lint in worker processes; each worker sends one small message per batch to the parent through a
queue (`set_worker_queue`, `report_batch`), and the parent's `Tracker` draws the bar. Nothing is drawn unless
stderr is a terminal.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

BYTES, ROWS = "bytes", "rows"
# A record of these carries the bytes its reader consumed (a JSON line, a JSON array element's text). A CSV
# record holds its row re-encoded as JSON, not the file's bytes, so CSV files get a counter, not a bar.
TEXT_CONTAINERS = {"jsonl", "json"}
COLUMNAR_CONTAINERS = {"parquet", "hf"}


@dataclass(frozen=True)
class InputSize:
    """How far through one input a run can be measured: a unit and a total (None: not known ahead)."""

    unit: str  # bytes | rows
    total: int | None


def measure(source: str, container: str) -> InputSize:
    """The size of one input as its reader will consume it; a total of None when it cannot be known cheaply."""
    from curator.corpus.sources import split_compression

    if container in TEXT_CONTAINERS:
        if os.path.isfile(source) and split_compression(source)[1] is None:
            return InputSize(BYTES, os.path.getsize(source))
        return InputSize(BYTES, None)  # compressed, standard input or a URL
    if container == "csv":
        return InputSize(ROWS, None)
    if container == "parquet" and os.path.isfile(source):
        try:
            import pyarrow.parquet as pq

            return InputSize(ROWS, pq.ParquetFile(source).metadata.num_rows)
        except Exception:  # an unreadable file becomes one error record; its reader says why
            return InputSize(ROWS, None)
    if container == "hf" and os.path.isdir(source):
        return InputSize(ROWS, _arrow_rows(source))
    return InputSize(ROWS, None)


def _arrow_rows(folder: str) -> int | None:
    """Rows of every Arrow file of a `save_to_disk` folder (memory-mapped: only the batch headers are read)."""
    import pyarrow as pa

    total = 0
    try:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if not name.endswith(".arrow"):
                    continue
                with pa.memory_map(os.path.join(root, name)) as mapped:
                    try:
                        reader = pa.ipc.open_stream(mapped)
                        total += sum(batch.num_rows for batch in reader)
                    except pa.ArrowInvalid:
                        mapped.seek(0)
                        total += pa.ipc.open_file(mapped).count_rows()
    except Exception:
        return None
    return total


def measure_inputs(paths: Sequence[str]) -> dict[str, InputSize]:
    """Every input source of a run with its size, in reading order.

    A light walk of its own, not the readers' `expand`: it must not touch the network (URLs, hub names),
    read standard input, or report skipped files a second time. A walked `.json` file that holds no corpus
    is counted here and skipped by the reader; the bar is snapped to its total at the end of the run."""
    import glob

    from curator.corpus.sources import container_of, is_hf_dir, is_hub_id, is_url

    sizes: dict[str, InputSize] = {}

    def visit(path: str) -> None:
        if os.path.isdir(path):
            if is_hf_dir(path):
                sizes[path] = measure(path, "hf")
                return
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if not name.startswith(".") and container_of(name) is not None:
                        sizes[full] = measure(full, container_of(name) or "jsonl")
                for folder in list(dirs):
                    if is_hf_dir(os.path.join(root, folder)):
                        sizes[os.path.join(root, folder)] = measure(os.path.join(root, folder), "hf")
                        dirs.remove(folder)
        elif os.path.isfile(path):
            sizes[path] = measure(path, container_of(path) or "jsonl")

    for path in paths:
        if path == "-" or is_url(path) or is_hub_id(path):
            sizes[path] = InputSize(ROWS, None)
        elif path.startswith("file://"):
            visit(path[len("file://"):])
        elif not os.path.exists(path) and any(ch in path for ch in "*?["):
            for match in sorted(glob.glob(path, recursive=True)):
                visit(match)
        else:
            visit(path)
    return sizes


def batch_progress(records: Iterable[Any]) -> list[tuple[str, int, int]]:
    """(source, records, bytes consumed) per source for one batch of records (or of RecordResults)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in records:
        record = getattr(item, "record", item)
        entry = counts[record.source]
        entry[0] += 1
        entry[1] += len(record.raw) + 1  # the line break (or separator) the reader consumed with it
    return [(source, n, size) for source, (n, size) in counts.items()]


# In a worker process: where batch reports go (a multiprocessing queue to the parent), None when no one draws.
_worker_queue: Any = None
# In the parent process, for tasks run here: the tracker itself.
_local_tracker: "Tracker | None" = None


def set_worker_queue(queue: Any) -> None:
    global _worker_queue
    _worker_queue = queue


def report_batch(results: Iterable[Any], findings: int) -> None:
    """Called by a sharded task after each batch: tell whoever draws the bar, if anyone does."""
    if _worker_queue is None and _local_tracker is None:
        return
    message = (batch_progress(results), findings)
    if _local_tracker is not None:
        _local_tracker.add(*message)
    else:
        try:
            _worker_queue.put(message)
        except (OSError, ValueError):  # the parent is gone or stopped listening: linting goes on
            pass


class Tracker:
    """The parent's view of a run: one bar per unit whose total is known, a counter for the rest."""

    def __init__(self, sizes: dict[str, InputSize], progress: Any) -> None:
        self.sizes = sizes
        self.progress = progress
        self.records = 0
        self.findings = 0
        self.done: dict[str, int] = defaultdict(int)  # per source, in its unit, capped at its total
        self._lock = threading.Lock()
        self._prefixes = sorted((s for s, size in sizes.items() if size.unit == ROWS), key=len, reverse=True)
        self.tasks: dict[str, Any] = {}
        totals: dict[str, int] = defaultdict(int)
        self.totals = totals
        unknown = False
        for size in sizes.values():
            if size.total is None:
                unknown = True
            else:
                totals[size.unit] += size.total
        first = True
        for unit in (BYTES, ROWS):
            if unit in totals:
                self.tasks[unit] = progress.add_task(self._description() if first else "", total=totals[unit],
                                                     unit=unit)
                first = False
        if unknown or not self.tasks:
            self.tasks["records"] = progress.add_task(self._description() if first else "", total=None,
                                                      unit="records")

    def _description(self) -> str:
        return f"{self.records:,} records · {self.findings:,} findings"

    def _size_of(self, source: str) -> tuple[str, InputSize | None]:
        size = self.sizes.get(source)
        if size is not None:
            return source, size
        for prefix in self._prefixes:  # a DatasetDict's split `<folder>/<split>` belongs to its folder
            if source.startswith(prefix.rstrip("/") + "/"):
                return prefix, self.sizes[prefix]
        return source, None

    def add(self, per_source: list[tuple[str, int, int]], findings: int) -> None:
        with self._lock:
            self.findings += findings
            for source, records, consumed in per_source:
                self.records += records
                key, size = self._size_of(source)
                if size is None or size.total is None:
                    continue
                amount = consumed if size.unit == BYTES else records
                before = self.done[key]
                self.done[key] = min(size.total, before + amount)
                self.progress.advance(self.tasks[size.unit], self.done[key] - before)
            if "records" in self.tasks:
                self.progress.update(self.tasks["records"], completed=self.records)
            first = next(iter(self.tasks.values()))
            self.progress.update(first, description=self._description())

    def skip(self, source: str, amount: int | None) -> None:
        """Work finished by an earlier run (a resumed --work-dir): count it as done from the start."""
        key, size = self._size_of(source)
        if size is None or size.total is None:
            return
        with self._lock:
            before = self.done[key]
            self.done[key] = min(size.total, before + (size.total if amount is None else amount))
            self.progress.advance(self.tasks[size.unit], self.done[key] - before)

    def exclude(self, source: str, amount: int | None) -> None:
        """Work that is not this run's (another slice of a Slurm-style run): taken off the total."""
        key, size = self._size_of(source)
        if size is None or size.total is None:
            return
        with self._lock:
            cut = size.total if amount is None else min(amount, size.total)
            self.sizes[key] = InputSize(size.unit, size.total - cut)
            self.totals[size.unit] -= cut
            self.progress.update(self.tasks[size.unit], total=self.totals[size.unit])

    def __call__(self, summary: Any, batch: Sequence[Any] = ()) -> None:
        """The single-process callback of `lint_to_store`: one call per linted batch."""
        findings = summary.findings - self.findings
        self.add(batch_progress(batch), findings)

    def finish(self) -> None:
        """A run that got to its end read everything: snap each bar to its total (line breaks estimated)."""
        with self._lock:
            for unit, task in self.tasks.items():
                if unit != "records":
                    self.progress.update(task, completed=self.totals[unit])
            self.progress.refresh()


class AmountColumn:
    """`12.3/45.6 MB · 3.2 MB/s`, `1,200/5,000 rows · 800 rows/s`, or `1,200 records · 800 records/s`."""

    def __new__(cls):  # built lazily so importing this module does not import rich
        from rich.filesize import decimal
        from rich.progress import ProgressColumn
        from rich.text import Text

        class _Amount(ProgressColumn):
            def render(self, task):  # type: ignore[no-untyped-def]
                unit = task.fields.get("unit", "records")
                speed = task.finished_speed or task.speed
                if unit == BYTES:
                    done = f"{decimal(int(task.completed))}/{decimal(int(task.total or 0))}"
                    rate = f"{decimal(int(speed))}/s" if speed else "–/s"
                else:
                    done = f"{int(task.completed):,}" + (f"/{int(task.total):,}" if task.total else "") + f" {unit}"
                    rate = f"{speed:,.0f} {unit}/s" if speed else f"– {unit}/s"
                return Text(f"{done} · {rate}", style="progress.data.speed")

        return _Amount()


def make_progress(console: Any = None, *, quiet: bool = False) -> Any:
    """A rich Progress on stderr, or None when stderr is not a terminal (logs, pipes, CI) or --quiet."""
    if quiet:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    console = console or Console(stderr=True)
    if not console.is_terminal:
        return None
    return Progress(TextColumn("{task.description}"), BarColumn(), AmountColumn(), TextColumn("eta"),
                    TimeRemainingColumn(), TextColumn("elapsed"), TimeElapsedColumn(),
                    console=console, transient=True)


def start_tracking(paths: Sequence[str], progress: Any) -> Tracker:
    """Measure the inputs and add their bars to a started `progress`."""
    return Tracker(measure_inputs(paths), progress)


@contextlib.contextmanager
def reporting_here(tracker: "Tracker | None") -> Iterator[None]:
    """Sharded tasks run in this process (one worker, a Slurm slice) report their batches to `tracker`."""
    global _local_tracker
    previous, _local_tracker = _local_tracker, tracker
    try:
        yield
    finally:
        _local_tracker = previous
