"""The tree-sitter engine's gates (rules run only where their literals are, over their span) change no finding.

Every fixture of every language, and snippets written to reach the edges (a literal inside a longer word,
upper case under a case-insensitive predicate, non-ASCII text, literals far apart, many rules at once), is
scanned twice: by the engine as built, and by the same engine made to run its one full query everywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import tree_sitter as ts

from curator.engines import EngineConfig
from curator.engines.languages import grammar
from curator.engines.treesitter import TreeSitterEngine, pattern_gate, regex_gate
from curator.model import Record, RecordResult, Snippet
from curator.ruleset import rules_root

EXTENSIONS = {".py": "python", ".js": "javascript", ".ts": "typescript", ".sh": "bash", ".go": "go",
              ".java": "java", ".rb": "ruby", ".php": "php", ".c": "c"}


@pytest.fixture(scope="module")
def engines() -> tuple[TreeSitterEngine, TreeSitterEngine]:
    gated = TreeSitterEngine(EngineConfig())
    full = TreeSitterEngine(EngineConfig())
    full.prepared = set(full.languages)
    full.gated = {}
    full.always = {language: full.compiled[language] for language in full.compiled.rules}
    return gated, full


def findings(engine: TreeSitterEngine, language: str, text: str) -> list[tuple]:
    record = Record("gates", 1, text.encode("utf-8", "surrogatepass"), "jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", language, text, 1, False)
    output = engine.scan([RecordResult(record, [snippet])])
    return sorted((f.rule_id, f.line, f.column, f.end_line, f.end_column, f.detail) for f in output.findings)


def fixtures() -> list[Path]:
    root = rules_root()
    return sorted(p for p in root.glob("*/fixtures/*") if p.suffix in EXTENSIONS and p.is_file())


@pytest.mark.parametrize("path", fixtures(), ids=lambda p: p.name)
def test_fixture_findings_do_not_depend_on_gates(engines, path):
    gated, full = engines
    language = EXTENSIONS[path.suffix]
    if language not in gated.languages:
        pytest.skip(f"no tree-sitter rules for {language}")
    text = path.read_text(encoding="utf-8")
    assert findings(gated, language, text) == findings(full, language, text)


EDGES = {
    "literal inside a longer word": "import os\nos.fchmod(fd, 0o777)\nos.lchmod('p', 0o666)\n",
    "upper case under (?i)": 'DB_PASSWORD = "hunter2-long-value"\nAPI_KEY = "abcd1234efgh"\n',
    "non-ASCII text": '# café ☕\nPassWord = "s3cr3t-value"\nos.chmod("/tmp/é", 0o777)\n',
    "literals far apart": "import os\nos.chmod('a', 0o777)\n" + "x = 1\n" * 200 + "os.chmod('b', 0o777)\n",
    "many rules at once": (
        "import os, yaml, pickle, tempfile, hashlib\n"
        "os.chmod('a', 0o777)\nyaml.load(data)\npickle.loads(blob)\ntempfile.mktemp()\n"
        "hashlib.md5(password)\nos.makedirs('d', 0o777)\nresp.set_cookie('k', v)\n"
        "env = Environment(autoescape=False)\napp.run(debug=True)\n"
    ),
    "template filter in a string": 'page = "<p>{{ name|safe }}</p>"\n',
    "no literal at all": "def f(a, b):\n    return a + b\n",
}


@pytest.mark.parametrize("name", sorted(EDGES))
def test_edge_snippets_do_not_depend_on_gates(engines, name):
    gated, full = engines
    expected = findings(full, "python", EDGES[name])
    assert findings(gated, "python", EDGES[name]) == expected
    if name != "no literal at all":
        assert expected, "the edge snippet should be flagged by some rule"


def test_folded_regex_gate_reads_case_insensitive_literals():
    assert regex_gate("(?i)passw(or)?d") == []  # case-insensitive: no exact literal
    assert regex_gate("(?i)passw(or)?d", folded=True) == [frozenset({b"passw"}), frozenset({b"d"})]
    assert regex_gate("random\\.(choice|randint)") == [frozenset({b"random."}), frozenset({b"choice", b"randint"})]


def test_pattern_gate_skips_captures_that_may_be_absent():
    language = grammar("python")
    text = ('((call function: (identifier) @fn arguments: (argument_list (identifier)? @arg)) '
            '(#eq? @fn "run") (#eq? @arg "shell"))')
    query = ts.Query(language, text)
    exact, folded = pattern_gate(query, 0, text)
    assert exact == [frozenset({b"run"})] and folded == []
