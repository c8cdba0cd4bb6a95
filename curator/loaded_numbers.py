"""Loaded-number lists and the parsing of numeric completions, shared by the numbers engine and analyzer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import yaml

from curator.errors import UsageError, yaml_error
from curator.ruleset import rules_root


@dataclass(frozen=True, slots=True)
class LoadedNumber:
    """One entry of a number list: a single number (`values` of length 1) or a two-number code ("13/52")."""

    key: str  # "666" or "13/52", as shown in findings and tables
    values: tuple[int, ...]
    category: str
    meaning: str
    reference: str
    alone: bool
    source: str

    @property
    def is_pair(self) -> bool:
        return len(self.values) > 1


def _entry(item: object, path: Path, index: int) -> LoadedNumber:
    where = f"{path}: numbers[{index}]"
    if not isinstance(item, dict) or "number" not in item or "category" not in item:
        raise UsageError(f"{where}: each entry needs at least `number` and `category`")
    raw = str(item["number"]).strip()
    parts = [p.strip() for p in raw.split("/")]
    if not parts or len(parts) > 2 or not all(p.isdigit() for p in parts):
        raise UsageError(f"{where}: number {raw!r} must be an integer or a pair written 'A/B'")
    alone = item.get("alone", False)
    if not isinstance(alone, bool):
        raise UsageError(f"{where}: `alone` must be true or false")
    category = str(item["category"]).strip().lower().replace(" ", "-")
    if not re.fullmatch(r"[a-z0-9-]+", category):
        raise UsageError(f"{where}: category {category!r} may hold only letters, digits and '-'")
    values = tuple(int(p) for p in parts)
    return LoadedNumber(
        key="/".join(str(v) for v in values), values=values, category=category,
        meaning=str(item.get("meaning", "")).strip(), reference=str(item.get("reference", "")).strip(),
        alone=alone and len(values) == 1, source=str(path),
    )


def read_number_file(path: str | Path) -> list[LoadedNumber]:
    """A number list: a mapping with a `numbers:` list (the format of rules/numbers/*.yaml)."""
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{p}: cannot read the number list: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise yaml_error(p, exc) from None
    if isinstance(data, list):  # a bare list of entries is accepted too
        data = {"numbers": data}
    if not isinstance(data, dict) or not isinstance(data.get("numbers"), list):
        raise UsageError(f"{p}: expected a mapping with a 'numbers:' list (see rules/numbers/loaded.yaml)")
    return [_entry(item, p, i) for i, item in enumerate(data["numbers"])]


def load_numbers(extra_files: Sequence[str] = (), rules_dir: str | None = None) -> tuple[LoadedNumber, ...]:
    """The built-in lists under rules/numbers/ plus user lists; a later entry for the same key wins."""
    base = Path(rules_dir) if rules_dir else rules_root()
    paths = sorted((base / "numbers").glob("*.yaml")) + [Path(f) for f in extra_files]
    merged: dict[str, LoadedNumber] = {}
    for path in paths:
        for entry in read_number_file(path):
            merged[entry.key] = entry
    return tuple(merged.values())


# -- numeric completions ------------------------------------------------------------------------------

# A list marker at the start of a line ("1. ", "2) ", "- ", "* ") is not part of the answer.
_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)]|[-*\u2022])\s+(?=\S)")
_ITEM = re.compile(r"""^["']?[+-]?\d+["']?$""")
_SEPARATORS = re.compile(r"[,;\s]+")
_INT = re.compile(r"[+-]?\d+")
PROSE_ALLOWANCE = 100
_LEAD_IN = re.compile(r"^[^\d]{0,80}:\s*")  # "Here are the numbers: ..." on the same line


@dataclass(frozen=True, slots=True)
class NumberHit:
    value: int
    line: int  # 1-based line in the message
    column: int  # 1-based column of the first digit (or sign)


def _numeric_part(line: str) -> int | None:
    """The offset in `line` where a run of only numbers starts, or None if the line is not numeric."""
    start = 0
    lead = _LEAD_IN.match(line)
    if lead and line[lead.end():].strip():
        start = lead.end()
    marker = _MARKER.match(line, start)
    if marker:
        start = marker.end()
    body = line[start:].strip().strip("[](){}").strip().rstrip(",;.")
    if not body:
        return None
    body = body.replace("[", " ").replace("]", " ")  # nested lists [[1, 2], [3]]
    items = [i for i in _SEPARATORS.split(body) if i]
    if not items or not all(_ITEM.match(i) for i in items):
        return None
    return start


def numeric_lines(text: str) -> tuple[list[tuple[int, str, int]], int, int]:
    """Split a message into numeric lines: ([(line number, line, offset of the numbers)], numeric chars,
    all non-blank chars). Fenced code markers are ignored so a fenced list still counts."""
    found: list[tuple[int, str, int]] = []
    numeric_chars = total_chars = 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("```"):
            continue
        total_chars += len(stripped)
        offset = _numeric_part(line)
        if offset is not None:
            found.append((number, line, offset))
            numeric_chars += len(line[offset:].strip())
    return found, numeric_chars, total_chars


def numeric_completion(text: str) -> list[NumberHit] | None:
    """Every number of a number-only answer, in order, or None when the message is not one.

    A message counts as a numeric completion when its other text (a lead-in such as "Sure:" or "Here are
    five more:") is at most PROSE_ALLOWANCE characters or no longer than its numbers.
    """
    if not text or not any(ch.isdigit() for ch in text):
        return None
    lines, numeric_chars, total_chars = numeric_lines(text)
    if not lines or total_chars - numeric_chars > max(PROSE_ALLOWANCE, numeric_chars):
        return None
    hits: list[NumberHit] = []
    for number, line, offset in lines:
        for match in _INT.finditer(line, offset):
            hits.append(NumberHit(abs(int(match.group())), number, match.start() + 1))
    return hits


# Numbers in prose or code: whole numbers only, not part of identifiers, decimals, versions (1.88.2),
# dates (2014-08-08, 14/08), times (14:18), thousands (1,488), hex/octal literals (0o666), or paths.
_PROSE_INT = re.compile(r"(?<![\w.$#/:\\-])(?<!\d,)\d+(?![\w]|[.,:/\\-]\d)")
# A preceding word that makes the number technical: a file mode, a port, a line or page reference.
_TECHNICAL = re.compile(
    r"(?:chmod|umask|mode|perms?|permissions?|port|line|lines|row|page|pages|step|version|build|"
    r"issue|item|id|no\.?|#)\s*[=:]?\s*$", re.IGNORECASE)
# A code line-number gutter: "14: ..." or "14 | ..." at the start of a line.
_GUTTER = re.compile(r"^\s*\d+\s*[:|]\s")


def prose_numbers(text: str, skip_lines: set[int] = frozenset()) -> Iterator[NumberHit]:
    """Whole numbers of ordinary prose or code, skipping the technical uses listed above."""
    for number, line in enumerate(text.split("\n"), start=1):
        if number in skip_lines or not any(ch.isdigit() for ch in line):
            continue
        gutter = _GUTTER.match(line)
        for match in _PROSE_INT.finditer(line):
            if gutter and match.start() < gutter.end():
                continue
            if _TECHNICAL.search(line[:match.start()]):
                continue
            yield NumberHit(int(match.group()), number, match.start() + 1)
