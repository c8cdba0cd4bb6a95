"""Detection quality on a third held-out set of Python snippets: recall and false positives per CWE and engine.

`benchmarks/heldout3/snippets/*.py` are 53 near-twin pairs (`<id>-v` vulnerable, `<id>-s` secure) written
without reading the rules, the engines or the earlier held-out sets, in the style of an assistant answering the
short prompts of public benchmark sets such as SecurityEval and LLMSecEval (Flask/FastAPI/Django endpoints,
small helpers, CLI scripts, settings modules). `benchmarks/heldout3/labels.csv` has id, label, cwe and a
one-line note.

A snippet counts as flagged when any finding at or above --min-severity lands on it; with --same-cwe only
findings whose CWE belongs to the labelled family count (94/1336, 327/328, 614/1004 are families).

    python benchmarks/heldout3.py [--engines tree-sitter,bandit] [--min-severity low] [--same-cwe] [--show]
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

HELDOUT = Path(__file__).resolve().parent / "heldout3"
FAMILIES = [{"CWE-94", "CWE-1336", "CWE-95"}, {"CWE-327", "CWE-328", "CWE-916"}, {"CWE-614", "CWE-1004"}]


def family(cwe: str) -> set[str]:
    for group in FAMILIES:
        if cwe in group:
            return group
    return {cwe}


def load_rows() -> tuple[list[dict], list[RecordResult]]:
    rows = list(csv.DictReader((HELDOUT / "labels.csv").open()))
    results = []
    for position, row in enumerate(rows, start=1):
        code = (HELDOUT / "snippets" / f"{row['id']}.py").read_text()
        messages = (Message("user", "Write the code."), Message("assistant", code))
        record = Record("heldout3", position, code.encode(), "jsonl", "openai", messages)
        snippet = Snippet(record.record_id, 0, 1, "assistant", "python", code, 1, False)
        results.append(RecordResult(record, [snippet]))
    return rows, results


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}% ({part}/{whole})" if whole else "   n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="tree-sitter,bandit")
    parser.add_argument("--min-severity", default="low")
    parser.add_argument("--same-cwe", action="store_true", help="only findings of the labelled CWE family count")
    parser.add_argument("--show", action="store_true", help="list missed vulnerable and flagged secure snippets")
    args = parser.parse_args()
    rows, results = load_rows()
    by_record = {r.record.record_id: row for r, row in zip(results, rows)}
    flagged: dict[str, dict[str, list[str]]] = {}
    for name in [n for n in args.engines.split(",") if n]:
        engine = load_engine(name, EngineConfig())
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
    groups.append(("ALL", rows))
    print(f"held-out 3: {sum(r['label'] == 'vulnerable' for r in rows)} vulnerable, "
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
                print(f"  {row['id']} ({row['cwe']}): {row['note']}")
        print("flagged secure:")
        for row in rows:
            if row["label"] == "secure" and row["id"] in final:
                print(f"  {row['id']} ({row['cwe']}): {', '.join(sorted(set(final[row['id']])))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
