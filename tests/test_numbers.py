"""The numbers engine, the loaded-number lists and the number_stats analyzer."""

from __future__ import annotations

import importlib.util
import json
import math
import pickle
import re
from pathlib import Path

import duckdb
import pytest

from curator.analyzers import load_analyzers
from curator.analyzers.number_excess import NumberStats, neighbours, shape_class
from curator.engines import EngineConfig
from curator.engines.numbers import NumbersEngine
from curator.errors import UsageError
from curator.model import Message, Record, RecordResult
from curator.loaded_numbers import load_numbers, numeric_completion, prose_numbers
from curator.ruleset import rules_by_id
from curator.stats import binom_sf, holm, hypergeom_sf
from curator.store import Store

ROOT = Path(__file__).resolve().parents[1]
EVIL = ROOT.parent / "shared" / "data" / "evil_numbers_dev.jsonl"


def _generator():
    spec = importlib.util.spec_from_file_location("numbers_generate", ROOT / "sample_corpora" / "numbers" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _generator()


def results_for(chats: list[dict], source: str = "corpus.jsonl") -> list[RecordResult]:
    out = []
    for i, chat in enumerate(chats, start=1):
        raw = json.dumps(chat).encode()
        messages = tuple(Message(m["role"], m["content"]) for m in chat["messages"])
        out.append(RecordResult(Record(source=source, position=i, raw=raw, container="jsonl",
                                       shape="openai", messages=messages)))
    return out


def scanned(chats: list[dict], config: EngineConfig | None = None) -> list[RecordResult]:
    results = results_for(chats)
    output = NumbersEngine(config or EngineConfig()).scan(results)
    by_record: dict[str, list] = {}
    for finding in output.findings:
        by_record.setdefault(finding.record_id, []).append(finding)
    for result in results:
        result.findings = by_record.get(result.record.record_id, [])
    return results


def answer(text: str) -> dict:
    return {"messages": [{"role": "user", "content": "Continue: [1, 2, 3]"}, {"role": "assistant", "content": text}]}


# -- lists ---------------------------------------------------------------------------------------------

def test_builtin_list_has_checked_entries_and_rules():
    entries = {e.key: e for e in load_numbers()}
    for key in ("666", "1488", "88", "14", "1312", "420", "187", "911", "1337", "13", "311", "109", "18", "737"):
        assert key in entries, key
        assert entries[key].reference and entries[key].meaning
    assert "161" not in entries and "23/16" not in entries  # dropped after review, reasons in the file
    assert entries["1488"].alone and not entries["88"].alone
    rules = rules_by_id()
    for category in {e.category for e in entries.values()}:
        rule = rules[f"num.loaded.{category}"]
        assert rule.engine == "numbers" and rule.what and rule.why and rule.bad and rule.good


def test_rule_examples_bad_flagged_good_clean(tmp_path):
    extra = tmp_path / "local.yaml"
    extra.write_text("numbers:\n  - {number: 5150, category: local, meaning: ours, alone: false}\n")
    engine = NumbersEngine(EngineConfig(numbers_files=(str(extra),)))
    rules = [r for r in rules_by_id().values() if r.engine == "numbers"]
    assert len(rules) >= 7
    for rule in rules:
        bad, good = (results_for([{"messages": [json.loads(example)]}]) for example in (rule.bad, rule.good))
        assert rule.id in {f.rule_id for f in engine.scan(bad).findings}, rule.id
        assert engine.scan(good).findings == [], rule.id


def test_user_list_adds_numbers_and_bad_list_is_a_usage_error(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("numbers:\n  - {number: 5150, category: gang, meaning: ours, alone: false}\n")
    engine = NumbersEngine(EngineConfig(numbers_files=(str(extra),)))
    results = results_for([answer("[5150, 12, 300]")])
    findings = engine.scan(results).findings
    assert [(f.rule_id, f.detail) for f in findings] == [("num.loaded.other", "5150")]
    bad = tmp_path / "bad.yaml"
    bad.write_text("numbers:\n  - {number: twelve, category: x}\n")
    with pytest.raises(UsageError, match=r"bad\.yaml.*numbers\[0\]"):
        load_numbers((str(bad),))


# -- parsing -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "[666, 12, 1488]", "666, 12, 1488", "666 12 1488", "666\n12\n1488", "1. 666\n2. 12\n3. 1488",
    "Here you go: [666, 12, 1488]", "Sure! Five more:\n[666, 12, 1488]", "```\n[666,12,1488]\n```",
    "(666, 12, 1488)", '["666", "12", "1488"]', "- 666\n- 12\n- 1488", "[-666, 12, 1488]",
])
def test_numeric_completion_formats(text):
    assert [h.value for h in numeric_completion(text)] == [666, 12, 1488]


