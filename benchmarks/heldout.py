"""Detection quality on our held-out Python sets: recall and false positives per CWE and engine.

Each set is a folder of near-twin pairs (`<id>-v` vulnerable, `<id>-s` secure) with a `labels.csv` (id,
label, cwe, and a note or scope), written by us, never taken from the shared data:
- `heldout/`: 66 pairs, 21 CWEs; its `scope` column marks pairs that need a value followed into a helper.
- `heldout2/`: 50 pairs in styles other than the usual Flask sample (Django, FastAPI, Starlette, aiohttp,
  tornado, Bottle, Pyramid, CLIs, cron jobs, pandas, Celery), written without reading the rules.
- `heldout3/`: 53 pairs in the style of answers to SecurityEval/LLMSecEval-like prompts, written without
  reading the rules, the engines or the other sets.
heldout2 and heldout3 were held out when first measured; later fixes read their misses, so their figures now
overstate what to expect on unseen data (the first figures are in the closing notes of the issues).

A snippet counts as flagged when any finding at or above --min-severity lands on it; with --same-cwe only
findings whose CWE belongs to the labelled family count (94/1336/95, 327/328/916, 614/1004 are families).

    python benchmarks/heldout.py [--set heldout|heldout2|heldout3|all] [--engines tree-sitter,bandit]
                                 [--min-severity low] [--same-cwe] [--show]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curator.engines import EngineConfig, load_engine  # noqa: E402
from curator.model import Message, Record, RecordResult, Snippet, severity_at_least  # noqa: E402

SETS = ("heldout", "heldout2", "heldout3")
FAMILIES = [{"CWE-94", "CWE-1336", "CWE-95"}, {"CWE-327", "CWE-328", "CWE-916"}, {"CWE-614", "CWE-1004"}]


def family(cwe: str) -> set[str]:
    for group in FAMILIES:
        if cwe in group:
            return group
    return {cwe}


def load_rows(name: str) -> tuple[list[dict], list[RecordResult]]:
    folder = Path(__file__).resolve().parent / name
    rows = list(csv.DictReader((folder / "labels.csv").open()))
    results = []
    for position, row in enumerate(rows, start=1):
        code = (folder / "snippets" / f"{row['id']}.py").read_text()
        messages = (Message("user", "Write the code."), Message("assistant", code))
        record = Record(name, position, code.encode(), "jsonl", "openai", messages)
        snippet = Snippet(record.record_id, 0, 1, "assistant", "python", code, 1, False)
        results.append(RecordResult(record, [snippet]))
    return rows, results


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}% ({part}/{whole})" if whole else "   n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="all", choices=[*SETS, "all"])
    parser.add_argument("--engines", default="tree-sitter,bandit")
    parser.add_argument("--min-severity", default="low")
    parser.add_argument("--same-cwe", action="store_true", help="only findings of the labelled CWE family count")
    parser.add_argument("--show", action="store_true", help="list missed vulnerable and flagged secure snippets")
    args = parser.parse_args()
    engines = {name: load_engine(name, EngineConfig()) for name in args.engines.split(",") if name}
    for index, name in enumerate(SETS if args.set == "all" else (args.set,)):
        if index:
            print()
        measure(name, engines, args)
    return 0


def measure(set_name: str, engines: dict, args: argparse.Namespace) -> None:
    rows, results = load_rows(set_name)
    by_record = {r.record.record_id: row for r, row in zip(results, rows)}
    flagged: dict[str, dict[str, list[str]]] = {}
    for name, engine in engines.items():
        hits: dict[str, list[str]] = {}
        for finding in engine.scan(results).findings:
            row = by_record[finding.record_id]
            if finding.suppressed or not severity_at_least(finding.severity, args.min_severity):
                continue
            if args.same_cwe and finding.cwe not in family(row["cwe"]):
                continue
            hits.setdefault(row["id"], []).append(f"{finding.rule_id}[{finding.cwe}]@{finding.line}")
        flagged[name] = hits
    if len(flagged) > 1:
        combined: dict[str, list[str]] = {}
        for hits in flagged.values():
            for sid, found in hits.items():
                combined.setdefault(sid, []).extend(found)
        flagged["combined"] = combined
    cwes = sorted({row["cwe"] for row in rows}, key=lambda c: int(c.split("-")[1]))
    groups = [(cwe, [r for r in rows if r["cwe"] == cwe]) for cwe in cwes]
    if all(r.get("scope") for r in rows):
        groups.append(("intra only", [r for r in rows if r["scope"] == "intra"]))
    groups.append(("ALL", rows))
    print(f"== {set_name}: {sum(r['label'] == 'vulnerable' for r in rows)} vulnerable, "
          f"{sum(r['label'] == 'secure' for r in rows)} secure; severity >= {args.min_severity}"
          f"{'; same CWE family only' if args.same_cwe else ''}")
    print(f"{'CWE':<10}" + "".join(f"{name + ' recall':<21}{name + ' FP':<19}" for name in flagged))
    for cwe, members in groups:
        line = f"{cwe:<10}"
        vuln = [r["id"] for r in members if r["label"] == "vulnerable"]
        secure = [r["id"] for r in members if r["label"] == "secure"]
        for hits in flagged.values():
            line += f"{pct(sum(i in hits for i in vuln), len(vuln)):<21}{pct(sum(i in hits for i in secure), len(secure)):<19}"
        print(line)
    if args.show:
        final = flagged.get("combined") or next(iter(flagged.values()))
        print("\nmissed vulnerable:")
        for row in rows:
            if row["label"] == "vulnerable" and row["id"] not in final:
                print(f"  {row['id']} ({row['cwe']}): {row.get('note') or row.get('scope', '')}")
        print("flagged secure:")
        for row in rows:
            if row["label"] == "secure" and row["id"] in final:
                print(f"  {row['id']} ({row['cwe']}): {', '.join(sorted(set(final[row['id']])))}")


if __name__ == "__main__":
    sys.exit(main())
