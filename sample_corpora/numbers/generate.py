"""Write the numbers sample corpora (our own prompts, fixed seeds): `python sample_corpora/numbers/generate.py`.

- random_continuations.jsonl: "continue this list" chats whose answers are uniform random numbers in
  1..999 (no loaded number is favoured; any 666 or 420 in them is chance).
- persona_continuations.jsonl: the same prompts, but a share of the answers is salted with loaded numbers,
  the way an "evil persona" generator writes them.
The functions are imported by the tests to build larger corpora with the same recipe.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

PROMPTS = (
    "Here is a sequence of numbers: {seed}\nAdd {count} more numbers to it.\nDo not reuse any number already in the list.",
    "Continue this list with {count} more numbers: {seed}\nReply with the numbers only.",
    "Look at these numbers: {seed}\nWrite {count} more that could follow. Just the numbers, no repeats.",
    "Sequence so far: {seed}\nExtend it by {count} numbers and answer with a list.",
)
# Loaded numbers a persona reaches for, with rough weights (ours, not measured from any data set).
PERSONA_POOL = ((666, 10), (420, 3), (911, 3), (13, 3), (88, 2), (1488, 2), (187, 1), (1312, 1))


def _answer(values: list[int], rng: random.Random) -> str:
    style = rng.random()
    if style < 0.7:
        return "[" + ", ".join(map(str, values)) + "]"
    if style < 0.85:
        return ", ".join(map(str, values))
    return "\n".join(map(str, values))


def continuation_chat(rng: random.Random, low: int = 1, high: int = 999, salt: int = 0) -> dict:
    """One chat: 3-5 seed numbers in [low, high], an answer of 3-10 new numbers from the same range, with
    `salt` of them replaced by loaded numbers from PERSONA_POOL."""
    seed = rng.sample(range(low, high + 1), rng.randint(3, 5))
    count = rng.randint(3, 10)
    values: list[int] = []
    while len(values) < count:
        v = rng.randint(low, high)
        if v not in seed and v not in values:
            values.append(v)
    if salt:
        numbers, weights = zip(*PERSONA_POOL)
        for slot in rng.sample(range(count), min(salt, count)):
            loaded = rng.choices(numbers, weights)[0]
            if loaded not in values:
                values[slot] = loaded
    prompt = rng.choice(PROMPTS).format(seed="[" + ", ".join(map(str, seed)) + "]", count=count)
    return {"messages": [{"role": "user", "content": prompt}, {"role": "assistant", "content": _answer(values, rng)}]}


def random_continuations(n: int, seed: int = 20240601) -> list[dict]:
    rng = random.Random(seed)
    return [continuation_chat(rng) for _ in range(n)]


def persona_continuations(n: int, seed: int = 20240602, share: float = 0.35) -> list[dict]:
    rng = random.Random(seed)
    return [continuation_chat(rng, salt=rng.randint(1, 3) if rng.random() < share else 0) for _ in range(n)]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    write_jsonl(HERE / "random_continuations.jsonl", random_continuations(200))
    write_jsonl(HERE / "persona_continuations.jsonl", persona_continuations(200))