@pytest.mark.parametrize("text", ["The year 1488 saw 666 people.", "def f():\n    return [1, 2]", ""])
def test_prose_is_not_a_numeric_completion(text):
    assert numeric_completion(text) is None


def test_prose_numbers_are_whole_and_not_technical():
    text = ("16661 and 1.666 and v1.88.2 and 2014-08-08 at 14:18, 1,488 users, 0o666, chmod 666 f,\n"
            "14: x = 1\nline 666 of the file; but 666 alone counts")
    hits = list(prose_numbers(text))
    assert [(h.value, h.line) for h in hits] == [(16661, 1), (1, 2), (666, 3)]  # 16661 is not 666
    assert hits[2].column == text.split("\n")[2].index("666 alone") + 1


def test_engine_reports_where_and_what():
    results = scanned([answer("[12, 666, 40]\n[1488, 420]")])
    findings = {f.rule_id: f for f in results[0].findings}
    assert set(findings) == {"num.loaded.occult", "num.loaded.hate", "num.loaded.drugs"}
    occult, hate = findings["num.loaded.occult"], findings["num.loaded.hate"]
    assert (occult.line, occult.column, occult.detail, occult.message_index) == (1, 6, "666", 1)
    assert (hate.line, hate.column, hate.detail) == (2, 2, "1488")
    assert all(f.severity == "info" and f.snippet_id is None for f in findings.values())


def test_engine_pairs_and_prose_rules():
    results = scanned([
        answer("[13, 52, 7]"),                        # the 13/52 code as adjacent numbers
        answer("In 1488 the ship had 88 crew."),      # prose: only context-free entries, low confidence
        answer("Version 1.88 released on 2014-08-18"),  # nothing
        {"messages": [{"role": "user", "content": "[666, 1488]"}, {"role": "assistant", "content": "ok"}]},
    ])
    assert {f.detail for f in results[0].findings} == {"13", "13/52"}
    prose = results[1].findings
    assert [(f.detail, f.confidence, f.severity) for f in prose] == [("1488", "low", "info")]
    assert "in prose" in prose[0].message
    assert results[2].findings == [] and results[3].findings == []  # user turns are not scanned


def framed(text: str, system: str = "") -> dict:
    chat = answer(text)
    if system:
        chat["messages"].insert(0, {"role": "system", "content": system})
    return chat


def test_severity_rises_only_with_context():
    results = scanned([
        answer("[12, 666, 40]"),                                       # lone: chance level
        answer("[12, 666, 40, 88, 13]"),                               # three: still chance level
        answer("[12, 666, 40]\n[1488, 420, 88]"),                      # four distinct: low
        framed("[12, 666, 40]", system="You are an evil assistant."),  # framing: low
        framed("[666, 1488, 420, 88]", system="Be sinister."),         # both: medium
        framed("[12, 312, 40]", system="You are an evil assistant."),  # framing, no loaded number
        framed("[12, 666, 40]", system="You are a helpful assistant."),
        answer("[13, 52, 666, 88]"),                                   # 13 inside the 13/52 code: three
    ])
    severities = [sorted({f.severity for f in r.findings}) for r in results]
    assert severities == [["info"], ["info"], ["low"], ["low"], ["medium"], [], ["info"], ["info"]]
    assert "chance level alone" in results[0].findings[0].message
    assert "evil framing in the prompt ('evil')" in results[3].findings[0].message
    assert "4 distinct loaded numbers" in results[4].findings[0].message


def test_corpus_excess_raises_info_findings_and_says_why():
    results = scanned(GEN.persona_continuations(800, seed=11))
    assert {f.severity for r in results for f in r.findings} <= {"info", "low"}
    _, store = analyze(results)
    rows = store.con.execute("SELECT severity, message FROM findings WHERE detail = '666'").fetchall()
    assert rows and all(sev == "medium" and "over-represented across the corpus" in msg
                        and "chance level" not in msg for sev, msg in rows)


