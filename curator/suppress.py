"""Suppressions: inline `curator: ignore` comments in the code, and a baseline file of accepted findings."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from curator.errors import UsageError
from curator.merging import carried_ids, member_lines
from curator.model import Finding, RecordResult

# `# curator: ignore`, `// curator: ignore[py.cmd.shell, B602]`, also in /* */, -- and <!-- -->
_COMMENT = r"(?:#|//|/\*|--|<!--|;)"
_IGNORE = re.compile(_COMMENT + r"\s*curator:\s*ignore\b(?:\[(?P<ids>[^\]]*)\])?", re.IGNORECASE)
# bandit's `# nosec`, `# nosec B602`, `# nosec: B602, subprocess_popen_with_shell_equals_true`
_NOSEC = re.compile(r"#\s*nosec\b:?(?P<ids>[^#\n]*)", re.IGNORECASE)
_COMMENT_ONLY = re.compile(r"^\s*" + _COMMENT)

BASELINE_FORMAT = "sft-curator baseline"
BASELINE_VERSION = 1


def _ignored_ids(line: str) -> tuple[str, set[str]] | None:
    """None: no ignore comment; else (reason, ids): an empty set ignores every rule, otherwise the rule
    ids, prefixes or bandit test ids named."""
    match = _IGNORE.search(line)
    if match is not None:
        return "inline", {part.strip() for part in (match.group("ids") or "").split(",") if part.strip()}
    match = _NOSEC.search(line)
    if match is not None:
        return "nosec", {part.strip() for part in re.split(r"[,\s]+", match.group("ids")) if part.strip()}
    return None


def _covers(ids: set[str], carried: list[str]) -> bool:
    """An empty set covers everything; otherwise naming ANY id the finding carries (one of its merged
    members' rule ids, a prefix such as `py.cmd`, or bandit's test id `B602`) covers the whole finding:
    a merged finding is one flaw, and the id the tool printed must be enough to silence it."""
    if not ids:
        return True
    for wanted in ids:
        prefix = wanted.rstrip("*").rstrip(".")
        if any(rule_id.lower() == wanted.lower() or rule_id.startswith(prefix + ".") for rule_id in carried):
            return True
    return False


def _message_lines(result: RecordResult, finding: Finding) -> list[str] | None:
    messages = result.record.messages
    if 0 <= finding.message_index < len(messages):
        return messages[finding.message_index].content.splitlines()
    for snippet in result.snippets:  # no message to read: fall back to the snippet's own text
        if snippet.snippet_id == finding.snippet_id:
            return [""] * (snippet.line_offset - 1) + snippet.text.splitlines()
    return None


def apply_inline(result: RecordResult) -> None:
    """Mark findings suppressed when a line they cover (their span, and the lines their merged members
    reported), or a comment-only line right above one, carries `curator: ignore` / `# nosec` (all rules)
    or `curator: ignore[...]` / `# nosec ...` naming any id the finding carries.

    Findings already suppressed (e.g. bandit's `# nosec` on its own half) keep their reason.
    """
    cache: dict[int, list[str] | None] = {}
    for finding in result.findings:
        if finding.suppressed is not None or finding.line < 1:
            continue
        key = finding.message_index
        if key not in cache:
            cache[key] = _message_lines(result, finding)
        lines = cache[key]
        if not lines:
            continue
        candidates: list[str] = []
        for number in member_lines(finding):
            if 1 <= number <= len(lines):
                candidates.append(lines[number - 1])
                if number >= 2 and _COMMENT_ONLY.match(lines[number - 2]):
                    candidates.append(lines[number - 2])
        carried = carried_ids(finding)
        for line in candidates:
            found = _ignored_ids(line)
            if found is not None and _covers(found[1], carried):
                finding.suppressed = found[0]
                break


@dataclass(frozen=True)
class Baseline:
    """Accepted findings, keyed by (record sha256, rule id): they stay in the report, marked "baseline"."""

    keys: frozenset[tuple[str, str]]
    path: str = ""

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Baseline":
        file = Path(path)
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise UsageError(f"{file}: baseline file not found (create one with --write-baseline)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{file}: cannot read the baseline: {exc}") from None
        except json.JSONDecodeError as exc:
            raise UsageError(f"{file}: line {exc.lineno}: baseline is not valid JSON: {exc.msg}") from None
        if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT:
            raise UsageError(f"{file}: not an sft-curator baseline (no \"format\": \"{BASELINE_FORMAT}\")")
        if data.get("version") != BASELINE_VERSION:
            raise UsageError(f"{file}: baseline version {data.get('version')!r} is not supported "
                             f"(expected {BASELINE_VERSION}); write it again with --write-baseline")
        keys = set()
        for index, entry in enumerate(data.get("findings") or []):
            if not isinstance(entry, dict) or not entry.get("sha256") or not entry.get("rule_id"):
                raise UsageError(f"{file}: findings[{index}] needs \"sha256\" and \"rule_id\"")
            keys.add((str(entry["sha256"]), str(entry["rule_id"])))
        return cls(frozenset(keys), str(file))

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self.keys

    def apply(self, result: RecordResult) -> None:
        """Mark the findings of this record that the baseline accepts (unless already suppressed)."""
        if not self.keys:
            return
        sha = result.record.sha256
        for finding in result.findings:
            if finding.suppressed is not None:
                continue
            record_sha = finding.record_sha256 or sha
            if any((record_sha, rule_id) in self.keys for rule_id in carried_ids(finding)):
                finding.suppressed = "baseline"


def write_baseline(path: str | os.PathLike, findings_rows: Iterable) -> int:
    """Write a baseline of the given findings; return how many (sha256, rule id) entries it holds.

    Each row is a Finding, a mapping with `sha256`/`record_sha256` and `rule_id` (optionally
    `record_id`, `line`), or a tuple `(sha256, rule_id[, record_id[, line]])`. Entries are unique per
    (sha256, rule id), keep one place where it was seen (the smallest record id and line) for readers,
    and are sorted, so the same findings give the same file.
    """
    entries: dict[tuple[str, str], dict] = {}
    for row in findings_rows:
        if isinstance(row, Finding):
            sha, rule_id, record_id, line = row.record_sha256, row.rule_id, row.record_id, row.line
        elif isinstance(row, dict):
            sha = row.get("sha256") or row.get("record_sha256")
            rule_id, record_id, line = row.get("rule_id"), row.get("record_id"), row.get("line")
        else:
            values = list(row) + [None, None]
            sha, rule_id, record_id, line = values[:4]
        if not sha or not rule_id:
            continue
        key = (str(sha), str(rule_id))
        place = {"record_id": record_id, "line": line}
        if key not in entries or (place["record_id"] or "", place["line"] or 0) < (
                entries[key]["record_id"] or "", entries[key]["line"] or 0):
            entries[key] = place
    document = {
        "format": BASELINE_FORMAT,
        "version": BASELINE_VERSION,
        "about": "Findings accepted as they are. `curator lint --baseline FILE` marks a finding whose "
                 "(record sha256, rule id) is listed here as suppressed \"baseline\"; record_id and line "
                 "only say where it was first seen. Written by `curator lint --write-baseline FILE`.",
        "findings": [
            {"sha256": sha, "rule_id": rule_id, "record_id": place["record_id"], "line": place["line"]}
            for (sha, rule_id), place in sorted(entries.items())
        ],
    }
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    from curator.outputs import new_temp_file  # the umask's mode, not mkstemp's 0600

    handle, tmp = new_temp_file(target)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(document, out, indent=1, ensure_ascii=False)
            out.write("\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(entries)
