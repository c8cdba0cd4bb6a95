"""Merge the findings that several engines report on the same snippet line and CWE into one."""

from __future__ import annotations

import re
from dataclasses import replace

from curator.model import CONFIDENCES, SEVERITY_RANK, Finding

_CONFIDENCE_RANK = {name: rank for rank, name in enumerate(CONFIDENCES)}
# On a tie of confidence and severity, our own rules lead: their messages name source and sink.
_ENGINE_ORDER = {"tree-sitter": 0, "semgrep": 1, "bandit": 2}
_ALSO = re.compile(r"(?:^|; )also: (?P<members>.*)$")


def _lead_key(finding: Finding) -> tuple:
    return (-_CONFIDENCE_RANK.get(finding.confidence, 0), -SEVERITY_RANK.get(finding.severity, 0),
            min(_ENGINE_ORDER.get(e, 9) for e in finding.engines or (finding.engine,)), finding.rule_id)


def _order_key(finding: Finding) -> tuple:
    return (finding.record_id, finding.message_index, finding.snippet_id or "", finding.line, finding.column,
            finding.rule_id, finding.engine)


def merge_findings(findings: list[Finding]) -> list[Finding]:
    """One finding per (snippet, line, CWE, suppression) that more than one engine reported.

    The merged finding keeps the span, message and rule id of its most confident (then most severe)
    member, takes the highest severity, lists every engine (sorted) and names the other members'
    rule ids in `detail` after "also: ". Findings of a single engine, and findings without a CWE, are
    left as they are. The result is sorted, so equal input gives equal output in any order.
    """
    groups: dict[tuple, list[Finding]] = {}
    for finding in findings:
        if finding.cwe:
            key = (finding.record_id, finding.snippet_id, finding.message_index, finding.line, finding.cwe,
                   finding.suppressed)
        else:
            key = (id(finding),)
        groups.setdefault(key, []).append(finding)
    merged: list[Finding] = []
    for members in groups.values():
        engines = sorted({e for f in members for e in (f.engines or (f.engine,))})
        if len(engines) < 2:
            merged.extend(members)
            continue
        members = sorted(members, key=_lead_key)
        lead = members[0]
        others = sorted({rule_id for f in members for rule_id in member_rule_ids(f)} - {lead.rule_id})
        lead_detail = _ALSO.sub("", lead.detail)
        detail = "; ".join(part for part in (lead_detail, "also: " + ", ".join(others) if others else "") if part)
        merged.append(replace(
            lead,
            engine="+".join(engines),
            engines=tuple(engines),
            severity=max((f.severity for f in members), key=lambda s: SEVERITY_RANK.get(s, 0)),
            detail=detail,
        ))
    merged.sort(key=_order_key)
    return merged


def member_rule_ids(finding: Finding) -> list[str]:
    """The rule ids a finding stands for: its own, and for a merged finding those named in `detail`."""
    ids = [finding.rule_id]
    match = _ALSO.search(finding.detail)
    if match:
        ids.extend(part.strip() for part in match.group("members").split(",") if part.strip())
    return ids
