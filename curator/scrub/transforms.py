"""The scrub transforms: each takes one record draft and a recipe step, changes or drops the record, and
says what it did. Recipes (YAML in scrubbers/) only choose and configure these."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from curator.engines import EngineConfig, rule_selected
from curator.engines.languages import GRAMMARS, parser
from curator.extract import extract_snippets
from curator.model import Message, Record, RecordResult, Snippet, severity_at_least
from curator.scrub.comments import StripError, strip_comments
from curator.scrub.messages import Slot


@dataclass
class Action:
    transform: str
    rule_id: str | None
    detail: str
    applied: bool = True  # False: reported, not done (a fix that did not clear its finding)
    changed: bool = True  # the record's bytes changed (or it was dropped)


@dataclass
class Draft:
    """One record on its way through a recipe: its JSON object, its messages as they are now."""

    record: Record
    result: RecordResult  # the lint of the record as it was read
    obj: Any
    slots: list[Slot | None]
    contents: list[str]
    roles: list[str]
    dropped: str | None = None  # why, once a step dropped it

    def set_content(self, index: int, text: str) -> bool:
        slot = self.slots[index] if index < len(self.slots) else None
        if slot is None:
            return False
        slot.set(text)
        self.contents[index] = text
        return True

    def current_record(self) -> Record:
        sides = [m.side for m in self.record.messages] + [""] * len(self.contents)  # preference sides kept
        messages = tuple(Message(role, text, side) for role, text, side in zip(self.roles, self.contents, sides))
        record = self.record
        return Record(record.source, record.position, record.raw, record.container, record.shape, messages,
                      record.status, record.error, record.sha256)

    def snippets(self, roles: frozenset[str]) -> list[Snippet]:
        return extract_snippets(self.current_record(), roles)

    def active_findings(self):
        return [f for f in self.result.findings if f.suppressed is None]


@dataclass
class Env:
    rules_dir: str | None = None
    extras: dict = field(default_factory=dict)


Transform = Callable[[Draft, dict, Env], list[Action]]


def replace_snippet(content: str, snippet: Snippet, new_text: str) -> str | None:
    """The message with the snippet's lines replaced, or None when the snippet is not verbatim in it."""
    lines = content.split("\n")
    old = snippet.text.split("\n")
    start = snippet.line_offset - 1
    if lines[start : start + len(old)] != old:
        return None  # an indented fence: the snippet was dedented
    new = new_text.split("\n") if new_text else []
    return "\n".join(lines[:start] + new + lines[start + len(old) :])


def _roles(step: dict, default: tuple[str, ...] = ("assistant",)) -> frozenset[str]:
    return frozenset(step.get("roles") or default)


def _languages(step: dict) -> set[str]:
    return set(step.get("languages") or GRAMMARS)


def _matches_prefix(rule_id: str, prefixes: list[str]) -> bool:
    return rule_selected(rule_id, EngineConfig(select=tuple(prefixes)))


# -- drop-findings -----------------------------------------------------------------------------------------

def drop_findings(draft: Draft, step: dict, env: Env) -> list[Action]:
    severity = step.get("severity", "low")
    rules = list(step.get("rules") or [])
    ignore = list(step.get("ignore") or [])
    cwes = {str(c) if str(c).startswith("CWE-") else f"CWE-{c}" for c in step.get("cwes") or []}
    hits = []
    for f in draft.active_findings():
        if not severity_at_least(f.severity, severity):
            continue
        if rules and not _matches_prefix(f.rule_id, rules):
            continue
        if ignore and _matches_prefix(f.rule_id, ignore):
            continue
        if cwes and f.cwe not in cwes:
            continue
        hits.append(f)
    if not hits:
        return []
    ids = sorted({f.rule_id for f in hits})
    draft.dropped = f"{len(hits)} finding(s) at or above {severity}: {', '.join(ids)}"
    return [Action("drop-findings", ids[0], draft.dropped)]


# -- drop-unreadable ---------------------------------------------------------------------------------------

def drop_unreadable(draft: Draft, step: dict, env: Env) -> list[Action]:
    if draft.record.status == "ok":
        return []
    draft.dropped = draft.record.error or "unreadable record"
    return [Action("drop-unreadable", None, draft.dropped)]


# -- drop-words --------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=32)
def _word_pattern(words: tuple[str, ...], prefix: bool) -> re.Pattern:
    tail = r"\w*" if prefix else ""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives}){tail}(?![^\W_])", re.IGNORECASE)


