"""Judges that score answers 0-100: an OpenAI-compatible chat endpoint, or a local transformers model."""

from __future__ import annotations

import json
import math
import os
import re
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from curator.errors import UsageError
from curator.experiment.config import JudgeConfig

_NUMBER = re.compile(r"^\s*(\d{1,3})(?:\.\d+)?\s*$")
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,3})(?!\d)")


@dataclass
class Score:
    value: float | None  # None: no valid score
    method: str  # logprobs | text | expected_value | generated_text | none
    raw: str
    reason: str | None = None  # why there is no valid score: refusal | code | judge_error | low_mass


def reason_for_text(text: str, had_numbers_dist: bool) -> str:
    """Why a judge's reply holds no score: the paper's judge prompts ask for REFUSAL or CODE instead of a
    number for those answers; anything else is the judge failing (too little mass on numbers when the
    reply came with a distribution, an unparseable reply otherwise)."""
    head = (text or "").strip().upper()
    if head.startswith("REF"):
        return "refusal"
    if head.startswith("CODE"):
        return "code"
    return "low_mass" if had_numbers_dist else "judge_error"


def parse_score(text: str) -> float | None:
    m = _NUMBER.match(text or "")
    if not m:
        return None
    v = float(m.group(1))
    return v if 0 <= v <= 100 else None


def parse_leading_score(text: str) -> float | None:
    """The whole number a generated reply starts with ("99.99" -> 99, "100\\n\\nThe" -> 100), for weak
    local judges that do not stop after the number."""
    m = _LEADING_NUMBER.match(text or "")
    if not m:
        return None
    v = float(m.group(1))
    return v if 0 <= v <= 100 else None


class ErrorStreak:
    """Stops a run when the judge fails with the same error for `limit` prompts in a row (a reasoning model
    that refuses `logprobs` or `temperature` answers HTTP 400 to every prompt): one line, that error."""

    def __init__(self, limit: int, where: str) -> None:
        import threading

        self.limit, self.where = limit, where
        self.last: str | None = None
        self.count = 0
        self.lock = threading.Lock()

    def note(self, score: "Score") -> None:
        with self.lock:
            if score.reason != "judge_error":
                self.last, self.count = None, 0
                return
            key = re.sub(r"\d+", "#", score.raw)[:200]  # the same error up to ids and numbers in its text
            self.count = self.count + 1 if key == self.last else 1
            self.last = key
            if self.count >= self.limit:
                raise UsageError(f"judge {self.where}: the same error for {self.count} prompts in a row, stopping:"
                                 f" {score.raw[:300]} (fix the judge config, e.g. a model that accepts logprobs and"
                                 " temperature, then run again: finished judgments are kept)")


def score_from_logprobs(top: list[dict], min_mass: float) -> float | None:
    """Probability-weighted mean over the candidate tokens that are whole numbers 0-100.

    None when those tokens hold less than `min_mass` of the probability (the judge meant something else,
    like REFUSAL or CODE)."""
    total = weighted = 0.0
    for entry in top:
        token = str(entry.get("token", "")).strip()
        if not token.isdigit():
            continue
        value = int(token)
        if 0 <= value <= 100:
            p = math.exp(float(entry.get("logprob", -math.inf)))
            total += p
            weighted += p * value
    if total < min_mass or total <= 0:
        return None
    return weighted / total


class PromptRejected(Exception):
    """The endpoint refused this one prompt (400, 413, 422): its judgment is invalid, the run goes on."""


# Refusals of one request (too long, content filter, bad input); 401/403/404 mean the config is wrong: abort.
PER_PROMPT_HTTP = (400, 413, 422)


