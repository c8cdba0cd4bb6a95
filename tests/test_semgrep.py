"""The semgrep engine with real semgrep runs over our own rules in rules/semgrep/.

Skipped, with the reason in the summary, where no semgrep binary is installed (CI installs it).
"""

from __future__ import annotations

import re
import sys
import textwrap

import pytest

from curator.engines import EngineConfig, load_engine
from curator.engines.semgrep import LANGUAGES, SemgrepEngine, find_semgrep, load_semgrep_rules, semgrep_rules_dir
from curator.errors import MissingExtraError, UsageError
from curator.model import Record, RecordResult, Snippet
from curator.ruleset import load_rules

needs_semgrep = pytest.mark.skipif(find_semgrep() is None, reason="semgrep is not installed "
                                   "(pip install 'sft-curator[semgrep]' or put `semgrep` on PATH)")
ANNOTATION = re.compile(r"^\s*(?://|#)\s*(ruleid|ok):\s*([\w.-]+)\s*$")
EXTENSION_LANGUAGE = {ext: lang for lang, (_, ext) in LANGUAGES.items()}


def result_for(*snippets: tuple[str, str], offset: int = 1, source: str = "s.jsonl") -> RecordResult:
    record = Record(source=source, position=1, raw=repr(snippets).encode(), container="jsonl")
    return RecordResult(record, [Snippet(record.record_id, i, 1, "assistant", lang, text, offset, True)
                                 for i, (lang, text) in enumerate(snippets)])


@pytest.fixture(scope="module")
def engine() -> SemgrepEngine:
    if find_semgrep() is None:
        pytest.skip("semgrep is not installed")
    return SemgrepEngine(EngineConfig())


def test_rules_are_documented_namespaced_and_in_the_rule_registry():
    rules = load_semgrep_rules()
    assert len(rules) >= 15
    languages = {lang for rule in rules for lang in rule.spec["languages"]}
    assert {"python", "javascript", "go", "java", "php", "ruby", "cpp"} <= languages
    registry = {rule.id: rule for rule in load_rules()}  # `curator rules list/show` and SARIF know them
    for rule in rules:
        assert rule.id.startswith("semgrep.") and registry[rule.id] == rule and rule.engine == "semgrep"
        assert rule.cwe.startswith("CWE-") and all([rule.what, rule.why, rule.bad, rule.good])
        fixtures = list((semgrep_rules_dir() / "fixtures").glob(rule.id + ".*"))
        assert len(fixtures) == 1, f"{rule.id}: needs one fixture"


def test_a_rule_without_documentation_is_refused(tmp_path):
    folder = tmp_path / "semgrep"
    folder.mkdir()
    (folder / "bad.yaml").write_text("rules:\n  - id: semgrep.py.x\n    languages: [python]\n"
                                     "    severity: ERROR\n    message: m\n    pattern: eval(...)\n")
    with pytest.raises(UsageError, match=r"bad.yaml: semgrep rule 'semgrep.py.x' lacks cwe"):
        load_semgrep_rules(str(tmp_path))


def test_without_semgrep_the_engine_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    with pytest.raises(MissingExtraError, match=r"pip install 'sft-curator\[semgrep\]'"):
        load_engine("semgrep", EngineConfig())


@needs_semgrep
def test_every_fixture_in_one_scan(engine):
    """All fixtures go through one semgrep run, as a batch of many snippets does."""
    fixtures = sorted((semgrep_rules_dir() / "fixtures").iterdir())
    results = []
    for index, path in enumerate(fixtures):
        text = path.read_text(encoding="utf-8")
        results.append(result_for((EXTENSION_LANGUAGE[path.suffix], text), source=f"f{index}"))
    out = engine.scan(results)
    assert {s.status for s in out.statuses} == {"ok"}, [s for s in out.statuses if s.status != "ok"]
    for path, result in zip(fixtures, results):
        rule_id = path.name[: -len(path.suffix)]
        flagged, clean = set(), set()
        for number, line in enumerate(result.snippets[0].text.splitlines(), start=1):
            match = ANNOTATION.match(line)
            if match and match.group(2) == rule_id:
                (flagged if match.group(1) == "ruleid" else clean).add(number + 1)
        assert flagged and clean, f"{path}: needs ruleid and ok annotations"
        hits = {f.line for f in out.findings if f.rule_id == rule_id and f.record_id == result.record.record_id}
        assert flagged <= hits, f"{path}: not flagged on lines {sorted(flagged - hits)}"
        assert not (clean & hits), f"{path}: wrongly flagged on lines {sorted(clean & hits)}"


