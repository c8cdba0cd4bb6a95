"""Detection engines behind one small protocol, looked up by name."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Protocol, Sequence

from curator.errors import UsageError
from curator.model import Finding, RecordResult, Snippet, SnippetStatus

# name -> "module:Class"; imported only when the engine is asked for, so optional extras stay optional.
ENGINES: dict[str, str] = {
    "tree-sitter": "curator.engines.treesitter:TreeSitterEngine",
    "bandit": "curator.engines.bandit:BanditEngine",
    "semgrep": "curator.engines.semgrep:SemgrepEngine",
    "numbers": "curator.engines.numbers:NumbersEngine",
}
DEFAULT_ENGINES: tuple[str, ...] = ("tree-sitter", "bandit", "numbers")


@dataclass(frozen=True)
class EngineConfig:
    """What every engine is built from; picklable so worker processes can rebuild engines."""

    select: tuple[str, ...] = ()  # rule id prefixes to keep; empty keeps all
    ignore: tuple[str, ...] = ()  # rule id prefixes to drop
    numbers_files: tuple[str, ...] = ()  # extra number lists (--numbers)
    rules_dir: str | None = None  # override of the shipped rules/ folder
    options: dict = field(default_factory=dict)


@dataclass
class EngineOutput:
    findings: list[Finding] = field(default_factory=list)
    statuses: list[SnippetStatus] = field(default_factory=list)


class Engine(Protocol):
    name: str

    def __init__(self, config: EngineConfig) -> None: ...

    def scan(self, batch: Sequence[RecordResult]) -> EngineOutput:
        """Scan the snippets (and messages) of a batch of records; never raise for bad input."""
        ...


def rule_selected(rule_id: str, config: EngineConfig) -> bool:
    def matches(prefixes: tuple[str, ...]) -> bool:
        return any(rule_id == p or rule_id.startswith(p.rstrip(".*") + ".") or rule_id.startswith(p) for p in prefixes)

    if config.select and not matches(config.select):
        return False
    return not (config.ignore and matches(config.ignore))


def load_engine(name: str, config: EngineConfig) -> Engine:
    if name not in ENGINES:
        raise UsageError(f"unknown engine {name!r}; choose from {', '.join(sorted(ENGINES))}")
    module_name, _, class_name = ENGINES[name].partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, class_name)(config)


EXCERPT_LINES = 4


def snippet_finding(result: RecordResult, snippet: Snippet, rule, engine: str, *, first: int, last: int,
                    column: int, end_column: int, lines: list[str], severity: str | None = None,
                    confidence: str | None = None, message: str | None = None, detail: str = "",
                    suppressed: str | None = None) -> Finding:
    """A finding on snippet lines first..last (1-based), located in its message, with a short excerpt."""
    last = max(first, last)
    return Finding(
        record_id=result.record.record_id,
        snippet_id=snippet.snippet_id,
        engine=engine,
        rule_id=rule.id,
        cwe=rule.cwe,
        severity=severity or rule.severity,
        confidence=confidence or rule.confidence,
        message=message or rule.message,
        line=snippet.message_line(first),
        column=column,
        end_line=snippet.message_line(last),
        end_column=end_column,
        message_index=snippet.message_index,
        excerpt="\n".join(lines[first - 1 : min(last, first + EXCERPT_LINES - 1)]).strip(),
        detail=detail,
        record_sha256=result.record.sha256,
        engines=(engine,),
        suppressed=suppressed,
    )
