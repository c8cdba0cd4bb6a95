"""Inline `curator: ignore` comments and baseline files."""

from __future__ import annotations

import json

import pytest

from curator.engines import EngineConfig
from curator.engines.bandit import BanditEngine
from curator.errors import UsageError
from curator.merging import merge_findings
from curator.model import Finding, Message, Record, RecordResult, Snippet
from curator.suppress import Baseline, apply_inline, write_baseline


def result_with(code: str, language: str = "python", offset: int = 3) -> RecordResult:
    content = "Here it is:\n```\n" + code + "```\n" if offset == 3 else code
    record = Record(source="s.jsonl", position=2, raw=content.encode(), container="jsonl",
                    messages=(Message("user", "write code"), Message("assistant", content)))
    snippet = Snippet(record.record_id, 0, 1, "assistant", language, code, offset, True)
    return RecordResult(record, [snippet])


def add(result: RecordResult, rule_id: str, snippet_line: int, *, suppressed=None, detail="") -> Finding:
    snippet = result.snippets[0]
    f = Finding(record_id=result.record.record_id, snippet_id=snippet.snippet_id, engine="tree-sitter",
                rule_id=rule_id, cwe="CWE-78", severity="high", confidence="high", message="m",
                line=snippet.message_line(snippet_line), message_index=1, record_sha256=result.record.sha256,
                engines=("tree-sitter",), suppressed=suppressed, detail=detail)
    result.findings.append(f)
    return f


def test_inline_ignore_on_the_line_or_a_comment_line_above():
    code = ("os.system(a)  # curator: ignore\n"
            "os.system(b)  # curator: ignore[py.cmd.os-system]\n"
            "os.system(c)  # curator: ignore[py.other.rule]\n"
            "# curator: ignore[py.cmd.os-system, py.sql.x]\n"
            "os.system(d)\n"
            "x = 1  # curator: ignore\n"
            "os.system(e)\n"
            "os.system(f)  # curator:ignore[py.cmd]\n")
    result = result_with(code)
    findings = [add(result, "py.cmd.os-system", n) for n in (1, 2, 3, 5, 7, 8)]
    apply_inline(result)
    assert [f.suppressed for f in findings] == ["inline", "inline", None, "inline", None, "inline"]


def test_slash_comments_for_other_languages():
    code = "exec(cmd); // curator: ignore[js.cmd.exec]\n/* curator: ignore */\nexec(other);\nexec(third);\n"
    result = result_with(code, language="javascript")
    findings = [add(result, "js.cmd.exec", n) for n in (1, 3, 4)]
    apply_inline(result)
    assert [f.suppressed for f in findings] == ["inline", "inline", None]


def test_inline_keeps_an_existing_reason_and_any_carried_id_covers_a_merged_finding():
    result = result_with("os.system(a)  # nosec  # curator: ignore[py.bandit.B605]\n")
    nosec = add(result, "py.bandit.B605", 1, suppressed="nosec")
    merged = add(result, "py.cmd.os-system", 1, detail="also: py.bandit.B605")
    apply_inline(result)
    assert nosec.suppressed == "nosec"
    assert merged.suppressed == "inline"  # one id the merged finding carries is enough
    by_test_id = result_with("os.system(a)  # curator: ignore[B605]\n")
    bandit_id = add(by_test_id, "py.cmd.os-system", 1, detail="also: py.bandit.B605")
    apply_inline(by_test_id)
    assert bandit_id.suppressed == "inline"
    other = result_with("os.system(a)  # curator: ignore[py.sql]\n")
    untouched = add(other, "py.cmd.os-system", 1, detail="also: py.bandit.B605")
    apply_inline(other)
    assert untouched.suppressed is None


def test_the_printed_id_and_a_bare_nosec_silence_the_whole_merged_finding_through_real_engines():
    """The issue's cases: the id the tool printed, `# nosec` alone, and bandit's test id each suppress the
    finding bandit and our rule merged into one; a comment on another line of the statement counts too."""
    from curator.engines.treesitter import TreeSitterEngine
    from curator.lint import finalize_findings

    def lint(code: str) -> list[Finding]:
        result = result_with(code)
        for engine in (TreeSitterEngine(EngineConfig()), BanditEngine(EngineConfig())):
            result.findings.extend(engine.scan([result]).findings)
        finalize_findings(result)
        return [f for f in result.findings if f.cwe == "CWE-732"]

    (plain,) = lint("import os\nos.chmod('/srv/up', 0o777)\n")
    assert plain.engines == ("bandit", "tree-sitter") and plain.suppressed is None
    printed = plain.rule_id
    for comment, reason in ((f"# curator: ignore[{printed}]", "inline"), ("# nosec", "nosec"),
                            ("# curator: ignore[B103]", "inline"), ("# nosec B103", "nosec"),
                            ("# curator: ignore", "inline")):
        (finding,) = lint(f"import os\nos.chmod('/srv/up', 0o777)  {comment}\n")
        assert finding.engines == ("bandit", "tree-sitter") and finding.suppressed == reason, comment
    (multi,) = lint("import os\nos.chmod(\n    '/srv/up',\n    0o777,  # nosec\n)\n")
    assert multi.suppressed == "nosec"


