"""Exact tail probabilities and multiple-testing corrections for the corpus analyzers (no scipy needed)."""

from __future__ import annotations

import math
from typing import Sequence

_TINY = 1e-17


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def _log_tail_sum(log_term, start: int, stop: int, step: int) -> float:
    """log of the sum of exp(log_term(i)) for i from start towards stop (inclusive), stopping once the
    terms no longer matter; stays finite where the sum itself would underflow."""
    total = 0.0
    first = None
    i = start
    while (step > 0 and i <= stop) or (step < 0 and i >= stop):
        lt = log_term(i)
        if first is None:
            first = lt
        term = math.exp(lt - first)
        total += term
        if term < _TINY * total and i != start:
            break
        i += step
    if first is None:
        return -math.inf
    return first + math.log(total)


def _upper_or_complement(log_term, k: int, lo: int, hi: int, mean: float) -> float:
    if k > mean:  # upper tail: terms fall from k upwards
        return min(0.0, _log_tail_sum(log_term, k, hi, 1))
    lower = math.exp(_log_tail_sum(log_term, k - 1, lo, -1))
    return math.log1p(-lower) if lower < 1.0 else -math.inf


def log_binom_sf(k: int, n: int, p: float) -> float:
    """ln P(X >= k) for X ~ Binomial(n, p), exact up to float rounding, finite far below 1e-308."""
    if k <= 0 or p >= 1.0:
        return 0.0
    if k > n or p <= 0.0:
        return -math.inf
    lp, lq = math.log(p), math.log1p(-p)

    def log_pmf(i: int) -> float:
        return _log_comb(n, i) + i * lp + (n - i) * lq

    return _upper_or_complement(log_pmf, k, 0, n, n * p)


def binom_sf(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    return math.exp(log_binom_sf(k, n, p))


def log_hypergeom_sf(a: int, total: int, successes: int, draws: int) -> float:
    """ln P(X >= a) for X ~ Hypergeometric(total, successes, draws): the one-sided Fisher exact test of
    a 2x2 table with `a` in the (feature, flagged) cell."""
    lo = max(0, draws - (total - successes))
    hi = min(draws, successes)
    if a <= lo:
        return 0.0
    if a > hi:
        return -math.inf
    log_denominator = _log_comb(total, draws)

    def log_pmf(i: int) -> float:
        return _log_comb(successes, i) + _log_comb(total - successes, draws - i) - log_denominator

    return _upper_or_complement(log_pmf, a, lo, hi, draws * successes / total)


def hypergeom_sf(a: int, total: int, successes: int, draws: int) -> float:
    """P(X >= a) for X ~ Hypergeometric(total, successes, draws)."""
    return math.exp(log_hypergeom_sf(a, total, successes, draws))


def log_norm_sf(z: float) -> float:
    """ln P(Z >= z) for a standard normal Z, finite far into the tail (asymptotic series past z = 30)."""
    if z < 30.0:
        tail = 0.5 * math.erfc(z / math.sqrt(2.0))
        return math.log(tail) if tail > 0.0 else -math.inf
    inv = 1.0 / (z * z)
    return -0.5 * z * z - math.log(z) - 0.5 * math.log(2.0 * math.pi) + math.log1p(-inv + 3.0 * inv * inv)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm-Bonferroni adjusted p-values (family-wise error), in the input order."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [1.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted
