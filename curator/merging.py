"""Merge the findings that several engines report on one flaw (same snippet, related CWEs) into one.

Engines point at different places of the same flaw: bandit reports the first line of a multi-line call
and the line where an SQL string is built, our taint rules the sink the string reaches. Two findings of
one snippet and CWE are the same flaw when their spans overlap, when they sit in the same statement, or
(Python) when one statement assigns a name that the other, later statement reads with no assignment to
that name in between (the string built on one line and executed on the next). "One CWE" includes a CWE and
its parent class (bandit's CWE-259 hard-coded password and our CWE-798 hard-coded credential); the merged
finding carries the most specific of them (curator/cwe.py).
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from typing import Iterable

from curator.cwe import most_specific, related
from curator.model import CONFIDENCES, SEVERITY_RANK, Finding, Snippet

_CONFIDENCE_RANK = {name: rank for rank, name in enumerate(CONFIDENCES)}
# On a tie of confidence and severity, our own rules lead: their messages name source and sink.
_ENGINE_ORDER = {"tree-sitter": 0, "semgrep": 1, "bandit": 2}
_ALSO = re.compile(r"(?:^|; )also: (?P<members>.*)$")
_MEMBER = re.compile(r"^(?P<id>.+?)(?: \(line (?P<line>\d+)\))?$")
# Statements over which a name is followed from assignment to use; beyond that a link is a guess.
_MAX_FLOW_LINES = 200


def _lead_key(finding: Finding) -> tuple:
    return (-_CONFIDENCE_RANK.get(finding.confidence, 0), -SEVERITY_RANK.get(finding.severity, 0),
            min(_ENGINE_ORDER.get(e, 9) for e in finding.engines or (finding.engine,)), finding.rule_id)


def _order_key(finding: Finding) -> tuple:
    return (finding.record_id, finding.message_index, finding.snippet_id or "", finding.line, finding.column,
            finding.rule_id, finding.engine)


def _engines(finding: Finding) -> tuple[str, ...]:
    return finding.engines or (finding.engine,)


class _Statements:
    """Where each line of a Python snippet sits: its innermost statement, the names that statement
    assigns and the names it reads. Lines are message lines."""

    def __init__(self, snippet: Snippet) -> None:
        self.offset = snippet.line_offset
        self.nodes: list[ast.stmt] = []
        self.ok = False
        if snippet.language != "python":
            return
        try:
            tree = ast.parse(snippet.text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return
        self.nodes = [node for node in ast.walk(tree) if isinstance(node, ast.stmt)]
        self.ok = True

    def at(self, line: int) -> ast.stmt | None:
        """The innermost statement holding this message line."""
        local = line - self.offset + 1
        best = None
        for node in self.nodes:
            end = node.end_lineno or node.lineno
            if node.lineno <= local <= end and (best is None or (node.lineno, -end) >= (
                    best.lineno, -(best.end_lineno or best.lineno))):
                best = node
        return best

    @staticmethod
    def assigned(node: ast.stmt) -> set[str]:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        names = set()
        for target in targets:
            names.update(n.id for n in ast.walk(target) if isinstance(n, ast.Name))
        return names

    @staticmethod
    def read(node: ast.stmt) -> set[str]:
        return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}

    def flows(self, first: ast.stmt, later: ast.stmt) -> bool:
        """`first` assigns a name that `later` reads, and no statement between them assigns it again."""
        if later.lineno <= first.lineno or later.lineno - first.lineno > _MAX_FLOW_LINES:
            return False
        names = self.assigned(first) & self.read(later)
        if not names:
            return False
        for node in self.nodes:
            if first.lineno < node.lineno < later.lineno and node is not first and self.assigned(node) & names:
                names -= self.assigned(node)
        return bool(names)


def _same_flaw(a: Finding, b: Finding, statements: _Statements | None) -> bool:
    if not related(a.cwe, b.cwe):
        return False
    a_end, b_end = max(a.end_line, a.line), max(b.end_line, b.line)
    if a.line <= b_end and b.line <= a_end:
        return True
    if statements is None or not statements.ok:
        return False
    sa, sb = statements.at(a.line), statements.at(b.line)
    if sa is None or sb is None:
        return False
    if sa is sb:
        return True
    return statements.flows(sa, sb) or statements.flows(sb, sa)


def _components(members: list[Finding], statements: _Statements | None) -> list[list[Finding]]:
    parent = list(range(len(members)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if root(i) != root(j) and _same_flaw(members[i], members[j], statements):
                parent[root(i)] = root(j)
    groups: dict[int, list[Finding]] = {}
    for i, finding in enumerate(members):
        groups.setdefault(root(i), []).append(finding)
    return list(groups.values())


def _merge(members: list[Finding]) -> Finding:
    members = sorted(members, key=_lead_key)
    lead = members[0]
    engines = sorted({e for f in members for e in _engines(f)})
    others: dict[str, int | None] = {}
    for member in members:
        for rule_id, line in member_places(member):
            if rule_id == lead.rule_id:
                continue
            line = line if line is not None else member.line
            others.setdefault(rule_id, None if line == lead.line else line)
    listed = ", ".join(rule_id + (f" (line {line})" if line is not None else "")
                       for rule_id, line in sorted(others.items()))
    lead_detail = _ALSO.sub("", lead.detail)
    detail = "; ".join(part for part in (lead_detail, "also: " + listed if listed else "") if part)
    # A merged finding is suppressed when any member is (bandit's `# nosec` on any of its lines):
    # an ignore naming any id the finding carries silences the whole finding.
    suppressed = next((f.suppressed for f in members if f.suppressed is not None), None)
    return replace(
        lead,
        engine="+".join(engines),
        engines=tuple(engines),
        cwe=most_specific([f.cwe for f in members], prefer=lead.cwe),
        severity=max((f.severity for f in members), key=lambda s: SEVERITY_RANK.get(s, 0)),
        detail=detail,
        suppressed=suppressed,
    )


def merge_findings(findings: list[Finding], snippets: Iterable[Snippet] = ()) -> list[Finding]:
    """One finding per flaw (snippet, related CWEs, and overlapping span, one statement, or a name flowing
    from one statement to the other) that more than one engine reported.

    The merged finding keeps the span, message and rule id of its most confident (then most severe)
    member, takes the highest severity, lists every engine (sorted) and names the other members' rule
    ids in `detail` after "also: " (with their line when it differs). Findings of a single engine, and
    findings without a CWE or a snippet, are left as they are. The result is sorted, so equal input
    gives equal output in any order. `snippets` (the record's) let Python statements be compared; without
    them only overlapping spans merge.
    """
    by_id = {s.snippet_id: s for s in snippets}
    groups: dict[tuple, list[Finding]] = {}
    merged: list[Finding] = []
    for finding in findings:
        if finding.cwe and finding.snippet_id:
            groups.setdefault((finding.record_id, finding.snippet_id, finding.message_index), []).append(finding)
        else:
            merged.append(finding)
    statements: dict[str, _Statements] = {}
    for (_, snippet_id, _), members in groups.items():
        if len({e for f in members for e in _engines(f)}) < 2:
            merged.extend(members)
            continue
        snippet = by_id.get(snippet_id)
        if snippet is not None and snippet_id not in statements:
            statements[snippet_id] = _Statements(snippet)
        for component in _components(members, statements.get(snippet_id)):
            if len({e for f in component for e in _engines(f)}) < 2:
                merged.extend(component)
            else:
                merged.append(_merge(component))
    merged.sort(key=_order_key)
    return merged


def member_places(finding: Finding) -> list[tuple[str, int | None]]:
    """(rule id, message line or None for the finding's own line) of every rule a finding stands for."""
    places: list[tuple[str, int | None]] = [(finding.rule_id, None)]
    match = _ALSO.search(finding.detail)
    if match:
        for part in match.group("members").split(","):
            member = _MEMBER.match(part.strip())
            if member and member.group("id"):
                line = member.group("line")
                places.append((member.group("id"), int(line) if line else None))
    return places


def member_rule_ids(finding: Finding) -> list[str]:
    """The rule ids a finding stands for: its own, and for a merged finding those named in `detail`."""
    return [rule_id for rule_id, _ in member_places(finding)]


def member_lines(finding: Finding) -> list[int]:
    """The message lines a finding covers: its own span, and the lines its merged members reported."""
    lines = list(range(finding.line, max(finding.end_line, finding.line) + 1))
    lines += [line for _, line in member_places(finding) if line is not None and line not in lines]
    return lines


def carried_ids(finding: Finding) -> list[str]:
    """Every id an inline ignore may name to silence this finding: the rule ids of its members and, for
    bandit's, the bare test id (`B602` for `py.bandit.B602`)."""
    ids = member_rule_ids(finding)
    return ids + [rule_id.rsplit(".", 1)[1] for rule_id in ids if rule_id.startswith("py.bandit.B")]

