"""Throughput of `curator.flag` on a `datasets.Dataset` (default 50,000 rows) with 1 and 2 processes.

    python benchmarks/flag_throughput.py [--rows 50000] [--procs 1,2] [--engines tree-sitter,bandit,numbers]

Rows come from benchmarks/synthetic.py (chat records shaped like the EM data: vulnerable and secure code,
prose, number lists). Each run flags the same in-memory Dataset (no datasets cache: it is not backed by
files) and prints rows/s; the flagged column must be identical across process counts. Engine start-up
(tree-sitter grammars, bandit) happens once per process and is included, as a user would see it.
Figures on a shared or loaded machine are noisy; run it on an idle one for numbers to compare.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import make_record  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--procs", default="1,2", help="process counts to measure, comma-separated")
    parser.add_argument("--engines", default="tree-sitter,bandit,numbers")
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args()

    import datasets

    import curator

    datasets.disable_progress_bars()
    rng = random.Random(0)
    rows = [make_record(rng) for _ in range(args.rows)]
    # datasets stores the chat as a list of structs; curator reads it like the JSONL line it came from
    dataset = datasets.Dataset.from_list(rows)
    engines = [e for e in args.engines.split(",") if e]
    print(f"curator.flag on {args.rows:,} rows, engines {','.join(engines)}, {os.cpu_count()} cores visible")
    baseline = None
    for procs in [int(p) for p in args.procs.split(",")]:
        started = time.perf_counter()
        flagged = curator.flag(dataset, num_proc=procs if procs > 1 else None, batch_size=args.batch_size,
                               engines=engines)
        seconds = time.perf_counter() - started
        column = flagged["curator_flagged"]
        if baseline is None:
            baseline = column
        elif column != baseline:
            raise SystemExit(f"num_proc={procs} flagged different rows than num_proc=1")
        print(f"num_proc={procs}: {seconds:7.2f} s  {args.rows / seconds:9,.0f} rows/s  "
              f"flagged {sum(column):,} of {len(column):,}")


if __name__ == "__main__":
    main()