def test_bandit_nosec_and_inline_ignore_through_the_real_engine():
    code = ("import os, pickle\n"
            "os.system(cmd)  # nosec\n"
            "pickle.loads(data)  # curator: ignore[py.bandit.B301]\n"
            "eval(expr)\n")
    result = result_with(code)
    result.findings = merge_findings(BanditEngine(EngineConfig()).scan([result]).findings)
    apply_inline(result)
    state = {f.rule_id: (f.line, f.suppressed) for f in result.findings}
    assert state == {"py.bandit.B605": (4, "nosec"), "py.bandit.B301": (5, "inline"),
                     "py.bandit.B307": (6, None)}


def test_baseline_round_trip(tmp_path):
    first = result_with("os.system(a)\nos.system(b)\n")
    f1 = add(first, "py.cmd.os-system", 1)
    f2 = add(first, "py.bandit.B605", 2)
    path = tmp_path / "sub" / "baseline.json"
    rows = [(f1.record_sha256, f1.rule_id, f1.record_id, f1.line), f2,
            {"sha256": f1.record_sha256, "rule_id": f1.rule_id, "record_id": "s.jsonl:9", "line": 1}]
    assert write_baseline(path, rows) == 2
    document = json.loads(path.read_text())
    assert document["format"] == "sft-curator baseline" and "about" in document
    assert [e["rule_id"] for e in document["findings"]] == ["py.bandit.B605", "py.cmd.os-system"]
    # the same findings in another order write the same bytes
    again = tmp_path / "again.json"
    write_baseline(again, list(reversed(rows)))
    assert again.read_bytes() == path.read_bytes()

    baseline = Baseline.load(path)
    later = result_with("os.system(a)\nos.system(b)\n")  # the same record bytes -> the same sha256
    kept = add(later, "py.cmd.os-system", 1)
    new_rule = add(later, "py.cmd.new-rule", 1)
    already = add(later, "py.bandit.B605", 2, suppressed="inline")
    baseline.apply(later)
    assert (kept.suppressed, new_rule.suppressed, already.suppressed) == ("baseline", None, "inline")

    changed = result_with("os.system(a)\nos.system(c)\n")  # other bytes: not in the baseline
    fresh = add(changed, "py.cmd.os-system", 1)
    baseline.apply(changed)
    assert fresh.suppressed is None


def test_bad_baseline_files_say_what_is_wrong(tmp_path):
    with pytest.raises(UsageError, match="not found"):
        Baseline.load(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": \n')
    with pytest.raises(UsageError, match="broken.json: line 2"):
        Baseline.load(broken)
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"results": []}')
    with pytest.raises(UsageError, match="not an sft-curator baseline"):
        Baseline.load(foreign)
    entry = tmp_path / "entry.json"
    entry.write_text('{"format": "sft-curator baseline", "version": 1, "findings": [{"rule_id": "x"}]}')
    with pytest.raises(UsageError, match=r"findings\[0\]"):
        Baseline.load(entry)


def test_a_hand_written_sidecar_file_suppresses_by_record_sha256_and_any_member_rule(tmp_path):
    """A corpus whose text must not be edited: a sidecar file in the baseline format, written by hand
    (record sha256 + rule id, as the README shows), suppresses through `curator lint --baseline`."""
    import hashlib
    import subprocess
    import sys
    from pathlib import Path

    flawed = {"messages": [{"role": "user", "content": "open the folder"},
                           {"role": "assistant", "content": "```python\nimport os\nos.chmod('/srv', 0o777)\n```"}]}
    other = {"messages": [{"role": "user", "content": "and this one"},
                          {"role": "assistant", "content": "```python\nimport os\nos.chmod('/tmp/x', 0o777)\n```"}]}
    lines = [json.dumps(flawed), json.dumps(other)]
    corpus = tmp_path / "frozen.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sidecar = tmp_path / "accepted.json"

    def lint(*extra: str) -> tuple[int, dict]:
        proc = subprocess.run([sys.executable, "-m", "curator.cli", "lint", str(corpus), "--no-cache",
                               "--engines", "tree-sitter,bandit", "--format", "json", *extra],
                              capture_output=True, text=True, cwd=tmp_path, timeout=120)
        assert proc.returncode in (0, 1), proc.stderr
        return proc.returncode, json.loads(proc.stdout)

    code, before = lint()
    assert code == 1 and before["run"]["flagged_records"] == 2
    # the bandit member's id for the first record only, the sha256 of its line's bytes
    sha = hashlib.sha256(lines[0].encode()).hexdigest()
    sidecar.write_text(json.dumps({"format": "sft-curator baseline", "version": 1,
                                   "findings": [{"sha256": sha, "rule_id": "py.bandit.B103"}]}), encoding="utf-8")
    code, after = lint("--baseline", str(sidecar))
    assert after["run"]["flagged_records"] == 1 and code == 1
    state = {f["record_line"]: f["suppressed"] for f in after["findings"] if f["cwe"] == "CWE-732"}
    assert state == {1: "baseline", 2: None}
    assert Path(corpus).read_text(encoding="utf-8") == "\n".join(lines) + "\n"  # the corpus is untouched