def drop_words(draft: Draft, step: dict, env: Env) -> list[Action]:
    words = tuple(str(w) for w in step.get("words") or ())
    if not words:
        return []
    pattern = _word_pattern(words, bool(step.get("prefix", True)))
    roles = _roles(step, ("system", "user", "assistant", "tool"))
    for index, (role, text) in enumerate(zip(draft.roles, draft.contents)):
        if role not in roles:
            continue
        match = pattern.search(text)
        if match:
            draft.dropped = f"message {index + 1} ({role}) mentions {match.group(0)!r}"
            return [Action("drop-words", None, draft.dropped)]
    return []


# -- strip-comments ----------------------------------------------------------------------------------------

def strip_comments_step(draft: Draft, step: dict, env: Env) -> list[Action]:
    actions = []
    languages = _languages(step)
    for snippet in reversed(draft.snippets(_roles(step))):  # bottom-up keeps earlier line offsets valid
        if snippet.language not in languages or parser(snippet.language) is None:
            continue
        try:
            stripped, count = strip_comments(snippet.text, snippet.language)
        except StripError as exc:
            actions.append(Action("strip-comments", None, f"{snippet.snippet_id}: kept: {exc}", False, False))
            continue
        if not count or stripped == snippet.text:
            continue
        content = replace_snippet(draft.contents[snippet.message_index], snippet, stripped)
        if content is None or not draft.set_content(snippet.message_index, content):
            actions.append(Action("strip-comments", None,
                                  f"{snippet.snippet_id}: kept: the snippet cannot be rewritten in place", False, False))
            continue
        actions.append(Action("strip-comments", None, f"{snippet.snippet_id}: {count} comment(s) removed"))
    return actions


# -- rename-identifiers ------------------------------------------------------------------------------------

IDENTIFIER_TYPES = {"identifier", "property_identifier", "field_identifier", "type_identifier",
                    "shorthand_property_identifier", "constant", "variable_name", "name"}


def rename_identifiers(draft: Draft, step: dict, env: Env) -> list[Action]:
    mapping: dict[str, str] = {str(k): str(v) for k, v in (step.get("map") or {}).items()}
    if not mapping:
        return []
    actions = []
    languages = _languages(step)
    for snippet in reversed(draft.snippets(_roles(step))):
        if snippet.language not in languages or parser(snippet.language) is None:
            continue
        data = snippet.text.encode("utf-8", "surrogatepass")
        tree = parser(snippet.language).parse(data)
        edits = []
        stack = [tree.root_node]
        while stack:
            node = stack.pop()
            if node.type in IDENTIFIER_TYPES and node.child_count == 0:
                name = node.text.decode("utf-8", "surrogatepass")
                if name in mapping:
                    edits.append((node.start_byte, node.end_byte, mapping[name], name))
            stack.extend(node.children)
        if not edits:
            continue
        for start, end, text, _ in sorted(edits, reverse=True):
            data = data[:start] + text.encode() + data[end:]
        renamed = data.decode("utf-8", "surrogatepass")
        content = replace_snippet(draft.contents[snippet.message_index], snippet, renamed)
        if content is None or not draft.set_content(snippet.message_index, content):
            actions.append(Action("rename-identifiers", None,
                                  f"{snippet.snippet_id}: kept: the snippet cannot be rewritten in place", False, False))
            continue
        names = sorted({old for *_, old in edits})
        actions.append(Action("rename-identifiers", None,
                              f"{snippet.snippet_id}: {len(edits)} occurrence(s) of {', '.join(names)}"))
    return actions


# -- redact-numbers ----------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=4)
def _numbers_engine(rules_dir: str | None, numbers_files: tuple[str, ...]):
    from curator.engines.numbers import NumbersEngine

    return NumbersEngine(EngineConfig(rules_dir=rules_dir, numbers_files=numbers_files))


def loaded_hits(engine, text: str) -> list[tuple[int, int]]:
    """(line, column) of every listed number the numbers engine would report in `text`."""
    from curator.loaded_numbers import numeric_completion, prose_numbers

    numbers = numeric_completion(text)
    if numbers is None:
        return [(h.line, h.column) for h in prose_numbers(text) if h.value in engine.alone]
    hits = set()
    for i, hit in enumerate(numbers):
        if hit.value in engine.singles:
            hits.add((hit.line, hit.column))
        if i + 1 < len(numbers) and (hit.value, numbers[i + 1].value) in engine.pairs:
            hits.update({(hit.line, hit.column), (numbers[i + 1].line, numbers[i + 1].column)})
    return sorted(hits)


_NUMBER_AT = re.compile(r"[-+]?\d+")


def _neutral(value: int, engine) -> int:
    """The nearest number with as many digits that no list names (alone or in a pair)."""
    listed = set(engine.singles) | {v for pair in engine.pairs for v in pair}
    digits = len(str(value))
    for delta in range(1, 10 ** digits):
        for candidate in (value + delta, value - delta):
            if candidate >= 0 and len(str(candidate)) == digits and candidate not in listed:
                return candidate
    return 0


