"""The records, snippets and findings that flow from readers through engines into the store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

SEVERITIES = ("info", "low", "medium", "high", "critical")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
CONFIDENCES = ("low", "medium", "high")


@dataclass(frozen=True, slots=True)
class Message:
    role: str  # normalized: system, user, assistant, tool
    content: str
    side: str = ""  # preference data: "chosen" or "rejected" (KTO: label true or false); "" elsewhere


@dataclass(slots=True)
class Record:
    """One input record: its place in the corpus, its raw bytes, and its messages once parsed.

    `position` is the 1-based line for line formats (JSONL) and the 1-based row for every other
    container. A record that could not be parsed has status "error", an error naming file, line and
    problem, and no messages; it still flows through every stage so nothing is lost.
    """

    source: str
    position: int
    raw: bytes
    container: str  # jsonl, json, csv, parquet, hf
    shape: str = "unknown"  # openai, sharegpt, alpaca, prompt_completion, text, unknown
    messages: tuple[Message, ...] = ()
    status: str = "ok"  # ok | error
    error: str | None = None
    sha256: str = ""

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = hashlib.sha256(self.raw).hexdigest()

    @property
    def record_id(self) -> str:
        return f"{self.source}:{self.position}"


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of code found in one message of a record."""

    record_id: str
    index: int  # 0-based index of this snippet within its record
    message_index: int
    role: str
    language: str  # python, javascript, typescript, bash, go, java, ruby, php, c, unknown
    text: str
    line_offset: int  # 1-based line in the message where the snippet's first line sits
    fenced: bool
    tag: str = ""  # the fence's language tag as written, if any

    @property
    def snippet_id(self) -> str:
        return f"{self.record_id}#{self.index}"

    def message_line(self, snippet_line: int) -> int:
        """Map a 1-based line in the snippet to the 1-based line in its message."""
        return self.line_offset + snippet_line - 1


@dataclass(slots=True)
class Finding:
    record_id: str
    snippet_id: str | None  # None for findings on a whole message (numbers, triggers)
    engine: str  # for merged findings, the engines joined by "+", sorted
    rule_id: str
    cwe: str  # "CWE-78"; "" when not applicable
    severity: str
    confidence: str
    message: str
    line: int  # 1-based line in the message
    column: int = 1
    end_line: int = 0
    end_column: int = 0
    message_index: int = -1
    excerpt: str = ""
    detail: str = ""  # engine-specific detail, e.g. "request.args -> subprocess.run"
    record_sha256: str = ""
    engines: tuple[str, ...] = field(default_factory=tuple)
    suppressed: str | None = None  # None, or why: "inline", "nosec", "baseline"

    @property
    def fingerprint(self) -> str:
        normalized = " ".join(self.excerpt.split())
        key = f"{self.record_sha256}\0{self.rule_id}\0{normalized}"
        return hashlib.sha256(key.encode()).hexdigest()[:32]


@dataclass(slots=True)
class SnippetStatus:
    """What an engine could make of a snippet: parsed cleanly or not."""

    snippet_id: str
    engine: str
    status: str  # ok | parse_error | skipped | engine_error
    error: str = ""


@dataclass(slots=True)
class RecordResult:
    """Everything the per-record pipeline learned about one record."""

    record: Record
    snippets: list[Snippet] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    statuses: list[SnippetStatus] = field(default_factory=list)


def severity_at_least(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK.get(severity, 0) >= SEVERITY_RANK[threshold]
