"""Remediation of one code snippet: apply each rule's named fix, keeping it only if a re-lint proves it."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from curator.engines import EngineConfig
from curator.engines.languages import parser
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Finding, Record, RecordResult, Snippet
from curator.ruleset import Rule, rules_by_id
from curator.scrub.fixes import FIXES, FixContext, NotFixable, apply_edits

MAX_ROUNDS = 32


@dataclass(frozen=True)
class FixOutcome:
    rule_id: str
    transform: str
    line: int  # 1-based line in the snippet, before the fix
    status: str  # fixed | not_fixable | not_cleared
    detail: str


@functools.lru_cache(maxsize=4)
def _engine(rules_dir: str | None) -> TreeSitterEngine:
    return TreeSitterEngine(EngineConfig(rules_dir=rules_dir))


def fixable_rules(rules_dir: str | None = None) -> dict[str, Rule]:
    """Rules that declare a fix this module knows: `fix: {transform: NAME}` with NAME in FIXES."""
    out = {}
    for rule_id, rule in rules_by_id(rules_dir).items():
        name = (rule.fix or {}).get("transform")
        if name in FIXES:
            out[rule_id] = rule
    return out


def lint_code(code: str, language: str, rules_dir: str | None = None) -> tuple[list[Finding], bool]:
    """Tree-sitter findings in one piece of code (lines relative to it) and whether it parses cleanly."""
    record = Record(source="<remediate>", position=1, raw=b"", container="jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", language, code, 1, False)
    output = _engine(rules_dir).scan([RecordResult(record, [snippet])])
    parsed = all(status.status == "ok" for status in output.statuses)
    return output.findings, parsed


def _finding_node(tree, code: bytes, finding: Finding):
    start = (finding.line - 1, finding.column - 1)
    end = (finding.end_line - 1, finding.end_column - 1) if finding.end_line else start
    node = tree.root_node.descendant_for_point_range(start, end)
    return node if node is not None else tree.root_node


def remediate_code(code: str, language: str, rules_dir: str | None = None,
                   only: set[str] | None = None) -> tuple[str, list[FixOutcome]]:
    """Fix what can be fixed; return the new code and one outcome per finding that has a fix."""
    fixable = fixable_rules(rules_dir)
    if only is not None:
        fixable = {k: v for k, v in fixable.items() if k in only}
    outcomes: list[FixOutcome] = []
    tried: set[tuple[str, str]] = set()
    current = code
    for _ in range(MAX_ROUNDS):
        findings, parsed = lint_code(current, language, rules_dir)
        before = Counter(f.rule_id for f in findings)
        todo = [f for f in findings if f.rule_id in fixable and (f.rule_id, f.excerpt) not in tried]
        if not todo:
            break
        finding = todo[0]
        rule = fixable[finding.rule_id]
        transform = rule.fix["transform"]
        data = current.encode("utf-8", "surrogatepass")
        tree = parser(language).parse(data)
        context = FixContext(data, tree, _finding_node(tree, data, finding), dict(rule.fix))
        try:
            candidates = FIXES[transform](context)
        except NotFixable as exc:
            tried.add((finding.rule_id, finding.excerpt))
            outcomes.append(FixOutcome(finding.rule_id, transform, finding.line, "not_fixable", str(exc)))
            continue
        accepted = None
        reason = "no candidate"
        for edits in candidates:
            try:
                fixed = apply_edits(data, edits).decode("utf-8", "surrogatepass")
            except NotFixable as exc:
                reason = str(exc)
                continue
            after_findings, after_parsed = lint_code(fixed, language, rules_dir)
            after = Counter(f.rule_id for f in after_findings)
            if parsed and not after_parsed:
                reason = "the rewritten code does not parse"
            elif after[finding.rule_id] >= before[finding.rule_id]:
                reason = f"re-lint still reports {finding.rule_id}"
            elif any(after[r] > before[r] for r in after):
                new = sorted(r for r in after if after[r] > before[r])
                reason = f"the rewrite introduces {', '.join(new)}"
            else:
                accepted = fixed
                break
        if accepted is None:
            tried.add((finding.rule_id, finding.excerpt))
            outcomes.append(FixOutcome(finding.rule_id, transform, finding.line, "not_cleared", reason))
            continue
        outcomes.append(FixOutcome(finding.rule_id, transform, finding.line, "fixed", finding.excerpt))
        current = accepted
    return current, outcomes
