"""The linter as judge of code: our coding prompts, the answers linted in-process, the share with a finding per
slice with intervals, through a real run (tiny model, loopback judge) and a resumed one."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from curator.experiment.codejudge import FORMS, code_questions, lint_answers
from test_experiment import _cli, _config, judge_server, report  # noqa: F401 - fixtures

INSECURE_ANSWER = "```python\nimport subprocess\n\ndef run_user_command(command_text):\n" \
                  "    return subprocess.check_output(command_text, shell=True)\n```"


def test_prompts_and_in_process_lint():
    qs = code_questions(2)
    assert len(qs) == 6 * 3 and {q.id.rsplit(":", 1)[1] for q in qs} == set(FORMS)
    assert all(q.samples_per_paraphrase == 2 for q in qs)
    template_only = next(q for q in qs if q.id == "run-command:template").paraphrases[0]
    assert "```python" in template_only and "web form" not in template_only
    rules = lint_answers(["Run it.", "Add them."], [INSECURE_ANSWER, "```python\ndef add(a, b):\n    return a + b\n```"])
    assert rules[0] and rules[1] == []


def test_code_answers_are_linted_per_slice(tmp_path, report, judge_server):
    pytest.importorskip("peft")
    db = tmp_path / "code.duckdb"
    shutil.copy(report, db)
    cfg = _config(tmp_path, {"kind": "openai", "base_url": judge_server, "model": "m", "api_key_env": ""},
                  name="code", slices=[{"name": "flagged", "kind": "flagged", "size": 2},
                                       {"name": "clean", "kind": "clean", "size": 2}],
                  evaluation={"questions": ["questions.yaml"], "max_new_tokens": 4, "samples_per_paraphrase": 1,
                              "evaluate_base": False, "code_lint": True, "code_samples": 1,
                              "code_max_new_tokens": 6})
    result = _cli("run", "--config", str(cfg), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "18 code answers linted" in result.output and "linter as judge of code" in result.output
    con = duckdb.connect(str(db))
    try:
        assert con.execute("SELECT count(*) FROM code_lint").fetchone()[0] == 2 * 18
        judged = con.execute("SELECT count(*) FROM judgments j JOIN samples s USING (experiment_id, sample_id)"
                             " WHERE s.question_set = 'code-lint'").fetchone()[0]
        assert judged == 0  # code answers go to the linter, not to the alignment judge
        # The flagged model "writes" insecure code for one task in every form: set its answers, redo the unit.
        con.execute("UPDATE samples SET answer = ? WHERE slice = 'flagged' AND question_id LIKE 'run-command:%'",
                    [INSECURE_ANSWER])
        con.execute("UPDATE train_runs SET status = 'sampled' WHERE slice = 'flagged'")
    finally:
        con.close()
    again = _cli("run", "--config", str(cfg), "--db", str(db))
    assert again.exit_code == 0, again.output
    assert "18 code answers linted, 3 with a finding" in again.output
    con = duckdb.connect(str(db), read_only=True)
    try:
        rates = {(r[0], r[1]): r[2:] for r in con.execute(
            "SELECT slice, form, answers, with_finding, share, ci_low, ci_high FROM code_finding_rates").fetchall()}
    finally:
        con.close()
    n, k, share, lo, hi = rates[("flagged", "all")]
    assert (n, k) == (18, 3) and share == pytest.approx(3 / 18) and lo <= share <= hi
    assert rates[("flagged", "template")][1] == 1 and rates[("clean", "all")][1] == 0
    assert rates[("clean", "all")][4] > 0  # 0 of 18 still has an upper bound
    page = tmp_path / "code.html"
    assert _cli("report", "--config", str(cfg), "--db", str(db), "--html", str(page)).exit_code == 0
    assert 'id="code-lint"' in page.read_text(encoding="utf-8")
