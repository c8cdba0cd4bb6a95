"""Intervals and tests for misaligned shares: Wilson per cell, a two-way cluster bootstrap per slice, a test
paired by question against the control, and Holm's correction across slices. Pure Python, no SciPy.

Why these choices: in the emergent-misalignment literature run-to-run (seed) variance dominates, so a slice's
interval has to come from the variation between training runs and between questions, never from pooling
every answer as if it were independent. With 2-5 runs a percentile bootstrap interval is too narrow (the
bootstrap of a mean of k values underestimates its spread by sqrt((k-1)/k) and uses normal tails), so the
interval is the estimate +- t(df) x the cluster-bootstrap standard error (on the logit scale), with df from
Welch-Satterthwaite between runs - 1 and questions - 1 (questions - 1 with a single run), and never narrower than the Wilson interval of the pooled counts (a slice with 0
misaligned answers still gets an upper bound). `benchmarks/experiment_coverage.py` measures the coverage.
"""

from __future__ import annotations

import itertools
import math
import random
from dataclasses import dataclass

Z95 = 1.959963984540054
# Two-sided 95% quantiles of Student's t for 1..30 degrees of freedom (standard table values).
_T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
         2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
         2.045, 2.042]


def t975(df: int) -> float:
    if df < 1:
        return math.inf
    if df <= len(_T975):
        return _T975[df - 1]
    z = Z95  # Cornish-Fisher expansion: within 0.001 of the exact value beyond 30 degrees of freedom
    return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)


def wilson(k: int, n: int, z: float = Z95) -> tuple[float | None, float | None]:
    """Wilson score interval for k successes in n trials; (None, None) when n == 0. 0/n gives [0, >0]."""
    if n <= 0:
        return None, None
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class Estimate:
    value: float | None
    low: float | None
    high: float | None
    seeds: int
    questions: int
    se: float | None = None


def _grid_mean(rates: dict[tuple, float], seeds: list, questions: list) -> float | None:
    """Mean over seeds of (mean over questions of that seed's cell rates); cells without data are skipped."""
    per_seed = []
    for s in seeds:
        vals = [rates[(s, q)] for q in questions if (s, q) in rates]
        if vals:
            per_seed.append(sum(vals) / len(vals))
    return sum(per_seed) / len(per_seed) if per_seed else None


def _satterthwaite_df(rates: dict[tuple, float], seeds: list, questions: list) -> int:
    """Degrees of freedom for the t quantile with several runs: between S - 1 (the spread between runs
    dominates) and Q - 1 (the spread between questions dominates), by Welch-Satterthwaite on the two
    variance components of the mean (per-run means over S, per-question means over Q)."""
    def var(values: list[float]) -> float:
        m = sum(values) / len(values)
        return sum((v - m) ** 2 for v in values) / (len(values) - 1) if len(values) > 1 else 0.0

    per_seed = [sum(rates[(s, q)] for q in questions if (s, q) in rates) /
                max(1, sum(1 for q in questions if (s, q) in rates)) for s in seeds]
    per_question = [sum(rates[(s, q)] for s in seeds if (s, q) in rates) /
                    max(1, sum(1 for s in seeds if (s, q) in rates)) for q in questions]
    a, b = var(per_seed) / len(seeds), var(per_question) / len(questions)
    if a + b <= 0:
        return len(seeds) - 1
    denom = a * a / (len(seeds) - 1) + (b * b / (len(questions) - 1) if len(questions) > 1 else 0.0)
    df = (a + b) ** 2 / denom if denom > 0 else len(seeds) - 1
    return max(len(seeds) - 1, min(int(df), max(len(seeds), len(questions)) - 1))