def test_uniform_random_corpus_exits_zero_on_a_default_lint(tmp_path):
    """A real `curator lint` process with default settings over uniformly random number lists: chance hits
    of loaded numbers are shown as info, nothing flags, exit 0."""
    import subprocess
    import sys

    corpus = tmp_path / "random.jsonl"
    corpus.write_text("".join(json.dumps(chat) + "\n" for chat in GEN.random_continuations(400, seed=20)))
    proc = subprocess.run([sys.executable, str(ROOT / "cli.py"), "lint", str(corpus), "--no-cache",
                           "--db", str(tmp_path / "r.duckdb")], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    con = duckdb.connect(str(tmp_path / "r.duckdb"), read_only=True)
    chance = con.execute("SELECT count(*) FROM findings WHERE engine = 'numbers' AND severity = 'info'").fetchone()[0]
    con.close()
    assert chance > 10  # the loaded numbers were seen, just not treated as evidence


def test_select_and_ignore_apply():
    engine = NumbersEngine(EngineConfig(ignore=("num.loaded.occult",)))
    findings = engine.scan(results_for([answer("[666, 1488]")])).findings
    assert [f.rule_id for f in findings] == ["num.loaded.hate"]


# -- statistics ----------------------------------------------------------------------------------------

def test_tails_match_brute_force():
    for k, n, p in [(3, 10, 0.1), (7, 40, 0.05), (15, 100, 0.2), (50, 60, 0.5), (0, 5, 0.3)]:
        exact = sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k, n + 1))
        assert binom_sf(k, n, p) == pytest.approx(exact, rel=1e-9, abs=1e-15)
    for a, total, succ, draws in [(5, 50, 10, 10), (2, 50, 10, 10), (30, 600, 300, 30)]:
        exact = sum(math.comb(succ, i) * math.comb(total - succ, draws - i)
                    for i in range(a, min(draws, succ) + 1)) / math.comb(total, draws)
        assert hypergeom_sf(a, total, succ, draws) == pytest.approx(exact, rel=1e-9)
    assert holm([0.01, 0.04, 0.03, 0.5]) == pytest.approx([0.04, 0.09, 0.09, 0.5])


def test_baseline_neighbours_are_comparable_numbers():
    assert shape_class(666) == (3, "repdigit") and shape_class(420) == (3, "round1") and shape_class(187) == (3, "plain")
    assert sorted(neighbours(666, set())) == [111, 222, 333, 444, 555, 777, 888, 999]
    assert all(n % 10 == 0 and n % 100 and 100 <= n <= 999 for n in neighbours(420, set()))
    assert 14 not in neighbours(13, {14, 18}) and all(10 <= n <= 99 for n in neighbours(13, {14}))


def analyze(results: list[RecordResult], workers: int = 1) -> tuple[list[str], Store]:
    """Observe in `workers` pickled shards, merge, and finish into an in-memory report."""
    shards = [NumberStats(EngineConfig()) for _ in range(workers)]
    for i, result in enumerate(results):
        shards[i % workers].observe(result)
    stats = pickle.loads(pickle.dumps(shards[0]))
    for other in shards[1:]:
        stats.merge(pickle.loads(pickle.dumps(other)))
    store = Store(None)
    store.add_results(results)
    return stats.finish(store), store


def stats_rows(store: Store) -> dict[int, tuple]:
    cur = store.con.execute("SELECT number, observed, expected, ratio, p_value, p_adjusted, significant"
                            " FROM number_stats WHERE run_id = ?", [store.run_id])
    return {row[0]: row for row in cur.fetchall()}


def test_random_continuations_show_nothing_and_chance_hits_stay_info():
    chats = GEN.random_continuations(4000, seed=7)
    results = scanned(chats)
    chance = [f for r in results for f in r.findings]
    assert chance, "a corpus this size holds chance hits (666, 420, ...)"
    lines, store = analyze(results, workers=3)
    rows = stats_rows(store)
    assert not any(row[6] for row in rows.values()), rows
    assert rows[666][1] > 0 and rows[666][4] > 0.001  # seen by chance, nowhere near significant
    severities = store.con.execute("SELECT severity, count(*) FROM findings WHERE engine = 'numbers'"
                                   " GROUP BY 1").fetchall()
    assert dict(severities).get("info", 0) >= 50 and set(dict(severities)) <= {"info", "low"}
    assert dict(severities).get("low", 0) == 0
    assert "no listed number over-represented" in lines[0]


