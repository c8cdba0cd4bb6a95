"""Corpus-level over-representation of loaded numbers in numeric completions (the `number_stats` table).

Baseline. A model asked to "continue this list" draws numbers from some distribution we do not know; we
estimate it from the corpus itself. For a listed number v we take its K nearest *comparable* values: same
number of digits (the prompt's range shows up as the digit count of the answers) and same shape class
(repdigits like 666 are compared with 111..999, round numbers like 420 with other multiples of ten, plain
numbers with plain numbers), never another listed number, and leaving out neighbours that are spikes
themselves (see drop_spikes). If v were no more likely than those neighbours,
then given the n = observed(v) + sum(observed(neighbours)) draws that landed on v or a neighbour, the
count on v is Binomial(n, 1/(K+1)). That conditional test is exact, needs no estimate of the neighbours'
rate (so a sparse or lumpy neighbourhood costs power, not false alarms), and is not fooled by 420 being a
common 3-digit number, since its neighbours are common too. `expected` is the neighbours' mean count.

Multiple testing: Holm over every listed number that has neighbours; `significant` also needs at least
`min_count` occurrences and an observed/expected ratio of at least `min_ratio`, so that a huge corpus does
not flag a 5% wobble.

Memory: counts of values below 100,000 are kept exactly (at most 100,000 keys whatever the corpus size);
larger values are only counted in total. States pickle and merge by adding counts.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

from curator.engines import EngineConfig
from curator.engines.numbers import ROLES
from curator.model import RecordResult
from curator.loaded_numbers import load_numbers, numeric_completion
from curator.stats import holm, log_binom_sf

if TYPE_CHECKING:
    from curator.store import Store

MAX_TRACKED = 100_000
NEIGHBOURS = 20
ALPHA = 0.05
MIN_COUNT = 5
MIN_RATIO = 1.5


def shape_class(value: int) -> tuple[int, str]:
    """(digit count, shape) of a positive integer: repdigit, round<trailing zeros>, or plain."""
    text = str(value)
    if len(text) >= 2 and len(set(text)) == 1:
        return len(text), "repdigit"
    zeros = len(text) - len(text.rstrip("0"))
    return len(text), f"round{zeros}" if zeros else "plain"


def neighbours(value: int, excluded: set[int], k: int = NEIGHBOURS) -> list[int]:
    """The k values nearest to `value` with its digit count and shape, skipping `excluded` ones."""
    digits, shape = shape_class(value)
    lo, hi = 10 ** (digits - 1), 10 ** digits - 1
    step = 10 ** int(shape[5:]) if shape.startswith("round") else 1
    if shape == "repdigit":
        candidates = [int(str(d) * digits) for d in range(1, 10)]
        found = [c for c in candidates if c != value and c not in excluded]
        return sorted(found, key=lambda c: (abs(c - value), c))[:k]
    found: list[int] = []
    distance = step
    while len(found) < k and (value - distance >= lo or value + distance <= hi):
        for candidate in (value - distance, value + distance):
            if lo <= candidate <= hi and candidate not in excluded and shape_class(candidate) == (digits, shape):
                found.append(candidate)
        distance += step
    return found[:k]


SPIKE_LOG_P = math.log(1e-6)


def drop_spikes(near: list[int], counts: Counter) -> list[int]:
    """Leave out neighbours that are themselves spikes (say 1313 next to 1312): a neighbour whose count is
    improbable (p < 1e-6) against the other neighbours' mean. Under a smooth baseline this almost never
    fires, so the test keeps its level; at most a quarter of the neighbours go."""
    kept = list(near)
    for _ in range(len(near) // 4):
        if len(kept) < 3:
            break
        top = max(kept, key=lambda n: counts.get(n, 0))
        rest = sum(counts.get(n, 0) for n in kept) - counts.get(top, 0)
        c = counts.get(top, 0)
        if log_binom_sf(c, c + rest, 1 / len(kept)) >= SPIKE_LOG_P:
            break
        kept.remove(top)
    return kept


class NumberStats:
    name = "numbers"

    def __init__(self, config: EngineConfig) -> None:
        options = config.options or {}
        self.alpha = float(options.get("numbers_alpha", ALPHA))
        self.min_count = int(options.get("numbers_min_count", MIN_COUNT))
        self.min_ratio = float(options.get("numbers_min_ratio", MIN_RATIO))
        self.escalate = bool(options.get("numbers_escalate", True))
        entries = load_numbers(config.numbers_files, config.rules_dir)
        # Plain tuples so the state pickles without the entry class.
        self.listed: dict[int, tuple[str, str]] = {
            e.values[0]: (e.category, e.meaning) for e in entries if not e.is_pair}
        self.counts: Counter[int] = Counter()
        self.records_with: Counter[int] = Counter()
        self.untracked = 0  # numbers >= MAX_TRACKED
        self.values = 0
        self.completions = 0
        self.records = 0

    def observe(self, result: RecordResult) -> None:
        record = result.record
        if record.status != "ok":
            return
        seen: set[int] = set()
        for message in record.messages:
            if message.role not in ROLES:
                continue
            hits = numeric_completion(message.content)
            if not hits:
                continue
            self.completions += 1
            for hit in hits:
                self.values += 1
                if hit.value < MAX_TRACKED:
                    self.counts[hit.value] += 1
                else:
                    self.untracked += 1
                if hit.value in self.listed:
                    seen.add(hit.value)
        self.records += 1
        self.records_with.update(seen)

    def merge(self, other: "NumberStats") -> None:
        self.counts.update(other.counts)
        self.records_with.update(other.records_with)
        self.untracked += other.untracked
        self.values += other.values
        self.completions += other.completions
        self.records += other.records

    def rows(self) -> list[dict]:
        """One row per listed number: observed, expected, ratio, p-values, significance."""
        excluded = set(self.listed)
        rows = []
        for number, (category, meaning) in sorted(self.listed.items()):
            if number <= 0 or number >= MAX_TRACKED:
                continue
            near = drop_spikes(neighbours(number, excluded), self.counts)
            observed = self.counts.get(number, 0)
            around = sum(self.counts.get(n, 0) for n in near)
            log_p = log_binom_sf(observed, observed + around, 1 / (len(near) + 1)) if near else 0.0
            expected = around / len(near) if near else None
            digits, shape = shape_class(number)
            rows.append({
                "number": number, "category": category, "meaning": meaning, "observed": observed,
                "records": self.records_with.get(number, 0), "expected": expected,
                "ratio": (observed / expected) if expected else None,
                "p_value": math.exp(log_p), "log10_p": log_p / math.log(10), "tested": bool(near),
                "neighbours": len(near),
                "baseline": f"{len(near)} {digits}-digit {shape} neighbours"
                            + (f" {min(near)}..{max(near)}" if near else ""),
            })
        tested = [r for r in rows if r["tested"]]
        for row, adjusted in zip(tested, holm([r["p_value"] for r in tested])):
            row["p_adjusted"] = adjusted
        for row in rows:
            row.setdefault("p_adjusted", 1.0)
            row["significant"] = bool(
                row["tested"] and row["p_adjusted"] < self.alpha and row["observed"] >= self.min_count
                and (row["ratio"] is None or row["ratio"] >= self.min_ratio))
        rows.sort(key=lambda r: (not r["significant"], r["log10_p"], -r["observed"], r["number"]))
        return rows

    def finish(self, store: "Store") -> list[str]:
        rows = self.rows()
        for row in rows:
            row.update(run_id=store.run_id, completions=self.completions, values_total=self.values)
        store.add_rows("number_stats", rows)
        store.flush()
        significant = [r for r in rows if r["significant"]]
        if self.escalate and significant:
            escalate_findings(store, [str(r["number"]) for r in significant])
        if not self.completions:
            return []
        head = f"numbers: {self.completions:,} numeric completions, {self.values:,} numbers"
        if not significant:
            return [f"{head}; no listed number over-represented (Holm, alpha {self.alpha})"]
        shown = ", ".join(
            f"{r['number']} ({r['observed']} vs {r['expected']:.1f} expected, p_adj {r['p_adjusted']:.1e})"
            for r in significant[:6])
        more = f" and {len(significant) - 6} more" if len(significant) > 6 else ""
        return [f"{head}; over-represented: {shown}{more}"]


CHANCE_NOTE = "no other signal in the record: chance level alone"
EXCESS_NOTE = "over-represented across the corpus (number_stats)"


def escalate_findings(store: "Store", numbers: list[str]) -> None:
    """Raise info/low numbers findings in numeric completions that hold an over-represented number to
    medium: one such number in a list can be chance, the same number all over the corpus is not. The
    bracketed reason at the end of the message says why."""
    con = store.con
    where = ("run_id = ? AND list_contains(string_split(engine, '+'), 'numbers')"
             " AND severity IN ('info', 'low') AND message LIKE '%in a numeric completion%'"
             " AND len(list_intersect(string_split(detail, ', '), ?)) > 0")
    con.execute(f"UPDATE records SET max_severity = 'medium' WHERE run_id = ? AND record_id IN"
                f" (SELECT record_id FROM findings WHERE {where} AND suppressed IS NULL)"
                f" AND (max_severity IS NULL OR max_severity IN ('info', 'low'))",
                [store.run_id, store.run_id, numbers])
    con.execute(f"UPDATE findings SET severity = 'medium', message = CASE"
                f" WHEN message LIKE ? THEN replace(message, ?, ?)"
                f" WHEN message LIKE '%]' THEN left(message, length(message) - 1) || '; ' || ? || ']'"
                f" ELSE message || ' [' || ? || ']' END WHERE {where}",
                [f"%{CHANCE_NOTE}]", CHANCE_NOTE, EXCESS_NOTE, EXCESS_NOTE, EXCESS_NOTE, store.run_id, numbers])