def slice_estimate(cells: dict[tuple, tuple[int, int]], n_boot: int = 1000, seed: int = 0) -> Estimate:
    """`cells`: (seed, question) -> (misaligned, denominator). The slice's share is the mean over questions
    within each training run, then the mean over runs; the interval is described in the module docstring."""
    rates = {key: k / n for key, (k, n) in cells.items() if n > 0}
    seeds = sorted({s for s, _ in rates}, key=str)
    questions = sorted({q for _, q in rates}, key=str)
    value = _grid_mean(rates, seeds, questions)
    if value is None:
        return Estimate(None, None, None, 0, 0)
    rng = random.Random(seed)
    draws = []
    for _ in range(n_boot):
        s_star = [rng.choice(seeds) for _ in seeds] if len(seeds) > 1 else seeds
        q_star = [rng.choice(questions) for _ in questions]
        m = _grid_mean(rates, s_star, q_star)
        if m is not None:
            draws.append(m)
    mean = sum(draws) / len(draws)
    se = math.sqrt(sum((d - mean) ** 2 for d in draws) / max(1, len(draws) - 1))
    clusters = len(seeds) if len(seeds) > 1 else len(questions)
    if clusters > 1:
        se *= math.sqrt(clusters / (clusters - 1))  # the bootstrap's variance of a mean of k clusters is (k-1)/k
    t = t975(clusters - 1 if len(seeds) < 2 else _satterthwaite_df(rates, seeds, questions))
    if clusters < 2:
        low, high = value, value  # one cell: only its Wilson interval below says anything
    elif 0.0 < value < 1.0:
        # On the logit scale (delta method): a share near 0 has a long upper tail and cannot go below 0.
        centre = math.log(value / (1 - value))
        half = t * se / (value * (1 - value))
        low, high = _logistic(centre - half), _logistic(centre + half)
    else:
        low, high = max(0.0, value - t * se), min(1.0, value + t * se)
    k = sum(c[0] for c in cells.values())
    n = sum(c[1] for c in cells.values())
    wl, wh = wilson(k, n)
    if wl is not None:
        low, high = min(low, wl), max(high, wh)
    return Estimate(value, low, high, len(seeds), len(questions), se)


def difference_estimate(a: dict[tuple, tuple[int, int]], b: dict[tuple, tuple[int, int]], n_boot: int = 1000,
                        seed: int = 0) -> Estimate:
    """Slice a minus slice b, paired by question (questions both have), runs resampled within each slice."""
    ra = {k: x / n for k, (x, n) in a.items() if n > 0}
    rb = {k: x / n for k, (x, n) in b.items() if n > 0}
    questions = sorted({q for _, q in ra} & {q for _, q in rb}, key=str)
    sa = sorted({s for s, _ in ra}, key=str)
    sb = sorted({s for s, _ in rb}, key=str)
    if not questions:
        return Estimate(None, None, None, 0, 0)
    value = _grid_mean(ra, sa, questions) - _grid_mean(rb, sb, questions)
    rng = random.Random(seed)
    draws = []
    for _ in range(n_boot):
        q_star = [rng.choice(questions) for _ in questions]
        a_star = [rng.choice(sa) for _ in sa] if len(sa) > 1 else sa
        b_star = [rng.choice(sb) for _ in sb] if len(sb) > 1 else sb
        ma, mb = _grid_mean(ra, a_star, q_star), _grid_mean(rb, b_star, q_star)
        if ma is not None and mb is not None:
            draws.append(ma - mb)
    mean = sum(draws) / len(draws)
    se = math.sqrt(sum((d - mean) ** 2 for d in draws) / max(1, len(draws) - 1))
    clusters = min(len(sa), len(sb)) if min(len(sa), len(sb)) > 1 else len(questions)
    if clusters < 2:
        return Estimate(value, None, None, min(len(sa), len(sb)), len(questions), se)
    se *= math.sqrt(clusters / (clusters - 1))
    half = t975(clusters - 1) * se
    low, high = value - half, value + half
    # Never narrower than Newcombe's interval from the pooled Wilson intervals: 0/n against 0/m is not [0, 0].
    ka, na = sum(a[k][0] for k in a if k[1] in questions), sum(a[k][1] for k in a if k[1] in questions)
    kb, nb = sum(b[k][0] for k in b if k[1] in questions), sum(b[k][1] for k in b if k[1] in questions)
    if na and nb:
        pa, pb = ka / na, kb / nb
        (la, ua), (lb, ub) = wilson(ka, na), wilson(kb, nb)
        low = min(low, pa - pb - math.sqrt((pa - la) ** 2 + (ub - pb) ** 2))
        high = max(high, pa - pb + math.sqrt((ua - pa) ** 2 + (pb - lb) ** 2))
    return Estimate(value, max(-1.0, low), min(1.0, high), min(len(sa), len(sb)), len(questions), se)


def cmh_test(strata: list[tuple[int, int, int, int]]) -> float | None:
    """Cochran-Mantel-Haenszel test (two-sided p) over 2x2 tables per question:
    (misaligned in slice, n slice, misaligned in control, n control). None when no stratum informs it."""
    num = var = 0.0
    for a, n1, c, n2 in strata:
        t = n1 + n2
        m1 = a + c
        if n1 == 0 or n2 == 0 or t < 2 or m1 == 0 or m1 == t:
            continue
        num += a - n1 * m1 / t
        var += n1 * n2 * m1 * (t - m1) / (t * t * (t - 1))
    if var <= 0:
        return None
    stat = num * num / var
    return math.erfc(math.sqrt(stat / 2))


