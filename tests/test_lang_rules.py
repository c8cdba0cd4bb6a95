"""Fixtures of the tree-sitter rules for JavaScript (and TypeScript, which gets them), Bash, Go, Java, Ruby, PHP and C.

Every rule of these languages has `rules/<lang>/fixtures/<rule-id>.<ext>`: a comment line `ruleid: ID`
right before each line the rule must flag, `ok: ID` right before each line it must leave alone. The
fixtures run through the real engine with all rules of the language compiled into one query.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet
from curator.ruleset import load_rules, rules_root

EXTENSIONS = {"javascript": "js", "bash": "sh", "go": "go", "java": "java",
              "ruby": "rb", "php": "php", "c": "c"}
PREFIXES = {"javascript": "js", "bash": "sh", "go": "go", "java": "java",
            "ruby": "rb", "php": "php", "c": "c"}
ANNOTATION = re.compile(r"^\s*(?://|#)\s*(ruleid|ok):\s*([\w.-]+)\s*$")


def lang_rules():
    return [r for r in load_rules() if r.language in EXTENSIONS and r.engine == "tree-sitter"]


def fixture_path(rule) -> Path:
    return rules_root() / rule.language / "fixtures" / f"{rule.id}.{EXTENSIONS[rule.language]}"


def expectations(text: str, rule_id: str) -> tuple[set[int], set[int]]:
    """1-based lines that must be flagged and lines that must not, from the annotations."""
    flagged, clean = set(), set()
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        match = ANNOTATION.match(line)
        if match and match.group(2) == rule_id:
            (flagged if match.group(1) == "ruleid" else clean).add(number + 1)
    return flagged, clean


_ENGINE: list[TreeSitterEngine] = []


def engine() -> TreeSitterEngine:
    if not _ENGINE:
        _ENGINE.append(TreeSitterEngine(EngineConfig()))
    return _ENGINE[0]


def scan(language: str, text: str, scanner: TreeSitterEngine | None = None):
    record = Record(source="fixture", position=1, raw=text.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", language, text, 1, True)
    return (scanner or engine()).scan([RecordResult(record, [snippet])])


@pytest.mark.parametrize("rule", lang_rules(), ids=lambda r: r.id)
def test_rule_fixture(rule):
    assert rule.id.split(".")[0] == PREFIXES[rule.language], "rule id must start with the language prefix"
    path = fixture_path(rule)
    assert path.is_file(), f"missing fixture {path}"
    text = path.read_text(encoding="utf-8")
    flagged, clean = expectations(text, rule.id)
    assert len(flagged) >= 2 and len(clean) >= 2, "a fixture needs several ruleid: and ok: cases"
    # The rule alone: with every rule on, a line a query rule of the same class already flags keeps one finding.
    out = scan(rule.language, text, TreeSitterEngine(EngineConfig(select=(rule.id,))))
    assert all(s.status == "ok" for s in out.statuses), f"fixture does not parse: {out.statuses}"
    got = {f.line for f in out.findings if f.rule_id == rule.id}
    assert sorted(flagged - got) == [], f"{rule.id}: not flagged"
    assert sorted(got & clean) == [], f"{rule.id}: flagged an ok: line"
    assert sorted(got - flagged) == [], f"{rule.id}: flagged a line with no annotation"


@pytest.mark.parametrize("language", sorted(EXTENSIONS))
def test_every_language_has_the_core_families(language):
    """Command injection, SQL injection, eval, permissions, deserialization where the language has them."""
    cwes = {r.cwe for r in lang_rules() if r.language == language}
    wanted = {"CWE-78", "CWE-89", "CWE-732"}
    wanted |= {"javascript": {"CWE-95", "CWE-502"}, "bash": {"CWE-95"},
               "go": set(), "java": {"CWE-95", "CWE-502"}, "ruby": {"CWE-95", "CWE-502"},
               "php": {"CWE-95", "CWE-502"}, "c": {"CWE-134"}}[language]
    assert wanted <= cwes, f"{language}: missing {sorted(wanted - cwes)}"


# TypeScript snippets get the JavaScript rules (curator.engines.languages.EXTENDS): the engine parses
# TypeScript with the TSX grammar, whose node names match the JavaScript grammar for every construct the
# rules look at. Every JavaScript fixture, scanned as TypeScript, flags the same lines.


@pytest.mark.parametrize("rule", [r for r in lang_rules() if r.language == "javascript"], ids=lambda r: r.id)
def test_javascript_fixture_scanned_as_typescript(rule):
    text = fixture_path(rule).read_text(encoding="utf-8")
    flagged, clean = expectations(text, rule.id)
    out = scan("typescript", text, TreeSitterEngine(EngineConfig(select=(rule.id,))))
    got = {f.line for f in out.findings if f.rule_id == rule.id}
    assert sorted(flagged - got) == [] and sorted(got & clean) == [], f"{rule.id} on TypeScript"


def test_typescript_rules_see_through_type_annotations():
    code = (
        "const cmd: string = `ls ${dir as string}`;\n"
        "execSync(`rm -rf ${(req.query as Query).path}`);\n"
        "const q = `SELECT * FROM t WHERE id = ${id!}`;\n"
        "fs.chmodSync(p as string, 0o777);\n"
    )
    got = {(f.line, f.rule_id) for f in scan("typescript", code).findings}
    assert got == {(2, "js.exec.shell-command-injection"), (3, "js.sql.string-built-query"),
                   (4, "js.fs.world-writable-mode")}


def test_php_without_open_tag_is_scanned_as_php():
    """Chat answers often drop `<?php`; the grammar would read the code as HTML text without it."""
    out = scan("php", 'system("ping " . $_GET["ip"]);\n  eval($code);\n')
    got = {(f.line, f.column, f.rule_id) for f in out.findings}
    assert got == {(1, 1, "php.exec.command-injection"), (2, 3, "php.eval.code-injection")}
    assert [s.status for s in out.statuses] == ["ok"]


def test_excerpt_matches_the_flagged_line_after_form_feeds():
    """Old C sources separate pages with form feeds; the excerpt must still be the flagged line."""
    code = "int a;\n\f\nvoid f(void) {\n    chmod(path, 0666);\n}\n"
    [finding] = [f for f in scan("c", code).findings if f.rule_id == "c.fs.world-writable-mode"]
    assert (finding.line, finding.excerpt) == (4, "chmod(path, 0666);")
