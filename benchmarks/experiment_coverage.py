"""Coverage of experiment mode's 95% slice intervals, by simulation (the full version of the test).

Each scenario simulates many experiments: questions drawn with a logit-normal spread around a base share,
training runs (seeds) with a logit shift each, a binomial number of misaligned answers per cell. The
interval of `curator.experiment.stats.slice_estimate` must contain the true population share (the mean
over the question and run populations) in about 95% of them; below 93% it is too narrow.

    python benchmarks/experiment_coverage.py               # 2000 experiments per scenario
    python benchmarks/experiment_coverage.py --replicates 300
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curator.experiment.stats import simulate_coverage  # noqa: E402

# (seeds, questions, samples per cell, base share, question spread, run spread)
SCENARIOS = [
    (1, 8, 50, 0.10, 1.0, 0.0),
    (1, 24, 20, 0.10, 1.0, 0.0),
    (1, 24, 20, 0.02, 1.0, 0.0),
    (2, 8, 20, 0.10, 1.0, 0.5),
    (3, 8, 20, 0.10, 1.0, 0.5),
    (3, 24, 10, 0.10, 1.0, 0.3),
    (3, 24, 20, 0.10, 1.0, 0.1),
    (5, 8, 20, 0.10, 1.0, 0.5),
    (5, 24, 50, 0.05, 1.0, 1.0),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--replicates", type=int, default=2000)
    ap.add_argument("--bootstrap", type=int, default=200, help="bootstrap samples per interval")
    args = ap.parse_args()
    print(f"{'seeds':>5} {'questions':>9} {'samples':>7} {'share':>6} {'q sd':>5} {'run sd':>6} {'coverage':>9}"
          f" {'seconds':>8}")
    worst = 1.0
    for seeds, questions, samples, share, q_sd, s_sd in SCENARIOS:
        started = time.perf_counter()
        cov = simulate_coverage(args.replicates, seeds=seeds, questions=questions, samples=samples,
                                base_rate=share, question_sd=q_sd, seed_sd=s_sd, n_boot=args.bootstrap)
        worst = min(worst, cov)
        print(f"{seeds:>5} {questions:>9} {samples:>7} {share:>6.2f} {q_sd:>5.1f} {s_sd:>6.1f} {100 * cov:>8.1f}%"
              f" {time.perf_counter() - started:>8.1f}")
    print(f"lowest coverage: {100 * worst:.1f}% ({args.replicates} simulated experiments per scenario;"
          " one seed assumes no run-to-run spread, which one run cannot measure)")


if __name__ == "__main__":
    main()
