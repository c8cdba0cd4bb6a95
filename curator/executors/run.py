"""Run the tasks of a plan here, on a local process pool, as one Slurm array slice, or on Ray."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from curator.config import LintConfig
from curator.errors import MissingExtraError, UsageError
from curator.executors.merge import merge_work_dir
from curator.executors.tasks import Plan, Task, is_done, load_plan, make_plan, prepare_work_dir, run_task
from curator.interrupts import Interrupted, deferred
from curator.lint import LintSummary


def slurm_defaults() -> tuple[int | None, int | None]:
    count = os.environ.get("SLURM_ARRAY_TASK_COUNT")
    index = os.environ.get("SLURM_ARRAY_TASK_ID")
    minimum = os.environ.get("SLURM_ARRAY_TASK_MIN", "0")
    if count is None or index is None:
        return None, None
    return int(count), int(index) - int(minimum)


def my_tasks(plan: Plan, tasks: int | None, task_index: int | None) -> list[Task]:
    if tasks is None:
        return list(plan.tasks)
    if task_index is None or not 0 <= task_index < tasks:
        raise UsageError(f"--task-index must be between 0 and {tasks - 1}")
    return [t for t in plan.tasks if t.index % tasks == task_index]


def run_sharded(config: LintConfig, *, workers: int, executor: str = "local", work_dir: str | None = None,
                restart: bool = False, tasks: int | None = None, task_index: int | None = None,
                progress=None) -> LintSummary | None:
    """Run a sharded lint. Returns the merged summary, or None for a Slurm-style slice (merge later)."""
    started = time.perf_counter()
    scratch = None
    if work_dir is None:
        if tasks is not None:
            raise UsageError("--tasks needs --work-dir (a folder every task can reach)")
        scratch = tempfile.mkdtemp(prefix="curator-work-")
        work_dir = scratch
    try:
        plan = prepare_work_dir(Path(work_dir), make_plan(config, workers), restart=restart)
        todo = [t for t in my_tasks(plan, tasks, task_index) if not is_done(Path(work_dir), t)]
        if progress is not None:  # finished by an earlier run of a --work-dir: done; another slice's: not ours
            mine, waiting = set(my_tasks(plan, tasks, task_index)), set(todo)
            for task in plan.tasks:
                amount = task.byte_range[1] - task.byte_range[0] if task.byte_range else None
                if task not in mine:
                    progress.exclude(task.source, amount)
                elif task not in waiting:
                    progress.skip(task.source, amount)
        if executor == "ray":
            _run_ray(todo, config, work_dir, plan.run_id)
        elif workers <= 1 or len(todo) <= 1:
            from curator.progress import reporting_here

            with reporting_here(progress):
                for task in todo:
                    run_task(task, config, work_dir, plan.run_id)
        else:
            _run_pool(todo, config, work_dir, plan.run_id, workers, progress)
        if tasks is not None:
            return None
        return merge_work_dir(work_dir, config.db, config, seconds=time.perf_counter() - started)
    except Interrupted as interrupted:
        if scratch is None and (Path(work_dir) / "plan.json").exists():
            interrupted.detail = _kept(Path(work_dir))
        raise
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _kept(work_dir: Path) -> str:
    """What an interrupted --work-dir run leaves, and how to go on."""
    plan = load_plan(work_dir)
    done = sum(1 for task in plan.tasks if is_done(work_dir, task))
    return (f"{done} of {len(plan.tasks)} tasks finished and kept in {work_dir}; "
            "run the same command again to resume")


def _run_pool(todo: list[Task], config: LintConfig, work_dir: str, run_id: str, workers: int,
              progress=None) -> None:
    import multiprocessing

    from curator.executors.lifeline import Lifeline, stop_pool, worker_init

    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    if os.name == "posix":  # import the heavy modules once in the fork server, not once per worker
        context.set_forkserver_preload(["curator.executors.tasks", "curator.lint", "curator.engines.treesitter"])
    lifeline = Lifeline(context)  # workers exit when this process dies, however it dies
    listener = ProgressListener(context, progress) if progress is not None else None
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                               initargs=(worker_init, lifeline.reader, listener.queue if listener else None))
    try:
        with deferred():  # workers are started while tasks are submitted: never cut one off mid-start
            futures = [pool.submit(run_task, task, config, work_dir, run_id) for task in todo]
        for future in as_completed(futures):
            future.result()
    except BaseException:
        stop_pool(pool)  # an interrupt or a failed task: do not wait for the running tasks to finish
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        lifeline.close()
        if listener is not None:
            listener.close()


def _init_worker(lifeline_init, lifeline_reader, progress_queue) -> None:  # noqa: ANN001
    lifeline_init(lifeline_reader)
    if progress_queue is not None:
        from curator.progress import set_worker_queue

        set_worker_queue(progress_queue)


class ProgressListener:
    """Reads the workers' batch reports (curator/progress.py) on a thread and feeds them to the parent's bar.

    Only workers put into the queue, so a worker killed mid-put (Ctrl-C, a crash) cannot block the parent:
    the thread polls with a timeout and stops on an event, and closing never waits on the queue's feeder."""

    def __init__(self, context, tracker) -> None:  # noqa: ANN001 - a multiprocessing context, a progress.Tracker
        import threading

        self.queue = context.Queue()
        self._tracker = tracker
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="curator-progress", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        import queue

        while not self._stop.is_set():
            try:
                message = self.queue.get(timeout=0.1)
            except queue.Empty:
                continue
            except (EOFError, OSError, ValueError):
                return
            self._tracker.add(*message)

    def close(self) -> None:
        import queue

        self._stop.set()
        self._thread.join(timeout=1)
        try:
            while True:  # reports still in the pipe: the bar ends where the work did
                self._tracker.add(*self.queue.get_nowait())
        except (queue.Empty, EOFError, OSError, ValueError):
            pass
        self.queue.cancel_join_thread()
        self.queue.close()


def _run_ray(todo: list[Task], config: LintConfig, work_dir: str, run_id: str) -> None:
    try:
        import ray
    except ModuleNotFoundError:
        raise MissingExtraError("--executor ray", "ray") from None
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=os.environ.get("RAY_ADDRESS"), include_dashboard=False, log_to_driver=False)
    try:
        remote = ray.remote(run_task)
        ray.get([remote.remote(task, config, work_dir, run_id) for task in todo])
    finally:
        if started_here:
            ray.shutdown()
