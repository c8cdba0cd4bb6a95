"""The tree-sitter engine starts cheaply: it reads each rule's patterns from the query text (no compile), a
gated rule's query is compiled when its gate first passes, a data-flow model when its language first comes.

The text reader must tell exactly what tree-sitter tells (where each pattern is, which captures every match
holds): checked on every shipped rule and on queries written to reach the syntax's corners.
"""

from __future__ import annotations

import pytest
import tree_sitter as ts

from curator.engines import EngineConfig
from curator.engines.languages import grammar
from curator.engines.query_text import _blank_comments, read_patterns
from curator.engines.treesitter import (CompiledLanguage, TreeSitterEngine, _unescape, compiled_patterns,
                                        read_rule_patterns, rule_gate)
from curator.model import Record, RecordResult, Snippet
from curator.ruleset import load_rules


def told_by_tree_sitter(query: ts.Query, source: bytes) -> list[tuple[str, set[str]]]:
    out = []
    for index in range(query.pattern_count):
        required = set()
        for capture in range(query.capture_count):
            try:
                if query.capture_quantifier(index, capture) in ("", "+"):
                    required.add(query.capture_name(capture))
            except SystemError:  # the binding's answer for a capture the pattern does not hold
                pass
        text = source[query.start_byte_for_pattern(index):query.end_byte_for_pattern(index)].decode("utf-8")
        out.append((_blank_comments(text).strip(), required))  # the reader blanks comments
    return out


def told_by_reader(text: str) -> list[tuple[str, set[str]]]:
    patterns = read_patterns(text)
    assert patterns is not None, text
    return [(p.text.strip(), set(p.required)) for p in patterns]


def query_rules() -> list:
    return [r for r in load_rules() if r.engine == "tree-sitter" and r.spec.get("kind", "query") == "query"]


def test_reader_and_gates_agree_with_tree_sitter_on_every_rule():
    rules = query_rules()
    assert len(rules) > 100
    for rule in rules:
        text = rule.spec["query"]
        compiled = CompiledLanguage(rule.language, [rule])
        assert told_by_reader(text) == told_by_tree_sitter(compiled.query, text.encode("utf-8")), rule.id
        assert rule_gate(rule, read_rule_patterns(rule)) == rule_gate(rule, compiled_patterns(compiled)), rule.id


CORNERS = [
    '((call function: (identifier) @fn arguments: (argument_list (identifier)? @arg)) '
    '(#eq? @fn "run") (#eq? @arg "shell"))',
    "(call function: [(identifier) @a (attribute attribute: (identifier) @a) "
    "(attribute object: (identifier) @b)] @callee) @finding",
    "(call arguments: (argument_list (string)* @s (integer)+ @n . (_) @last .)) @c",
    '((identifier) @x (#match? @x "^(os|sys)\\\\.") )  ; a comment with (parens) and "quotes"\n(string) @s',
    "(call function: (attribute object: (_) @o attribute: (identifier) @m)? @f !arguments) @call",
    "( (expression_statement) @a . (expression_statement) @b )",
    "[(integer) @n (float) @n] @num",
    '(assignment left: _ @l "="? @eq right: (_) @r) @asg',
    "(call (argument_list [(keyword_argument name: (identifier) @k value: (true)) (identifier)]+ @args))",
    '((primary_expression/identifier) @e (#eq? @e "x"))',
    "(function_definition name: (identifier) @name body: (block (expression_statement (string))? @doc (_)* @r))",
    "(((identifier) @a)? ((identifier) @b)+)",
    '((identifier) @a (#eq? @a "y")) (#eq? @a "z")',  # a predicate after its pattern is a pattern of its own
]


@pytest.mark.parametrize("text", CORNERS)
def test_reader_agrees_with_tree_sitter_on_corners(text):
    query = ts.Query(grammar("python"), text)
    assert told_by_reader(text) == told_by_tree_sitter(query, text.encode("utf-8"))


def test_reader_gives_up_on_what_it_does_not_follow():
    assert read_patterns("(call") is None
    assert read_patterns("(MISSING identifier) @m") is None
    assert read_patterns('((string) @s (#eq? @s "unterminated))') is None


def test_query_strings_unescape_as_tree_sitter_reads_them():
    assert _unescape("(^|\\.)Random$") == "(^|.)Random$"
    assert _unescape("(^|\\\\.)Random$") == "(^|\\.)Random$"
    assert _unescape('\\"x\\"\\n') == '"x"\n'
    language = grammar("python")
    tree = ts.Parser(language).parse(b'a = "x.y"\nb = "xzy"\n')
    query = ts.Query(language, '((string) @s (#match? @s "^\\"x\\\\.y\\"$"))')
    assert [m[1]["s"][0].text for m in ts.QueryCursor(query).matches(tree.root_node)] == [b'"x.y"']


def scan(engine: TreeSitterEngine, language: str, text: str) -> list[str]:
    record = Record("startup", 1, text.encode("utf-8"), "jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", language, text, 1, False)
    return [f.rule_id for f in engine.scan([RecordResult(record, [snippet])]).findings]


def test_queries_and_models_are_built_when_first_needed():
    engine = TreeSitterEngine(EngineConfig())
    assert not engine.taint.analyzers
    assert scan(engine, "python", "def add(a, b):\n    return a + b\n") == []
    gates = engine.gated["python"]
    assert all(single.compiled is None for _, single in gates.rules), "no gate passed: nothing compiled"
    assert set(engine.taint.analyzers) == {"python"}
    found = scan(engine, "python", "import os\nos.chmod('/srv/data', 0o777)\n")
    assert "py.fs.world-writable-chmod" in found
    compiled = {single.rule.id for _, single in gates.rules if single.compiled is not None}
    assert "py.fs.world-writable-chmod" in compiled
    assert len(compiled) < len(gates.rules) / 2
    assert "javascript" not in engine.prepared and "javascript" not in engine.taint.analyzers
