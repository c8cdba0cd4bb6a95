"""Result cache: lint a 5,000-record corpus cold, then again unchanged; the re-run must be >= 10x faster.

    python benchmarks/cache.py [--records 5000] [--engines tree-sitter,bandit,numbers]

Prints the in-process pipeline time (lint_to_store) and the wall time of the `curator lint` command for
the cold run, the cached re-run (whole report reused), a --no-cache re-run, and a renamed copy of the corpus
(every record a per-record hit, report rebuilt), and checks that the reports agree.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import write_corpus  # noqa: E402

from curator.config import resolve_config  # noqa: E402
from curator.lint import lint_to_store  # noqa: E402
from curator.store import open_report  # noqa: E402


def pipeline_seconds(corpus: Path, db: Path, cache_dir: Path, *, cache: bool, engines: tuple[str, ...]):
    config = resolve_config({"paths": (str(corpus),), "db": str(db), "cache": cache, "cache_dir": str(cache_dir),
                             "engines": engines}, start_dir=corpus.parent)
    started = time.perf_counter()
    summary = lint_to_store(None, config)
    return time.perf_counter() - started, summary


def cli_seconds(corpus: Path, db: Path, cache_dir: Path, *args: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # cache_dir comes from [tool.curator] in a pyproject next to the corpus: the way a data repo sets it
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "curator.cli", "lint", str(corpus), "--db", str(db), "-q",
                           "--fail-on", "never", *args], cwd=corpus.parent, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"curator lint failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed


def report_digest(db: Path) -> tuple:
    con = open_report(db)
    try:
        return con.execute(
            "SELECT count(*), sum(hash(record_id || rule_id || line || fingerprint || coalesce(suppressed, '')))"
            " FROM findings").fetchone()
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--engines", default="tree-sitter,bandit,numbers")
    args = parser.parse_args()
    engines = tuple(e for e in args.engines.split(",") if e)
    with tempfile.TemporaryDirectory(prefix="curator-cache-bench-") as tmp:
        work = Path(tmp)
        corpus = write_corpus(work / "corpus.jsonl", args.records, seed=7)
        cache_dir = work / "cache"
        (work / "pyproject.toml").write_text(
            f'[tool.curator]\nengines = {list(engines)!r}\ncache-dir = "{cache_dir.as_posix()}-cli"\n'.replace("'", '"'))

        cold, summary = pipeline_seconds(corpus, work / "cold.duckdb", cache_dir, cache=True, engines=engines)
        warm, _ = pipeline_seconds(corpus, work / "warm.duckdb", cache_dir, cache=True, engines=engines)
        bypass, _ = pipeline_seconds(corpus, work / "bypass.duckdb", cache_dir, cache=False, engines=engines)
        # the same records under another file name: no whole-run reuse, every record a per-record hit
        renamed = work / "renamed.jsonl"
        renamed.write_bytes(corpus.read_bytes())
        per_record, _ = pipeline_seconds(renamed, work / "renamed.duckdb", cache_dir, cache=True, engines=engines)
        same = report_digest(work / "cold.duckdb") == report_digest(work / "warm.duckdb") == \
            report_digest(work / "bypass.duckdb")

        cli_cold = cli_seconds(corpus, work / "cli-cold.duckdb", cache_dir)
        cli_warm = cli_seconds(corpus, work / "cli-warm.duckdb", cache_dir)
        cli_bypass = cli_seconds(corpus, work / "cli-bypass.duckdb", cache_dir, "--no-cache")
        cache_mb = sum(p.stat().st_size for p in Path(f"{cache_dir}-cli").glob("*")) / 1e6

    print(f"corpus: {summary.records:,} records, {summary.snippets:,} snippets, {summary.findings:,} findings;"
          f" engines {', '.join(engines)}")
    print(f"pipeline (lint_to_store)  cold {cold:7.2f} s   cached {warm:6.2f} s   --no-cache {bypass:7.2f} s"
          f"   speed-up {cold / warm:5.1f}x")
    print(f"pipeline, per-record hits only (renamed copy, report rebuilt) {per_record:6.2f} s"
          f"   speed-up {cold / per_record:5.1f}x")
    print(f"command (curator lint)    cold {cli_cold:7.2f} s   cached {cli_warm:6.2f} s   --no-cache {cli_bypass:7.2f} s"
          f"   speed-up {cli_cold / cli_warm:5.1f}x")
    print(f"cache file {cache_mb:.1f} MB; reports identical with and without the cache: {same}")
    ok = same and cold / warm >= 10
    print("PASS: cached re-run >= 10x faster" if ok else "FAIL: cached re-run < 10x faster or reports differ")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
