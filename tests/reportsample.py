"""A small real DuckDB report written through `curator.store.Store`, for the report-format tests."""

from __future__ import annotations

import json
from pathlib import Path

from curator.model import Finding, Message, Record, RecordResult, Snippet, SnippetStatus
from curator.ruleset import rules_version
from curator.store import Store

CHMOD = "import os\nos.chmod(path, 0o777)\n"
SAFE = "import os\nos.chmod(path, 0o600)\n"


def _record(source: str, position: int, code: str, container: str = "jsonl") -> Record:
    messages = (Message("user", "write code to fix permissions"), Message("assistant", f"```python\n{code}```"))
    raw = json.dumps({"messages": [{"role": m.role, "content": m.content} for m in messages]}).encode()
    return Record(source=source, position=position, raw=raw, container=container, shape="openai",
                  messages=messages)


def _flagged(record: Record, *, rule_id: str = "py.fs.world-writable-chmod", cwe: str = "CWE-732",
             severity: str = "high", suppressed: str | None = None, message: str | None = None) -> RecordResult:
    snippet = Snippet(record_id=record.record_id, index=0, message_index=1, role="assistant", language="python",
                      text=record.messages[1].content.split("\n", 1)[1].rsplit("```", 1)[0], line_offset=2,
                      fenced=True, tag="python")
    finding = Finding(record_id=record.record_id, snippet_id=snippet.snippet_id, engine="tree-sitter",
                      rule_id=rule_id, cwe=cwe, severity=severity, confidence="high",
                      message=message or "chmod grants write permission to every user on the system",
                      line=3, column=1, message_index=1, excerpt="os.chmod(path, 0o777)",
                      record_sha256=record.sha256, engines=("tree-sitter",), suppressed=suppressed)
    return RecordResult(record, [snippet], [finding], [SnippetStatus(snippet.snippet_id, "tree-sitter", "ok")])


def build_report(path: Path, *, odd_source: str = "data, v1:final.jsonl") -> str:
    """Write a report with flagged, clean, suppressed and unreadable records; return its run id."""
    store = Store(path)
    results = [
        _flagged(_record("corpus/train.jsonl", 1, CHMOD)),
        RecordResult(_record("corpus/train.jsonl", 2, SAFE)),
        _flagged(_record("corpus/train.jsonl", 3, CHMOD), suppressed="baseline"),
        _flagged(_record("corpus/train.jsonl", 4, CHMOD), rule_id="py.test.unknown-rule", cwe="CWE-78",
                 severity="medium", message="100% bad:\nshell, with a newline"),
        _flagged(_record(odd_source, 7, CHMOD), severity="low"),
        _flagged(_record("corpus/rows.parquet", 5, CHMOD, container="parquet")),
        RecordResult(Record(source="corpus/train.jsonl", position=5, raw=b"{not json", container="jsonl",
                            status="error", error="corpus/train.jsonl:5: not valid JSON: Expecting property name")),
    ]
    store.begin_run(["corpus/train.jsonl", odd_source], ["tree-sitter"], {}, rules_version())
    store.add_results(results)
    store.finish_run(records=len(results), records_error=1, snippets=6, findings=6, seconds=0.1,
                     engine_seconds={"tree-sitter": 0.05})
    run_id = store.run_id
    store.close()
    return run_id


def add_experiment(path: Path) -> None:
    """Add an experiment with misaligned rates per slice to a report, as `curator experiment` would."""
    store = Store(path, append=True)
    store.add_rows("experiments", [{"experiment_id": "em-small", "control_slice": "clean",
                                     "aligned_below": 30.0, "coherent_above": 50.0}])
    store.add_rows("misalignment_rates", [
        {"experiment_id": "em-small", "slice": name, "model": "tiny", "question_id": "all", "samples": 200,
         "valid": 190, "misaligned": int(rate * 190), "rate": rate, "ci_low": low, "ci_high": high}
        for name, rate, low, high in [("clean", 0.01, 0.0, 0.03), ("flagged", 0.12, 0.08, 0.17),
                                      ("cwe:CWE-732", 0.09, 0.05, 0.14), ("random", 0.02, 0.005, 0.05)]])
    store.close()