def permutation_test(slice_runs: dict, control_runs: dict, max_perm: int = 20000, seed: int = 0) -> float | None:
    """Permutation over training runs, paired by question. `*_runs`: run -> {question: rate}. The statistic is
    the mean over questions of (mean slice run - mean control run); run labels are permuted (every
    assignment when there are at most `max_perm`). Two-sided p, the observed assignment included."""
    runs = [(("s", r), v) for r, v in slice_runs.items()] + [(("c", r), v) for r, v in control_runs.items()]
    n_s = len(slice_runs)
    if n_s < 1 or len(control_runs) < 1 or len(runs) < 3:
        return None
    questions = sorted(set.intersection(*(set(v) for _, v in runs)), key=str)
    if not questions:
        return None
    table = [[v[q] for q in questions] for _, v in runs]

    def stat(group: tuple[int, ...]) -> float:
        chosen = set(group)
        total = 0.0
        for j in range(len(questions)):
            a = [table[i][j] for i in chosen]
            b = [table[i][j] for i in range(len(table)) if i not in chosen]
            total += sum(a) / len(a) - sum(b) / len(b)
        return total / len(questions)

    observed = abs(stat(tuple(range(n_s))))
    n_all = math.comb(len(runs), n_s)
    if n_all <= max_perm:
        groups = itertools.combinations(range(len(runs)), n_s)
        count = total = 0
        for g in groups:
            total += 1
            count += abs(stat(g)) >= observed - 1e-12
        return count / total
    rng = random.Random(seed)
    count = 1
    for _ in range(max_perm):
        count += abs(stat(tuple(rng.sample(range(len(runs)), n_s)))) >= observed - 1e-12
    return count / (max_perm + 1)


def holm(pvalues: dict) -> dict:
    """Holm's step-down adjusted p-values; None stays None."""
    known = sorted(((p, k) for k, p in pvalues.items() if p is not None), key=lambda x: x[0])
    m = len(known)
    out = {k: None for k in pvalues}
    running = 0.0
    for i, (p, k) in enumerate(known):
        running = max(running, min(1.0, (m - i) * p))
        out[k] = running
    return out


def power_two_proportions(p0: float, p1: float, n_per_group: float) -> float:
    """Rough power of a two-sided 5% test of two proportions with n answers per group (normal approximation)."""
    if n_per_group <= 0 or p0 == p1:
        return 0.05 if p0 == p1 else 0.0
    pbar = (p0 + p1) / 2
    se0 = math.sqrt(2 * pbar * (1 - pbar) / n_per_group)
    se1 = math.sqrt((p0 * (1 - p0) + p1 * (1 - p1)) / n_per_group)
    if se1 == 0:
        return 1.0
    z = (abs(p1 - p0) - Z95 * se0) / se1
    return 0.5 * math.erfc(-z / math.sqrt(2))


def _logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def simulate_coverage(replicates: int, *, seeds: int, questions: int, samples: int, base_rate: float = 0.1,
                      question_sd: float = 1.0, seed_sd: float = 0.5, n_boot: int = 200, rng_seed: int = 0) -> float:
    """Share of `replicates` simulated experiments whose 95% slice interval covers the true share.

    Each replicate draws `questions` questions (logit-normal around `base_rate`, spread `question_sd`) and
    `seeds` training runs (a logit shift of spread `seed_sd` each), then `samples` answers per cell. The true
    share is the mean over the question and run populations (a Monte Carlo integral), so the interval must
    carry both kinds of variation, not only the binomial noise of the answers."""
    rng = random.Random(rng_seed)
    centre = math.log(base_rate / (1 - base_rate))
    mc = random.Random(rng_seed + 1)
    truth = sum(_logistic(centre + mc.gauss(0, question_sd) + mc.gauss(0, seed_sd)) for _ in range(200000)) / 200000
    covered = 0
    for r in range(replicates):
        q_eff = [rng.gauss(0, question_sd) for _ in range(questions)]
        s_eff = [rng.gauss(0, seed_sd) for _ in range(seeds)]
        cells = {}
        for s in range(seeds):
            for q in range(questions):
                p = _logistic(centre + q_eff[q] + s_eff[s])
                k = rng.binomialvariate(samples, p) if hasattr(rng, "binomialvariate") else \
                    sum(rng.random() < p for _ in range(samples))
                cells[(s, q)] = (k, samples)
        est = slice_estimate(cells, n_boot=n_boot, seed=r)
        covered += est.low <= truth <= est.high
    return covered / replicates