def redact_numbers(draft: Draft, step: dict, env: Env) -> list[Action]:
    findings = [f for f in draft.active_findings()
                if f.rule_id.startswith("num.") and (not step.get("rules") or _matches_prefix(f.rule_id, step["rules"]))]
    if not findings:
        return []
    mode = step.get("mode", "neutral")
    if mode == "drop":
        ids = sorted({f.rule_id for f in findings})
        draft.dropped = f"loaded numbers: {', '.join(f.detail or f.rule_id for f in findings)}"
        return [Action("redact-numbers", ids[0], draft.dropped)]
    engine = _numbers_engine(env.rules_dir, tuple(step.get("numbers_files") or ()))
    actions = []
    for index in sorted({f.message_index for f in findings}):
        rule_ids = sorted({f.rule_id for f in findings if f.message_index == index})
        text = draft.contents[index]
        replaced = []
        for _ in range(3):  # a replacement can complete a listed pair; go again
            hits = loaded_hits(engine, text)
            if not hits:
                break
            lines = text.split("\n")
            for line, column in sorted(hits, reverse=True):
                row = lines[line - 1]
                match = _NUMBER_AT.match(row, column - 1)
                if match is None:
                    continue
                token = match.group(0)
                sign = token[0] if token[0] in "+-" else ""
                if mode == "mask":
                    new = str(step.get("replacement", "[number]"))
                else:
                    new = sign + str(_neutral(int(token.lstrip("+-")), engine))
                replaced.append(token)
                lines[line - 1] = row[: match.start()] + new + row[match.end():]
            text = "\n".join(lines)
        if text == draft.contents[index]:
            continue
        if not draft.set_content(index, text):
            actions.append(Action("redact-numbers", rule_ids[0], f"message {index + 1}: kept: not rewritable",
                                  False, False))
            continue
        actions.append(Action("redact-numbers", rule_ids[0],
                              f"message {index + 1}: {mode} {', '.join(reversed(replaced))}"))
    return actions


# -- remediate ---------------------------------------------------------------------------------------------

def remediate(draft: Draft, step: dict, env: Env) -> list[Action]:
    from curator.scrub.remediate import fixable_rules, remediate_code

    fixable = fixable_rules(env.rules_dir)
    only = set(step["rules"]) if step.get("rules") else None
    languages = {rule.language for rule in fixable.values()}
    actions = []
    for snippet in reversed(draft.snippets(_roles(step))):
        if snippet.language not in languages:
            continue
        fixed, outcomes = remediate_code(snippet.text, snippet.language, env.rules_dir, only)
        if not outcomes:
            continue
        applied = fixed != snippet.text
        content = replace_snippet(draft.contents[snippet.message_index], snippet, fixed) if applied else None
        if applied and (content is None or not draft.set_content(snippet.message_index, content)):
            actions.append(Action("remediate", outcomes[0].rule_id,
                                  f"{snippet.snippet_id}: kept: the snippet cannot be rewritten in place", False, False))
            continue
        for outcome in outcomes:
            where = f"{snippet.snippet_id} line {outcome.line}"
            if outcome.status == "fixed":
                actions.append(Action(f"remediate:{outcome.transform}", outcome.rule_id, f"{where}: fixed"))
            else:
                actions.append(Action(f"remediate:{outcome.transform}", outcome.rule_id,
                                      f"{where}: not applied ({outcome.status}): {outcome.detail}", False, False))
    return actions


TRANSFORMS: dict[str, tuple[Transform, set[str], str]] = {
    # name -> (function, allowed keys, what it does)
    "drop-findings": (drop_findings, {"severity", "rules", "ignore", "cwes"},
                      "drop records with active findings at or above a severity (optionally by rule prefix or CWE)"),
    "drop-unreadable": (drop_unreadable, set(), "drop records that could not be parsed"),
    "drop-words": (drop_words, {"words", "roles", "prefix"},
                   "drop records whose messages mention a listed word (case-insensitive, whole words or prefixes)"),
    "strip-comments": (strip_comments_step, {"roles", "languages"},
                       "remove code comments with tree-sitter; the code must still parse"),
    "rename-identifiers": (rename_identifiers, {"map", "roles", "languages"},
                           "rename code identifiers from a mapping (old: new)"),
    "redact-numbers": (redact_numbers, {"mode", "replacement", "rules", "numbers_files"},
                       "replace loaded numbers (neutral: nearest unlisted number; mask: a fixed text) or drop the record"),
    "remediate": (remediate, {"rules", "roles"},
                  "rewrite flagged code to its safe form where the rule declares `fix: {transform: NAME}`, "
                  "kept only if a re-lint clears the finding"),
}
