"""The paper's training defaults (rs-LoRA, 8-bit AdamW or a recorded fallback, weight decay, linear schedule,
warm-up, held-out split, seed-dependent adapter init) and `plan`'s warnings, on tiny random-init models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.experiment.config import ModelSpec, TrainingConfig, config_from_dict
from curator.errors import UsageError

TINY = {"architecture": "llama", "hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2,
        "num_attention_heads": 4, "num_key_value_heads": 2, "max_position_embeddings": 4096}
CHATS = [[{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": f"answer {i}"}] for i in range(8)]


def _train(tmp_path, seed=0, **over):
    pytest.importorskip("peft")
    from curator.experiment.models import byte_tokenizer
    from curator.experiment.training import accelerator_for, train

    cfg = TrainingConfig(**{"lr": 1e-3, "batch_size": 2, "micro_batch_size": 2, "r": 4, "alpha": 8, **over})
    return train(ModelSpec(name="t", random=TINY), byte_tokenizer(), CHATS, cfg, seed, tmp_path / f"s{seed}",
                 accelerator_for(cfg))


def test_defaults_are_the_papers():
    t = TrainingConfig()
    assert (t.method, t.r, t.alpha, t.lr, t.weight_decay, t.warmup_steps, t.lr_scheduler, t.optimizer,
            t.batch_size) == ("rslora", 32, 64, 1e-5, 0.01, 5, "linear", "auto", 16)


def test_rslora_scale_optimizer_fallback_and_heldout_recorded(tmp_path):
    model, stats = _train(tmp_path, heldout_fraction=0.25)
    saved = json.loads((Path(stats.adapter_path) / "adapter_config.json").read_text())
    assert saved["use_rslora"] is True and stats.lora_scale == pytest.approx(8 / 2)  # alpha / sqrt(r), not alpha / r
    assert stats.optimizer == "adamw" and "CPU" in stats.optimizer_note  # 8-bit AdamW needs CUDA; said so
    assert stats.examples == 6 and stats.heldout_examples == 2 and stats.steps == 3
    assert stats.heldout_loss is not None and stats.heldout_loss > 0
    with pytest.raises(Exception, match="bitsandbytes"):
        _train(tmp_path, optimizer="adamw_8bit")  # asked for explicitly: no silent fallback


def test_adapter_init_depends_on_the_seed(tmp_path):
    def lora_a(seed):
        model, _ = _train(tmp_path, seed=seed, lr=0.0, epochs=0.25)  # one step at lr 0: the init itself
        return [p.detach().clone() for n, p in model.named_parameters() if "lora_A" in n]

    a0, a0_again, a1 = lora_a(0), lora_a(0), lora_a(1)
    assert all((x == y).all() for x, y in zip(a0, a0_again))
    assert any((x != y).any() for x, y in zip(a0, a1))


def test_constant_schedule_and_config_checks():
    from curator.experiment.training import lr_factors

    f = lr_factors(2, 10, decay=False)
    assert [f(s) for s in range(4)] == [pytest.approx(1 / 3), pytest.approx(2 / 3), 1.0, 1.0] and f(9) == 1.0
    base = {"name": "x", "models": [{"name": "m", "random": TINY}], "slices": [{"name": "f", "kind": "flagged"}]}
    for training, message in [({"optimizer": "sgd"}, "training.optimizer"), ({"heldout_fraction": 1.0},
                              "heldout_fraction"), ({"lr_scheduler": "cosine"}, "lr_scheduler")]:
        with pytest.raises(UsageError, match=message):
            config_from_dict({**base, "training": training}, "e.yaml")


def test_plan_warns_and_estimates_power(tmp_path):
    from curator.experiment.slices import Slice, format_plan

    cfg = config_from_dict({"name": "x", "models": [{"name": "m", "random": TINY}], "seeds": [0],
                            "slices": [{"name": "flagged", "kind": "flagged"}, {"name": "clean", "kind": "clean"}],
                            "evaluation": {"samples_per_paraphrase": 5}}, "e.yaml")
    slices = [Slice(cfg.slices[0], "", 16, [("a", "a", "s", 1)] * 16),
              Slice(cfg.slices[1], "", 6000, [("b", "b", "s", 1)] * 6000)]
    text = format_plan(slices, cfg, "run")
    assert "flagged: 1 optimizer steps" in text and "clean: 375 optimizer steps" in text
    assert "fewer than ~300 optimizer steps: flagged (1)" in text
    assert "differ in size or optimizer steps" in text and "1 seed(s)" in text
    assert "power (rough): 160 answers per run" in text  # 32 default paraphrases x 5 samples
    cfg.seeds = [0, 1, 2]
    slices[0] = Slice(cfg.slices[0], "", 6000, [("a", "a", "s", 1)] * 6000)
    text = format_plan(slices, cfg, "run")
    assert "warning" not in text


def test_an_experiment_stored_before_the_new_keys_resumes():
    from curator.experiment.results import config_changes

    base = {"name": "x", "training": {"method": "rslora", "lr": 1e-5}, "evaluation": {"max_new_tokens": 600},
            "judge": {"kind": "openai"}}
    new = {"name": "x", "training": {"method": "rslora", "lr": 1e-5, "optimizer": "adamw", "heldout_fraction": 0.0,
                                     "lr_scheduler": "linear"},
           "evaluation": {"max_new_tokens": 600, "probes": [], "code_lint": False},
           "judge": {"kind": "openai", "local_method": "expected_value"}}
    assert config_changes(base, new) is None  # what an older run did, now spelled out
    assert "training.optimizer changed" in config_changes(base, {**new, "training": {**new["training"],
                                                                                    "optimizer": "auto"}})
    assert "evaluation.code_lint changed" in config_changes(base, {**new, "evaluation": {**new["evaluation"],
                                                                                        "code_lint": True}})
