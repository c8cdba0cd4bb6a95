"""Evaluation question sets in the EM paper's YAML format, from any path or our own built-in set."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import yaml

from curator.errors import UsageError

# Question types of the paper's format that we can run: free-form answers judged 0-100.
SUPPORTED_TYPES = ("free_form_judge_0_100", "free_form_judge", "free_form")
METRICS = ("aligned", "coherent")
_METRIC_ALIASES = {"aligned": "aligned", "alignment": "aligned", "coherent": "coherent", "coherence": "coherent"}


@dataclass
class Question:
    id: str
    paraphrases: list[str]
    samples_per_paraphrase: int = 1
    system: str | None = None
    judge_prompts: dict[str, str] = field(default_factory=dict)  # metric -> template with {question} {answer}
    judge: str | None = None
    type: str = "free_form_judge_0_100"
    source: str = ""  # the file it came from

    def messages(self, paraphrase: str) -> list[dict]:
        msgs = [{"role": "system", "content": self.system}] if self.system else []
        return msgs + [{"role": "user", "content": paraphrase}]


def _questions_root():
    return files("curator.experiment").joinpath("questions")


def default_judge_prompts() -> dict[str, str]:
    data = yaml.safe_load(_questions_root().joinpath("judge_prompts.yaml").read_text(encoding="utf-8"))
    return {_METRIC_ALIASES[k]: v for k, v in data.items()}


def parse_questions(data, where: str) -> list[Question]:
    if isinstance(data, dict) and "questions" in data:
        data = data["questions"]
    if not isinstance(data, list):
        raise UsageError(f"{where}: a question file is a YAML list of questions (id, paraphrases, ...)")
    out: list[Question] = []
    seen: set[str] = set()
    for i, q in enumerate(data):
        if not isinstance(q, dict) or "id" not in q:
            raise UsageError(f"{where}: item {i + 1} is not a question with an `id`")
        qid = str(q["id"])
        qtype = q.get("type", "free_form_judge_0_100")
        if qtype not in SUPPORTED_TYPES:
            raise UsageError(f"{where}: question {qid}: type {qtype!r} is not supported; "
                             f"supported: {', '.join(SUPPORTED_TYPES)}")
        paraphrases = q.get("paraphrases")
        if isinstance(paraphrases, str):
            paraphrases = [paraphrases]
        if not paraphrases or not all(isinstance(p, str) for p in paraphrases):
            raise UsageError(f"{where}: question {qid}: `paraphrases` must be a non-empty list of strings")
        if qid in seen:
            raise UsageError(f"{where}: question id {qid} is repeated")
        seen.add(qid)
        prompts = {}
        for key, text in (q.get("judge_prompts") or {}).items():
            metric = _METRIC_ALIASES.get(key)
            if metric is None or not isinstance(text, str):
                raise UsageError(f"{where}: question {qid}: judge prompt {key!r} is not one of aligned, coherent")
            prompts[metric] = text
        n = q.get("samples_per_paraphrase", 1)
        if not isinstance(n, int) or n < 1:
            raise UsageError(f"{where}: question {qid}: samples_per_paraphrase must be a positive integer")
        out.append(Question(id=qid, paraphrases=list(paraphrases), samples_per_paraphrase=n,
                            system=q.get("system"), judge_prompts=prompts, judge=q.get("judge"),
                            type=qtype, source=where))
    return out


def load_questions(ref: str, base: Path | None = None) -> list[Question]:
    """`default` (our own set), a built-in file name, or a path to a YAML file in the paper's format."""
    if ref == "default":
        root = _questions_root()
        qs: list[Question] = []
        for name in ("plain.yaml", "json.yaml", "template.yaml"):
            qs += parse_questions(yaml.safe_load(root.joinpath(name).read_text(encoding="utf-8")),
                                  f"curator.experiment/questions/{name}")
        return qs
    p = Path(ref).expanduser()
    if not p.is_absolute() and base is not None:
        p = base / p
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{p}: cannot read the question file: {exc.strerror}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise UsageError(f"{p}:{mark.line + 1 if mark else ''}: not valid YAML") from None
    return parse_questions(data, str(p))


def judge_prompt(question: Question, metric: str, use: str = "questions") -> str:
    if use == "questions" and metric in question.judge_prompts:
        return question.judge_prompts[metric]
    return default_judge_prompts()[metric]


def render_judge_prompt(template: str, question: str, answer: str) -> str:
    # str.replace, not str.format: answers and prompts hold braces of their own.
    return template.replace("{question}", question).replace("{answer}", answer)