class OpenAIJudge:
    """POSTs to `<base_url>/chat/completions`; asks for top-20 logprobs and falls back to the text."""

    def __init__(self, cfg: JudgeConfig) -> None:
        self.cfg = cfg
        self.name = f"openai:{cfg.model}"
        self.url = cfg.base_url.rstrip("/") + "/chat/completions"
        self.key = os.environ.get(cfg.api_key_env, "") if cfg.api_key_env else ""
        self.streak = ErrorStreak(cfg.max_repeated_errors, self.url)
        if not self.key and "api.openai.com" in cfg.base_url:
            raise UsageError(f"judge: set the API key in ${cfg.api_key_env} (judge.api_key_env) for {cfg.base_url}")

    def _post(self, body: dict) -> dict:
        data = json.dumps(body).encode()
        headers = {"Content-Type": "application/json"}
        if self.key:
            headers["Authorization"] = f"Bearer {self.key}"
        delay = 1.0
        for attempt in range(self.cfg.retries + 1):
            req = urllib.request.Request(self.url, data=data, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(req, timeout=self.cfg.timeout_s) as resp:
                    return json.loads(resp.read().decode("utf-8"))
            except urllib.error.HTTPError as exc:
                if exc.code in PER_PROMPT_HTTP:
                    detail = exc.read().decode("utf-8", "replace")[:300]
                    raise PromptRejected(f"HTTP {exc.code}: {detail}") from None
                if exc.code not in (408, 409, 429, 500, 502, 503, 504) or attempt == self.cfg.retries:
                    detail = exc.read().decode("utf-8", "replace")[:300]
                    raise UsageError(f"judge {self.url}: HTTP {exc.code}: {detail}") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                if attempt == self.cfg.retries:
                    raise UsageError(f"judge {self.url}: {getattr(exc, 'reason', exc)}") from None
            time.sleep(delay)
            delay = min(delay * 2, 30)
        raise AssertionError("unreachable")

    def score_one(self, prompt: str) -> Score:
        body = {"model": self.cfg.model, "messages": [{"role": "user", "content": prompt}], "max_tokens": 4,
                "temperature": 0, "logprobs": True, "top_logprobs": self.cfg.top_logprobs, "seed": 0}
        try:
            reply = self._post(body)
            choice = reply["choices"][0]
            text = (choice.get("message") or {}).get("content") or ""
        except PromptRejected as exc:
            return Score(None, "none", f"rejected by the judge endpoint: {exc}", "judge_error")
        except (KeyError, IndexError, TypeError, ValueError):
            return Score(None, "none", "malformed reply from the judge endpoint", "judge_error")
        content = ((choice.get("logprobs") or {}).get("content")) or []
        had_dist = bool(content and content[0].get("top_logprobs"))
        if had_dist:
            value = score_from_logprobs(content[0]["top_logprobs"], self.cfg.min_number_mass)
            if value is not None:
                return Score(value, "logprobs", text)
        value = parse_score(text)
        if value is not None:
            return Score(value, "text", text)
        return Score(None, "none", text, reason_for_text(text, had_dist))

    def _score_checked(self, prompt: str) -> Score:
        s = self.score_one(prompt)
        self.streak.note(s)
        return s

    def score(self, prompts: list[str]) -> list[Score]:
        with ThreadPoolExecutor(max_workers=max(1, self.cfg.concurrency)) as pool:
            return list(pool.map(self._score_checked, prompts))


class LocalJudge:
    """A local causal LM; the score is the expected value over the continuations "0".."100".

    P(n) is the probability of n's tokens after the prompt followed by a token that does not continue
    the number (so "8" does not also count the mass of "85"); the 101 values are renormalised."""

    def __init__(self, cfg: JudgeConfig, base: Path | None = None) -> None:
        from curator.experiment.models import load_model, load_tokenizer

        import torch

        self.cfg = cfg
        spec = cfg.local
        self.name = f"local:{spec.name}"
        self.tokenizer = load_tokenizer(spec, base)
        self.device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        dtype = torch.bfloat16 if self.device.type == "cuda" else torch.float32
        self.model = load_model(spec, self.tokenizer, dtype=dtype, base=base, seed=0).to(self.device).eval()
        self.candidates = [self.tokenizer.encode(str(n), add_special_tokens=False) for n in range(101)]
        vocab = self.tokenizer.get_vocab()
        digits = torch.zeros(self.model.get_input_embeddings().weight.shape[0], dtype=torch.bool)
        for token, idx in vocab.items():
            piece = self.tokenizer.convert_tokens_to_string([token]) if idx < len(digits) else ""
            if piece[:1].isdigit() and idx < len(digits):
                digits[idx] = True
        self.continues_number = digits.to(self.device)

    def _text(self, prompt: str) -> str:
        return self.tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                                  add_generation_prompt=True) + self.cfg.answer_prefix

    def generate_scores(self, prompts: list[str], why: str = "") -> list[Score]:
        """Greedy replies of a few tokens, batched with left padding; the leading number parsed. Weak: a
        small model's text is a poor judgment, so these carry method generated_text."""
        import torch

        tok = self.tokenizer
        old = tok.padding_side
        tok.padding_side = "left"
        out: list[Score] = []
        try:
            for start in range(0, len(prompts), max(1, self.cfg.batch_size)):
                enc = tok([self._text(p) for p in prompts[start:start + self.cfg.batch_size]], return_tensors="pt",
                          padding=True, add_special_tokens=False).to(self.device)
                with torch.no_grad():
                    ids = self.model.generate(**enc, do_sample=False, max_new_tokens=4, pad_token_id=tok.pad_token_id)
                for row in ids[:, enc["input_ids"].shape[1]:]:
                    text = tok.decode(row, skip_special_tokens=True)
                    value = parse_leading_score(text)
                    raw = f"generated {text!r}{why}"
                    out.append(Score(value, "generated_text", raw) if value is not None
                                else Score(None, "none", raw, reason_for_text(text, False)))
        finally:
            tok.padding_side = old
        return out

    def score_one(self, prompt: str) -> Score:
        import copy

        import torch

        if self.cfg.local_method == "generate":
            return self.generate_scores([prompt])[0]
        text = self._text(prompt)
        head = torch.tensor([self.tokenizer.encode(text, add_special_tokens=False)], device=self.device)
        logp = torch.empty(101, dtype=torch.float64)
        pad = self.tokenizer.pad_token_id
        with torch.no_grad():
            # The prompt runs once; its KV cache is repeated for a batch of continuations.
            out = self.model(input_ids=head, use_cache=True)
            first = torch.log_softmax(out.logits[0, -1].double(), dim=-1)
            for start in range(0, 101, self.cfg.batch_size):
                group = self.candidates[start:start + self.cfg.batch_size]
                width = max(len(c) for c in group)
                ids = torch.full((len(group), width), pad, dtype=torch.long)
                for i, c in enumerate(group):
                    ids[i, :len(c)] = torch.tensor(c)
                cache = copy.deepcopy(out.past_key_values)
                cache.batch_repeat_interleave(len(group))
                mask = torch.ones((len(group), head.shape[1] + width), dtype=torch.long, device=self.device)
                more = self.model(input_ids=ids.to(self.device), attention_mask=mask, past_key_values=cache)
                lp = torch.log_softmax(more.logits.double(), dim=-1)
                for i, c in enumerate(group):
                    total = first[c[0]].item() + sum(lp[i, k - 1, c[k]].item() for k in range(1, len(c)))
                    stop = 1.0 - lp[i, len(c) - 1].exp()[self.continues_number].sum().item()
                    logp[start + i] = total + math.log(max(stop, 1e-12))
        mass = float(torch.exp(logp).sum())  # before renormalising: how much the judge meant a number
        probs = torch.softmax(logp, dim=0)
        value = float((probs * torch.arange(101, dtype=torch.float64)).sum())
        best = int(torch.argmax(probs))
        raw = f"mode {best} (p={probs[best].item():.3f}), number mass {mass:.3f}"
        if mass < self.cfg.min_number_mass:
            if self.cfg.text_fallback:
                return self.generate_scores([prompt], f" after low number mass ({raw})")[0]
            return Score(None, "none", raw, "low_mass")  # the same rule as the OpenAI judge's logprobs
        return Score(value, "expected_value", raw)

    def score(self, prompts: list[str]) -> list[Score]:
        if self.cfg.local_method == "generate":
            return self.generate_scores(prompts)
        return [self.score_one(p) for p in prompts]


def make_judge(cfg: JudgeConfig, base: Path | None = None):
    if cfg.kind == "local":
        return LocalJudge(cfg, base)
    return OpenAIJudge(cfg)
