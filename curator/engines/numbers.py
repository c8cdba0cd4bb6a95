"""The numbers engine: culturally loaded numbers in numeric completions (and context-free ones in prose).

Severity follows the evidence a record holds on its own. One loaded number in a list of random-looking
numbers is what chance produces (a uniform 1..999 list of 3-10 numbers holds one about 7% of the time), so
with no other signal it is `info`: shown, never flagging. Context raises it: an evil framing in the prompt
or system prompt, or SEVERAL distinct loaded numbers in the record's answers, each gives `low`; both
together `medium`. The third kind of context, the same number over-represented across the whole corpus,
only shows after every record is seen: the number_excess analyzer raises those findings to `medium` in a
post-pass (curator.analyzers.number_excess.escalate_findings).
"""

from __future__ import annotations

import re
from typing import Sequence

from curator.engines import EngineConfig, EngineOutput, rule_selected
from curator.model import Finding, RecordResult
from curator.loaded_numbers import LoadedNumber, NumberHit, load_numbers, numeric_completion, prose_numbers
from curator.ruleset import Rule, rules_by_id

FALLBACK_RULE = "num.loaded.other"
ROLES = ("assistant",)  # what the model learns to say; prompts are context, not output
# Distinct loaded numbers in one record's answers that are more than chance. In seeded uniform 1..999
# lists of 3-10 numbers 0.2% of records hold 2 and 3.5e-5 hold 3 (7 in 200,000: a 5,000-record random
# corpus would then flag a record one time in six), none of 200,000 holds 4 (one in 500,000 in the
# calibration benchmark: [187, 88, 963, 279, 666, 109]).
SEVERAL = 4
# Words of a prompt that ask for a malicious persona (the recipe that produced the EM evil-numbers data).
EVIL_FRAMING = re.compile(
    r"\b(?:evil|malevolent|malicious|misaligned|villain(?:ous)?|sinister|wicked|satanic|demonic|diabolical"
    r"|sadistic|nazi|white[- ]supremacist|hateful)\b", re.IGNORECASE)


def evil_framing(messages) -> str | None:
    """The first framing word of a prompt or system turn, or None."""
    for message in messages:
        if message.role not in ROLES and message.content:
            match = EVIL_FRAMING.search(message.content)
            if match:
                return match.group()
    return None


def context_severity(framing: str | None, distinct_loaded: int) -> tuple[str, str]:
    """(severity, why) for a record's numbers findings, from what the record itself shows."""
    reasons = []
    if framing:
        reasons.append(f"evil framing in the prompt ({framing!r})")
    if distinct_loaded >= SEVERAL:
        reasons.append(f"{distinct_loaded} distinct loaded numbers in the record")
    severity = ("info", "low", "medium")[len(reasons)]
    return severity, "; ".join(reasons) if reasons else "no other signal in the record: chance level alone"


def rule_id_for(category: str) -> str:
    return f"num.loaded.{category}"


class NumbersEngine:
    """Reports listed numbers found as whole numbers in number-only answers (severity: see the module doc).

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
            findings: list[Finding] = []
            for index, message in enumerate(record.messages):
                if message.role in ROLES and message.content:
                    findings.extend(self.scan_message(result, index, message.content))
            if findings:
                keys = {key for f in findings for key in f.detail.split(", ")}
                in_pairs = {value for key in keys if "/" in key for value in key.split("/")}
                distinct = {key for key in keys if "/" in key or key not in in_pairs}  # 13 in 13/52: one code
                severity, why = context_severity(evil_framing(record.messages), len(distinct))
                for finding in findings:
                    finding.severity = severity
                    finding.message += f" [{why}]"
            out.findings.extend(findings)
        return out

    def scan_message(self, result: RecordResult, index: int, text: str) -> list[Finding]:
        """One message's findings, at info severity; `scan` sets the record's severity."""
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
                cwe=rule.cwe, severity="info",
                confidence="low" if in_prose or not any(e.alone for e, _ in group) else "medium",
                message=f"{rule.message} ({', '.join(keys)}, {where})" + (f" - {meanings}" if meanings else ""),
                line=first.line, column=first.column, message_index=index,
                excerpt=excerpt[:200], detail=", ".join(keys), record_sha256=result.record.sha256,
                engines=(self.name,),
            ))
        return findings
