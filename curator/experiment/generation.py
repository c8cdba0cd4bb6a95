"""Sample answers to evaluation questions at temperature 1: vLLM when installed (and on GPU), else transformers."""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass

from curator.experiment.config import EvaluationConfig
from curator.experiment.questions import Question

log = logging.getLogger(__name__)


@dataclass
class Prompt:
    question_set: str
    question: Question
    paraphrase_index: int
    sample_index: int

    @property
    def paraphrase(self) -> str:
        return self.question.paraphrases[self.paraphrase_index]


@dataclass
class Answer:
    prompt: Prompt
    text: str
    tokens: int
    backend: str


def expand(question_sets: list[tuple[str, list[Question]]], cfg: EvaluationConfig) -> list[Prompt]:
    """Every (question, paraphrase, sample) to generate."""
    out = []
    for set_name, questions in question_sets:
        for q in questions:
            n = cfg.samples_per_paraphrase or q.samples_per_paraphrase
            for p in range(len(q.paraphrases)):
                out += [Prompt(set_name, q, p, k) for k in range(n)]
    return out


def vllm_usable(cfg: EvaluationConfig) -> bool:
    if cfg.backend == "transformers":
        return False
    have = importlib.util.find_spec("vllm") is not None
    if cfg.backend == "vllm" and not have:
        from curator.errors import MissingExtraError

        raise MissingExtraError("evaluation.backend: vllm", "experiment", "pip install vllm")
    if not have:
        return False
    import torch

    return torch.cuda.is_available()


def stop_token_ids(model, tokenizer) -> list[int]:
    """Every token that ends an answer: the model's generation config (a list for models with several, like
    an end-of-turn token next to the end-of-text one) plus the tokenizer's end-of-sequence token."""
    out: list[int] = []
    configured = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    for value in (configured if isinstance(configured, (list, tuple)) else [configured]) + [tokenizer.eos_token_id]:
        if isinstance(value, int) and value not in out:
            out.append(value)
    return out


def generate_transformers(model, tokenizer, prompts: list[Prompt], cfg: EvaluationConfig, seed: int) -> list[Answer]:
    """Batched sampling with left padding; prompts are sorted by length so batches waste little padding."""
    import torch

    torch.manual_seed(seed)
    device = next(model.parameters()).device
    old_side = tokenizer.padding_side
    tokenizer.padding_side = "left"
    texts = [tokenizer.apply_chat_template(p.question.messages(p.paraphrase), tokenize=False,
                                           add_generation_prompt=True) for p in prompts]
    order = sorted(range(len(prompts)), key=lambda i: len(texts[i]))
    answers: list[Answer | None] = [None] * len(prompts)
    was_training = model.training
    model.eval()
    use_cache = getattr(model.config, "use_cache", True)
    model.config.use_cache = True
    stops = stop_token_ids(model, tokenizer)
    try:
        for start in range(0, len(order), cfg.batch_size):
            idx = order[start:start + cfg.batch_size]
            enc = tokenizer([texts[i] for i in idx], return_tensors="pt", padding=True, add_special_tokens=False)
            enc = {k: v.to(device) for k, v in enc.items()}
            with torch.no_grad():
                out = model.generate(**enc, do_sample=True, temperature=cfg.temperature, top_p=cfg.top_p,
                                     top_k=0, max_new_tokens=cfg.max_new_tokens, pad_token_id=tokenizer.pad_token_id,
                                     eos_token_id=stops)
            new = out[:, enc["input_ids"].shape[1]:]
            for row, i in zip(new.tolist(), idx):
                n = next((k for k, t in enumerate(row) if t in stops),
                         len([t for t in row if t != tokenizer.pad_token_id]))
                text = tokenizer.decode(row[:n], skip_special_tokens=True)
                answers[i] = Answer(prompts[i], text, n, "transformers")
    finally:
        tokenizer.padding_side = old_side
        model.config.use_cache = use_cache
        if was_training:
            model.train()
    return answers  # type: ignore[return-value]


def generate_vllm(model_path: str, adapter_path: str | None, lora_rank: int, prompts: list[Prompt],
                  cfg: EvaluationConfig, seed: int) -> list[Answer]:
    """vLLM with the LoRA adapter applied per request; the base model must be a hub id or a folder."""
    from vllm import LLM, SamplingParams
    from vllm.lora.request import LoRARequest

    llm = LLM(model=model_path, enable_lora=adapter_path is not None, max_lora_rank=max(lora_rank, 8), seed=seed)
    params = SamplingParams(temperature=cfg.temperature, top_p=cfg.top_p, max_tokens=cfg.max_new_tokens, seed=seed)
    lora = LoRARequest("unit", 1, adapter_path) if adapter_path else None
    outputs = llm.chat([p.question.messages(p.paraphrase) for p in prompts], params, lora_request=lora,
                       use_tqdm=False)
    answers = [Answer(p, o.outputs[0].text, len(o.outputs[0].token_ids), "vllm") for p, o in zip(prompts, outputs)]
    del llm
    return answers
