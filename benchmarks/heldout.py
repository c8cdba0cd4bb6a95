"""Detection quality on our own held-out Python snippets: recall and false positives per CWE and engine.

`benchmarks/heldout/snippets/*.py` are near-twin pairs (`<id>-v` vulnerable, `<id>-s` secure) written
without looking at the rules; `benchmarks/heldout/labels.csv` has id, label, cwe and scope
(`inter-procedural` marks pairs whose flaw needs a value followed into a helper function).

    python benchmarks/heldout.py [--engines tree-sitter,bandit] [--min-severity low] [--show]
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

HELDOUT = Path(__file__).resolve().parent / "heldout"


def load_rows() -> tuple[list[dict], list[RecordResult]]:
    rows = list(csv.DictReader((HELDOUT / "labels.csv").open()))
    results = []
    for position, row in enumerate(rows, start=1):
        code = (HELDOUT / "snippets" / f"{row['id']}.py").read_text()
        messages = (Message("user", "Write the code."), Message("assistant", code))
        record = Record("heldout", position, code.encode(), "jsonl", "openai", messages)
        snippet = Snippet(record.record_id, 0, 1, "assistant", "python", code, 1, False)
        results.append(RecordResult(record, [snippet]))
    return rows, results


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}% ({part}/{whole})" if whole else "   n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="tree-sitter,bandit")
    parser.add_argument("--min-severity", default="low")
    parser.add_argument("--show", action="store_true", help="list missed vulnerable and flagged secure snippets")
    args = parser.parse_args()
    rows, results = load_rows()
    ids = {r.record.record_id: row["id"] for r, row in zip(results, rows)}
    flagged: dict[str, dict[str, list[str]]] = {}
    for name in [n for n in args.engines.split(",") if n]:
        engine = load_engine(name, EngineConfig())
        hits: dict[str, list[str]] = {}
        for finding in engine.scan(results).findings:
            if not finding.suppressed and severity_at_least(finding.severity, args.min_severity):
                hits.setdefault(ids[finding.record_id], []).append(f"{finding.rule_id}@{finding.line}")
        flagged[name] = hits
    if len(flagged) > 1:
        combined: dict[str, list[str]] = {}
        for hits in flagged.values():
            for sid, found in hits.items():
                combined.setdefault(sid, []).extend(found)
        flagged["combined"] = combined
    cwes = sorted({row["cwe"] for row in rows}, key=lambda c: int(c.split("-")[1]))
    groups = [(cwe, [r for r in rows if r["cwe"] == cwe]) for cwe in cwes]
    groups.append(("intra only", [r for r in rows if r["scope"] == "intra"]))
    groups.append(("ALL", rows))
    print(f"held-out: {sum(r['label'] == 'vulnerable' for r in rows)} vulnerable, "
          f"{sum(r['label'] == 'secure' for r in rows)} secure; severity >= {args.min_severity}")
    header = f"{'CWE':<11}" + "".join(f"{name + ' recall':<20}{name + ' FP':<18}" for name in flagged)
    print(header)
    for cwe, members in groups:
        line = f"{cwe:<11}"
        for hits in flagged.values():
            vuln = [r["id"] for r in members if r["label"] == "vulnerable"]
            secure = [r["id"] for r in members if r["label"] == "secure"]
            line += f"{pct(sum(i in hits for i in vuln), len(vuln)):<20}{pct(sum(i in hits for i in secure), len(secure)):<18}"
        print(line)
    if args.show:
        final = flagged.get("combined") or next(iter(flagged.values()))
        print("\nmissed vulnerable:")
        for row in rows:
            if row["label"] == "vulnerable" and row["id"] not in final:
                print(f"  {row['id']} ({row['scope']})")
        print("flagged secure:")
        for row in rows:
            if row["label"] == "secure" and row["id"] in final:
                print(f"  {row['id']}: {', '.join(sorted(set(final[row['id']])))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
