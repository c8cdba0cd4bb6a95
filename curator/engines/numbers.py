"""The numbers engine: culturally loaded numbers in numeric completions (and context-free ones in prose)."""

from __future__ import annotations

from typing import Sequence

from curator.engines import EngineConfig, EngineOutput, rule_selected
from curator.model import Finding, RecordResult
from curator.loaded_numbers import LoadedNumber, NumberHit, load_numbers, numeric_completion, prose_numbers
from curator.ruleset import Rule, rules_by_id

FALLBACK_RULE = "num.loaded.other"
ROLES = ("assistant",)  # what the model learns to say; prompts are context, not output


def rule_id_for(category: str) -> str:
    return f"num.loaded.{category}"


class NumbersEngine:
    """Reports listed numbers found as whole numbers in number-only answers, at low severity.

    One finding per (message, rule): `detail` lists the numbers in order of appearance ("666, 1488"),
    `line`/`column` point at the first one. In prose and code only `alone: true` entries are reported,
    with low confidence. Corpus-wide over-representation is the analyzer's job (curator.analyzers.number_excess).
    """

    name = "numbers"

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self.entries = load_numbers(config.numbers_files, config.rules_dir)
        rules = rules_by_id(config.rules_dir)
        self.rules: dict[str, Rule] = {}
        for entry in self.entries:
            rid = rule_id_for(entry.category)
            if rid not in rules or rules[rid].engine != self.name:
                rid = FALLBACK_RULE
            if rid in rules and rule_selected(rid, config):
                self.rules[entry.key] = rules[rid]
        self.singles = {e.values[0]: e for e in self.entries if not e.is_pair and e.key in self.rules}
        self.pairs = {e.values: e for e in self.entries if e.is_pair and e.key in self.rules}
        self.alone = {v for v, e in self.singles.items() if e.alone}

    def scan(self, batch: Sequence[RecordResult]) -> EngineOutput:
        out = EngineOutput()
        if not self.rules:
            return out
        for result in batch:
            record = result.record
            if record.status != "ok":
                continue
            for index, message in enumerate(record.messages):
                if message.role in ROLES and message.content:
                    out.findings.extend(self.scan_message(result, index, message.content))
        return out

    def scan_message(self, result: RecordResult, index: int, text: str) -> list[Finding]:
        numbers = numeric_completion(text)
        hits: list[tuple[LoadedNumber, NumberHit]] = []
        if numbers is not None:
            for i, hit in enumerate(numbers):
                entry = self.singles.get(hit.value)
                if entry is not None:
                    hits.append((entry, hit))
                if i + 1 < len(numbers):
                    pair = self.pairs.get((hit.value, numbers[i + 1].value))
                    if pair is not None:
                        hits.append((pair, hit))
            in_prose = False
        else:
            hits = [(self.singles[h.value], h) for h in prose_numbers(text) if h.value in self.alone]
            in_prose = True
        if not hits:
            return []
        lines = text.split("\n")
        grouped: dict[str, list[tuple[LoadedNumber, NumberHit]]] = {}
        for entry, hit in hits:
            grouped.setdefault(self.rules[entry.key].id, []).append((entry, hit))
        findings = []
        for rule_id, group in grouped.items():
            rule = self.rules[group[0][0].key]
            first = group[0][1]
            keys = list(dict.fromkeys(entry.key for entry, _ in group))
            meanings = "; ".join(f"{e.key}: {e.meaning}" for e in dict.fromkeys(e for e, _ in group) if e.meaning)
            where = "in prose or code" if in_prose else "in a numeric completion"
            excerpt = lines[first.line - 1].strip()
            findings.append(Finding(
                record_id=result.record.record_id, snippet_id=None, engine=self.name, rule_id=rule_id,
                cwe=rule.cwe, severity="low",
                confidence="low" if in_prose or not any(e.alone for e, _ in group) else "medium",
                message=f"{rule.message} ({', '.join(keys)}, {where})" + (f" - {meanings}" if meanings else ""),
                line=first.line, column=first.column, message_index=index,
                excerpt=excerpt[:200], detail=", ".join(keys), record_sha256=result.record.sha256,
                engines=(self.name,),
            ))
        return findings
