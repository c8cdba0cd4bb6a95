"""Matched controls: the remediated twin, the matched clean slice, dose-response mixes, on a real lint report."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from curator.errors import UsageError
from curator.experiment.config import config_from_dict
from test_experiment import TINY, _cli, _config, judge_server, report  # noqa: F401 - fixtures

SLICES = [{"name": "flagged", "kind": "flagged", "size": 4}, {"name": "clean", "kind": "clean", "size": 4},
          {"name": "twin", "kind": "remediated-twin", "value": "flagged"},
          {"name": "matched", "kind": "matched-clean", "value": "flagged"},
          {"name": "dose", "kind": "dose", "value": "flagged", "into": "clean", "size": 4, "fractions": [0, 0.5, 1]}]


# A lighter set for the end-to-end run (the plan test covers matched-clean and three fractions).
RUN_SLICES = [{"name": "flagged", "kind": "flagged", "size": 2}, {"name": "clean", "kind": "clean", "size": 2},
              {"name": "twin", "kind": "remediated-twin", "value": "flagged"},
              {"name": "dose", "kind": "dose", "value": "flagged", "into": "clean", "size": 2, "fractions": [0, 1]}]


def test_plan_builds_matched_controls(report):
    from curator.experiment.runner import plan
    from curator.experiment.slices import format_plan

    cfg = config_from_dict({"name": "c", "models": [{"name": "m", "random": TINY}], "slices": SLICES}, "e.yaml")
    run_id, slices = plan(cfg, str(report))
    by = {s.name: s for s in slices}
    assert [s.name for s in slices] == ["flagged", "clean", "twin", "matched", "dose-0", "dose-50", "dose-100"]
    flagged = {m[0] for m in by["flagged"].members}
    assert {m[0] for m in by["twin"].members} == flagged  # the same records (prompts)
    matched = {m[0] for m in by["matched"].members}
    assert len(matched) == 4 and not matched & flagged
    assert "matched on source" in by["matched"].note  # one source file: at least the source matches
    all_flagged = {c[0] for c in by["flagged"].candidates}
    doses = {n: {m[0] for m in by[n].members} for n in ("dose-0", "dose-50", "dose-100")}
    assert [len(d) for d in doses.values()] == [4, 4, 4]
    assert [len(d & all_flagged) for d in doses.values()] == [0, 2, 4]
    text = format_plan(slices, cfg, run_id)
    assert "same prompts, remediated code" in text


def test_remediation_keeps_prompts_and_rewrites_code(report):
    from curator.experiment.controls import remediated_conversations
    from curator.experiment.runner import report_inputs, resolve_inputs, training_conversations

    cfg = config_from_dict({"name": "c", "models": [{"name": "m", "random": TINY}], "slices": SLICES},
                           str(report.parent / "e.yaml"))
    con = duckdb.connect(str(report), read_only=True)
    try:
        run_id = con.execute("SELECT run_id FROM runs").fetchone()[0]
        shas = {r[0] for r in con.execute("SELECT sha256 FROM records WHERE n_findings > 0").fetchall()}
    finally:
        con.close()
    paths = resolve_inputs(cfg, str(report), report_inputs(str(report), run_id))
    original = training_conversations(paths, shas)
    fixed, counts = remediated_conversations(paths, shas)
    assert counts["changed"] >= 2 and counts["changed"] + counts["unchanged"] + counts["dropped"] == len(shas)
    changed = [s for s in fixed if fixed[s] != original[s]]
    assert len(changed) == counts["changed"]
    for sha in changed:
        assert [m for m in fixed[sha] if m["role"] == "user"] == [m for m in original[sha] if m["role"] == "user"]


def test_dose_response_run_reports_the_curve(tmp_path, report, judge_server):
    pytest.importorskip("peft")
    db = tmp_path / "dose.duckdb"
    shutil.copy(report, db)
    cfg = _config(tmp_path, {"kind": "openai", "base_url": judge_server, "model": "m", "api_key_env": ""},
                  name="dose", slices=RUN_SLICES,
                  evaluation={"questions": ["questions.yaml"], "max_new_tokens": 4, "samples_per_paraphrase": 1,
                              "evaluate_base": False})
    result = _cli("run", "--config", str(cfg), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "remediated twin:" in result.output and "changed by the remediate recipe" in result.output
    assert "dose-response (tiny): flagged mixed into clean: 0%:" in result.output
    assert "smallest fraction whose interval against clean lies above 0:" in result.output
    con = duckdb.connect(str(db), read_only=True)
    try:
        fractions = con.execute("SELECT fraction FROM slices WHERE experiment_id = 'dose' AND kind = 'mix'"
                                " ORDER BY fraction").fetchall()
        done = con.execute("SELECT count(*) FROM train_runs WHERE experiment_id = 'dose' AND status = 'done'").fetchone()
    finally:
        con.close()
    assert fractions == [(0.0,), (1.0,)] and done == (5,)


@pytest.mark.parametrize("slices, message", [
    ([{"name": "t", "kind": "remediated-twin", "value": "nope"}], "'nope' must name a configured slice"),
    ([{"name": "f", "kind": "flagged"}, {"name": "d", "kind": "dose", "value": "f", "size": 4}], "needs `value`"),
    ([{"name": "f", "kind": "flagged"}, {"name": "d", "kind": "dose", "value": "f", "into": "f", "size": 4,
       "fractions": [2]}], "fractions"),
])
def test_control_config_errors(slices, message):
    with pytest.raises(UsageError, match=message):
        config_from_dict({"name": "c", "models": [{"name": "m", "random": TINY}], "slices": slices,
                          "control": slices[0]["name"]}, "e.yaml")
