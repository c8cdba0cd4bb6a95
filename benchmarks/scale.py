"""Scale benchmark: records/s at 1 and 2 workers, peak RSS by corpus size, and curator vs bandit/semgrep CLIs.

Usage: python benchmarks/scale.py [--records 50000] [--rss-sizes 100000,1000000] [--engines ...] [--skip-cli]
Every measurement runs `curator lint --no-cache` in a fresh process; peak RSS is the largest ru_maxrss of the
main process and of every worker (workers write theirs into the report's `runs.peak_rss_mb`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from synthetic import snippets_of, write_corpus  # noqa: E402

RUNNER = """
import resource, sys, time, json
sys.path.insert(0, {root!r})
from curator.cli import main
t0 = time.perf_counter()
try:
    main({argv!r})
except SystemExit:
    pass
elapsed = time.perf_counter() - t0
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": elapsed, "main_mb": own / 1024}}), file=sys.stderr)
"""


def run_curator(argv: list[str]) -> dict:
    code = RUNNER.format(root=str(HERE.parent), argv=argv)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    last = [line for line in proc.stderr.splitlines() if line.startswith("{")]
    if not last:
        raise SystemExit(f"curator failed:\n{proc.stderr[-2000:]}")
    return json.loads(last[-1])


def report_peak(db: Path) -> float:
    """The largest RSS any process of the run reported (workers write theirs into the report)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT max(peak_rss_mb) FROM runs").fetchone()[0] or 0.0
    finally:
        con.close()


def timed(cmd: list[str], cwd: str | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--rss-sizes", default="100000,1000000")
    parser.add_argument("--engines", default="tree-sitter,bandit,numbers")
    parser.add_argument("--skip-cli", action="store_true", help="skip the bandit/semgrep CLI comparison")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="curator-scale-"))
    try:
        corpus = write_corpus(tmp / "corpus.jsonl", args.records)
        print(f"corpus: {args.records:,} records, {corpus.stat().st_size / 1e6:.1f} MB, engines {args.engines}")
        rows = []
        for workers in (1, 2):
            result = run_curator(["lint", str(corpus), "--db", str(tmp / f"w{workers}.duckdb"), "-q",
                                  "--engines", args.engines, "--workers", str(workers), "--fail-on", "never", "--no-cache"])
            rate = args.records / result["seconds"]
            peak = max(result["main_mb"], report_peak(tmp / f"w{workers}.duckdb"))
            rows.append((workers, rate, peak))
            print(f"workers={workers}: {result['seconds']:.1f} s, {rate:,.0f} records/s, peak RSS {peak:.0f} MB")
        print(f"speed-up at 2 workers: {rows[1][1] / rows[0][1]:.2f}x")

        for size in [int(s) for s in args.rss_sizes.split(",") if s]:
            big = write_corpus(tmp / f"rss{size}.jsonl", size, seed=1)
            db = tmp / f"rss{size}.duckdb"
            result = run_curator(["lint", str(big), "--db", str(db), "-q",
                                  "--engines", args.engines, "--fail-on", "never", "--no-cache"])
            workers = report_peak(db)
            print(f"{size:,} records: {result['seconds']:.1f} s, {size / result['seconds']:,.0f} records/s, "
                  f"peak RSS {max(result['main_mb'], workers):.0f} MB (main process {result['main_mb']:.0f} MB, "
                  f"largest worker {workers:.0f} MB)")
            big.unlink()

        if not args.skip_cli:
            compare_clis(corpus, tmp, args.engines)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def compare_clis(corpus: Path, tmp: Path, engines: str) -> None:
    """The same snippets as files: curator (tree-sitter only and default engines) vs bandit -r vs semgrep."""
    folder = tmp / "snippets"
    folder.mkdir()
    snippets = snippets_of(corpus)
    for i, text in enumerate(snippets):
        (folder / f"s{i:06d}.py").write_text(text)
    n = len(snippets)
    print(f"\nsame {n:,} code snippets, one process:")
    for label, eng in (("curator tree-sitter", "tree-sitter"), ("curator default engines", engines)):
        result = run_curator(["lint", str(corpus), "--db", str(tmp / "cli.duckdb"), "-q", "--engines", eng,
                              "--workers", "1", "--fail-on", "never", "--no-cache"])
        print(f"  {label:28s} {result['seconds']:7.1f} s  {n / result['seconds']:9,.0f} snippets/s")
    bandit = shutil.which("bandit") or str(Path(sys.executable).with_name("bandit"))
    if os.path.exists(bandit):
        seconds = timed([bandit, "-r", str(folder), "-q", "-f", "json", "-o", str(tmp / "bandit.json")])
        print(f"  {'bandit -r':28s} {seconds:7.1f} s  {n / seconds:9,.0f} snippets/s")
    semgrep = shutil.which("semgrep")
    rules_dir = HERE.parent / "rules" / "semgrep"
    if semgrep and rules_dir.is_dir():
        rule_count = sum(f.read_text().count("\n  - id:") for f in rules_dir.glob("*.yaml"))
        env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}
        t0 = time.perf_counter()
        subprocess.run([semgrep, "scan", "--metrics=off", "--disable-version-check", "--config", str(rules_dir),
                        "--json", "-o", str(tmp / "semgrep.json"), "-j", "1", str(folder)],
                       capture_output=True, text=True, env=env)
        seconds = time.perf_counter() - t0
        print(f"  {'semgrep scan (' + str(rule_count) + ' rules)':28s} {seconds:7.1f} s  {n / seconds:9,.0f} snippets/s")
    else:
        print("  semgrep: not installed or no rules/semgrep; skipped")


if __name__ == "__main__":
    main()
