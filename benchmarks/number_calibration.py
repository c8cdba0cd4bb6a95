"""Calibration of the number over-representation test (number_stats), by simulation.

    python benchmarks/number_calibration.py              # 100 seeds x 3 sizes x 2 ranges (about a minute)
    python benchmarks/number_calibration.py --seeds 20   # quicker look

Null hypothesis corpora: "continue this list" chats whose answers are uniform random numbers (the recipe of
sample_corpora/numbers/generate.py), no loaded number favoured. For each corpus the analyzer decides which
listed numbers are over-represented (Holm across numbers, default alpha); the family-wise error rate is the
share of corpora with ANY significant number and must stay at or below alpha. The script also counts the
records a default lint would flag (a numbers finding at low or above after the corpus post-pass): chance
hits are info, so it should be 0. Then, when the dev data is present (../shared/data/evil_numbers_dev.jsonl,
never committed), every core loaded number of that corpus must stay significant. Exit 1 when a check fails.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

from curator.analyzers.number_excess import ALPHA, NumberStats  # noqa: E402
from curator.engines import EngineConfig  # noqa: E402
from curator.engines.numbers import NumbersEngine  # noqa: E402
from curator.model import Message, Record, RecordResult, severity_at_least  # noqa: E402

SIZES = (200, 1000, 5000)
RANGES = ((1, 999), (1, 9999))
# The loaded numbers the evil-numbers dev data is known to be salted with (see shared/data/README.md).
CORE = (666, 1488, 1312, 420, 911, 88, 13, 1337, 187)


def _generator():
    spec = importlib.util.spec_from_file_location("numbers_generate", ROOT / "sample_corpora" / "numbers" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def results_for(chats: list[dict]) -> list[RecordResult]:
    return [RecordResult(Record(source="sim.jsonl", position=i, raw=b"", container="jsonl",
                                messages=tuple(Message(m["role"], m["content"]) for m in chat["messages"])))
            for i, chat in enumerate(chats, start=1)]


def random_corpus(size: int, seed: int, low: int, high: int) -> list[dict]:
    gen = _generator()
    rng = random.Random(seed * 1_000_003 + size * 31 + high)
    return [gen.continuation_chat(rng, low, high) for _ in range(size)]


def corpus_outcome(chats: list[dict], engine: NumbersEngine) -> tuple[list[dict], int]:
    """(significant number_stats rows, records a default lint flags) for one corpus: by the per-record
    context rules, or raised by a (here false) corpus-level excess."""
    results = results_for(chats)
    findings = engine.scan(results).findings
    stats = NumberStats(EngineConfig())
    for result in results:
        stats.observe(result)
    significant = [row for row in stats.rows() if row["significant"]]
    raised = {str(row["number"]) for row in significant}
    flagged = {f.record_id for f in findings
               if severity_at_least(f.severity, "low") or (raised & set(f.detail.split(", ")))}
    return significant, len(flagged)


def simulate(seeds: int, sizes=SIZES, ranges=RANGES, alpha: float = ALPHA) -> dict:
    engine = NumbersEngine(EngineConfig())
    table = {}
    for low, high in ranges:
        for size in sizes:
            hits, flagged, lone, examples = 0, 0, 0, []
            for seed in range(seeds):
                significant, flagged_records = corpus_outcome(random_corpus(size, seed, low, high), engine)
                hits += bool(significant)
                flagged += flagged_records
                lone += 0 if significant else flagged_records
                if significant and len(examples) < 3:
                    examples.append((seed, [(r["number"], r["observed"], round(r["expected"], 1)) for r in significant]))
            table[(low, high, size)] = (hits, flagged, examples, lone)
    return table


def evil_check() -> list[str] | None:
    """Core numbers of the dev corpus that are NOT significant (None when the file is absent)."""
    path = DATA / "evil_numbers_dev.jsonl"
    if not path.is_file():
        return None
    chats = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    stats = NumberStats(EngineConfig())
    for result in results_for(chats):
        stats.observe(result)
    rows = {row["number"]: row for row in stats.rows()}
    for number in CORE:
        row = rows[number]
        print(f"  {number:>5}: observed {row['observed']:>5}, expected {row['expected']:.1f},"
              f" p_adj {row['p_adjusted']:.1e}, significant {row['significant']}")
    return [str(n) for n in CORE if not rows[n]["significant"]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=100, help="corpora per (size, range) cell (default 100)")
    args = parser.parse_args()
    started = time.perf_counter()
    table = simulate(args.seeds)
    seconds = time.perf_counter() - started
    failed = False
    total_hits = total_corpora = total_flagged = 0
    print(f"uniform random corpora, {args.seeds} seeds per cell, alpha {ALPHA} (Holm across numbers)")
    print(f"{'range':>9} {'records':>8} {'any significant':>16} {'flagged records':>16}  examples")
    for (low, high, size), (hits, flagged, examples, _) in table.items():
        total_hits += hits
        total_corpora += args.seeds
        total_flagged += flagged
        print(f"{low}..{high:<6} {size:>8} {hits:>7}/{args.seeds:<3} ({hits / args.seeds:5.1%}) {flagged:>16}  {examples}")
        failed |= hits / args.seeds > ALPHA
    print(f"overall: {total_hits}/{total_corpora} corpora ({total_hits / total_corpora:.1%}) with any significant"
          f" number; {total_flagged} records flagged at low or above; {seconds:.1f} s")
    # Flags from a false corpus-level excess come with the error rate above; flags from the per-record rules
    # alone (in corpora with no significant number) are the chance rate of SEVERAL loaded numbers in a list.
    lone = sum(cell[3] for cell in table.values())
    print(f"records flagged in corpora with no significant number (per-record rules alone): {lone}")
    missing = evil_check()
    if missing is None:
        print("skipped the evil-numbers check: ../shared/data/evil_numbers_dev.jsonl not found")
    elif missing:
        print(f"FAIL: core loaded numbers not significant on the dev data: {', '.join(missing)}")
        failed = True
    else:
        print(f"evil-numbers dev data: all {len(CORE)} core loaded numbers significant")
    print("FAIL" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