@needs_semgrep
def test_findings_map_to_message_lines_and_php_without_an_opening_tag(engine):
    python = textwrap.dedent("""\
        import os
        from flask import request

        def run():
            os.system("ls " + request.args["d"])  # nosemgrep
            os.system("ls " + request.args["e"])
        """)
    php = "$h = $_GET['h'];\nsystem('ping ' . $h);\n"
    result = result_for(("python", python), ("php", php), ("bash", "echo hi\n"), offset=5)
    out = engine.scan([result])
    found = sorted((f.snippet_id, f.rule_id, f.line, f.suppressed) for f in out.findings)
    assert found == [
        ("s.jsonl:1#0", "semgrep.py.flask.cmd-injection", 5 + 4, "inline"),
        ("s.jsonl:1#0", "semgrep.py.flask.cmd-injection", 5 + 5, None),
        ("s.jsonl:1#1", "semgrep.php.cmd-injection", 5 + 1, None),
    ]
    first = next(f for f in out.findings if f.suppressed is None and f.snippet_id.endswith("#0"))
    assert (first.cwe, first.severity, first.confidence, first.engines) == ("CWE-78", "high", "high", ("semgrep",))
    assert first.excerpt == 'os.system("ls " + request.args["e"])'
    assert first.record_sha256 == result.record.sha256
    # only languages our semgrep rules cover are written out and get a status
    assert sorted(s.snippet_id for s in out.statuses) == ["s.jsonl:1#0", "s.jsonl:1#1"]


@needs_semgrep
def test_an_unparsable_snippet_does_not_stop_the_others(engine):
    # semgrep 1.x recovers from syntax errors and no longer reports them per file; when it does report
    # a file-level error, the engine turns it into that snippet's status (parse_error / engine_error)
    broken = "public class {{{ void ( ;\n"
    good = "import os\nfrom flask import request\nos.system(request.args['c'])\n"
    out = engine.scan([result_for(("java", broken), ("python", good))])
    status = {s.snippet_id: s.status for s in out.statuses}
    assert status["s.jsonl:1#0"] in ("ok", "parse_error") and status["s.jsonl:1#1"] == "ok"
    assert [f.snippet_id for f in out.findings] == ["s.jsonl:1#1"]


@needs_semgrep
def test_a_rule_error_is_an_engine_error_on_every_snippet(tmp_path):
    folder = tmp_path / "semgrep"
    folder.mkdir()
    (folder / "broken.yaml").write_text(textwrap.dedent("""\
        rules:
          - id: semgrep.py.broken
            languages: [python]
            severity: ERROR
            message: m
            metadata: {cwe: CWE-78, confidence: high, what: w, why: y, bad: b, good: g}
            pattern: os.system(
        """))
    engine = SemgrepEngine(EngineConfig(rules_dir=str(tmp_path)))
    out = engine.scan([result_for(("python", "import os\nos.system(x)\n"), ("python", "x = 1\n"))])
    assert [s.status for s in out.statuses] == ["engine_error", "engine_error"]
    assert all("semgrep" in s.error and s.error for s in out.statuses)
    assert out.findings == []


@needs_semgrep
def test_a_semgrep_run_that_does_not_finish_is_an_engine_error():
    engine = SemgrepEngine(EngineConfig(options={"semgrep_timeout": 0.05}))
    out = engine.scan([result_for(("python", "import os\nos.system(x)\n"))])
    assert [(s.status, s.error) for s in out.statuses] == [("engine_error", "semgrep did not finish within 0 s")]


@needs_semgrep
def test_select_limits_the_rules_semgrep_runs():
    engine = SemgrepEngine(EngineConfig(select=("semgrep.py.flask.sql-injection",)))
    assert list(engine.rules) == ["semgrep.py.flask.sql-injection"] and engine.languages == {"python"}
    code = "import os\nfrom flask import request\nos.system(request.args['c'])\n"
    out = engine.scan([result_for(("python", code), ("go", "package main\n"))])
    assert out.findings == [] and [s.snippet_id for s in out.statuses] == ["s.jsonl:1#0"]