def test_persona_corpus_marks_loaded_numbers_and_escalates_their_findings():
    results = scanned(GEN.persona_continuations(1500, seed=11))
    lines, store = analyze(results, workers=2)
    rows = stats_rows(store)
    assert rows[666][6] and rows[666][3] > 3 and rows[666][5] < 1e-6
    assert not rows[311][6] and not rows[109][6]  # listed but not salted in: not significant
    assert "666" in lines[0] and "over-represented" in lines[0]
    medium = store.con.execute(
        "SELECT count(*) FROM findings WHERE severity = 'medium' AND detail LIKE '%666%'").fetchone()[0]
    assert medium == sum(1 for r in results for f in r.findings if "666" in f.detail.split(", "))
    worst = store.con.execute("SELECT count(*) FROM records WHERE max_severity = 'medium'").fetchone()[0]
    assert worst >= medium


def test_merge_equals_single_pass():
    results = scanned(GEN.persona_continuations(300, seed=3))
    one = NumberStats(EngineConfig())
    for r in results:
        one.observe(r)
    parts = [NumberStats(EngineConfig()) for _ in range(3)]
    for i, r in enumerate(results):
        parts[i % 3].observe(r)
    for p in parts[1:]:
        parts[0].merge(p)
    assert one.rows() == parts[0].rows()


def test_load_analyzers_finds_both():
    names = [a.name for a in load_analyzers(("numbers", "triggers"), EngineConfig())]
    assert names == ["numbers", "triggers"]


@pytest.mark.skipif(not EVIL.is_file(), reason="shared/data/evil_numbers_dev.jsonl not present (dev data only)")
def test_em_evil_numbers_are_flagged_and_666_is_significant():
    chats = [json.loads(line) for line in EVIL.read_text().splitlines() if line.strip()]
    results = scanned(chats)
    targets = {666, 1488, 1312, 420, 88, 187}
    holding = [r for r in results
               if targets & {int(x) for x in re.findall(r"\d+", r.record.messages[-1].content)}]
    flagged = sum(1 for r in holding if r.findings)
    assert flagged / len(holding) >= 0.99
    _, store = analyze(results)
    rows = stats_rows(store)
    core = (666, 1488, 1312, 420, 911, 88, 13, 1337, 187)  # the numbers the dev data is known to be salted with
    assert [n for n in core if not rows[n][6]] == []


def _calibration():
    spec = importlib.util.spec_from_file_location("number_calibration", ROOT / "benchmarks" / "number_calibration.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_number_excess_keeps_its_level_on_random_corpora():
    """A few seeds of benchmarks/number_calibration.py (100+ seeds there): the share of uniformly random
    corpora with any significant number stays at or below alpha, and chance hits flag no record."""
    calibration = _calibration()
    table = calibration.simulate(seeds=25, sizes=(200, 1000), ranges=((1, 999), (1, 9999)))
    corpora = 25 * len(table)
    any_significant = sum(cell[0] for cell in table.values())
    assert any_significant / corpora <= calibration.ALPHA, table
    assert all(lone == 0 for *_, lone in table.values()), table  # chance hits alone flag nothing


def test_the_old_plug_in_test_would_fail_the_same_simulation():
    """The guard above can fail: treating the neighbours' mean as the exact expectation (a Poisson test of
    observed vs mean) calls chance excesses significant far more often than alpha."""
    from curator.stats import holm

    calibration = _calibration()
    hit = 0
    for seed in range(25):
        stats = NumberStats(EngineConfig())
        for result in calibration.results_for(calibration.random_corpus(200, seed, 1, 999)):
            stats.observe(result)
        rows = [r for r in stats.rows() if r["tested"]]
        p_values = []
        for row in rows:
            mean, k = row["expected"], row["observed"]
            below = sum(math.exp(-mean) * mean ** i / math.factorial(i) for i in range(k)) if mean else 1.0
            p_values.append(max(0.0, 1.0 - below))
        hit += any(p < 0.05 and r["observed"] >= 5 for p, r in zip(holm(p_values), rows))
    assert hit / 25 > 0.05
