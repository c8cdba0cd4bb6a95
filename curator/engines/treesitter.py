"""The tree-sitter engine: query rules (each gated by the literals its matches need, or run everywhere in one
shared query per language) and the data-flow models, all compiled when first needed."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Sequence

import tree_sitter as ts

from curator.engines import EngineConfig, EngineOutput, rule_selected, snippet_finding
from curator.engines.languages import EXTENDS, grammar, parser
from curator.engines.query_text import read_patterns
from curator.errors import UsageError
from curator.model import Finding, RecordResult, Snippet, SnippetStatus
from curator.ruleset import Rule, load_rules

ENGINE = "tree-sitter"

# Values of the stat module's permission constants, so `stat.S_IWOTH | stat.S_IRWXU` can be evaluated.
STAT_CONSTANTS = {
    "S_ISUID": 0o4000, "S_ISGID": 0o2000, "S_ISVTX": 0o1000,
    "S_IRWXU": 0o700, "S_IRUSR": 0o400, "S_IWUSR": 0o200, "S_IXUSR": 0o100,
    "S_IRWXG": 0o070, "S_IRGRP": 0o040, "S_IWGRP": 0o020, "S_IXGRP": 0o010,
    "S_IRWXO": 0o007, "S_IROTH": 0o004, "S_IWOTH": 0o002, "S_IXOTH": 0o001,
    "S_IREAD": 0o400, "S_IWRITE": 0o200, "S_IEXEC": 0o100,
}
_INT_TOKEN = re.compile(r"^(0[oO]?[0-7]+|0[xX][0-9a-fA-F]+|0[bB][01]+|[1-9][0-9]*|0)$")


def mode_value(text: str) -> int | None:
    """Evaluate a permission expression: an int literal, stat constants, `|` and `+` of them."""
    total = 0
    for part in re.split(r"\s*[|+]\s*", text.strip().strip("()")):
        part = part.strip().strip("()")
        name = part.rsplit(".", 1)[-1]
        if name in STAT_CONSTANTS:
            total |= STAT_CONSTANTS[name]
        elif _INT_TOKEN.match(part.replace("_", "")):
            token = part.replace("_", "")
            if len(token) > 1 and token[0] == "0" and token[1] in "01234567":
                token = "0o" + token[1:]  # C / shell / Python 2 octal
            total |= int(token, 0)
        else:
            return None
    return total


STRING_NODES = {"string", "string_literal", "interpreted_string_literal", "raw_string_literal",
                "string_content", "encapsed_string", "raw_string", "template_string"}

COMPOSITE_NODES = {"concatenated_string", "binary_expression", "binary_operator", "binary",
                   "parenthesized_expression"}
LITERAL_NODES = {"integer", "float", "number", "true", "false", "none", "null", "number_literal",
                 "int_literal", "float_literal", "decimal_integer_literal", "octal_integer_literal",
                 "hex_integer_literal", "char_literal", "boolean"}
INTERPOLATION_NODES = {"interpolation", "template_substitution", "string_interpolation", "variable_name",
                       "simple_variable", "expansion", "command_substitution"}


def _is_constant(node: ts.Node) -> bool:
    """A literal with no interpolation inside (f-strings, template strings and `#{}` are not constant).

    Operators over literals ("a" + "b", 0o700 | 0o007) are constant too. Iterative: a chain of a thousand
    concatenations must not exhaust the recursion limit.
    """
    stack = [(node, False)]
    while stack:
        current, in_string = stack.pop()
        kind = current.type
        if kind in INTERPOLATION_NODES:
            return False
        if in_string or kind in STRING_NODES or kind.endswith("string"):
            stack.extend((child, True) for child in current.named_children)
        elif kind in COMPOSITE_NODES:
            stack.extend((child, False) for child in current.named_children)
        elif kind not in LITERAL_NODES:
            return False
    return True


Condition = Callable[[ts.Node], bool]

# Node types that open a function scope in the supported grammars.
FUNCTION_SCOPES = frozenset({
    "function_definition", "function_declaration", "method_declaration", "method_definition",
    "arrow_function", "function_expression", "function", "method", "singleton_method", "func_literal",
    "constructor_declaration", "lambda", "function_item", "local_function_statement",
})


def _scope(node: ts.Node) -> ts.Node:
    """The innermost function around `node`, or the snippet's root."""
    current = node.parent
    while current is not None:
        if current.type in FUNCTION_SCOPES:
            return current
        if current.parent is None:
            return current
        current = current.parent
    return node

def _root(node: ts.Node) -> ts.Node:
    while node.parent is not None:
        node = node.parent
    return node


# A gate: clauses that must all hold for a rule to fire in a snippet; a clause holds when the parsed
# bytes contain one of its literals. Derived from the rule's required `regex` conditions: a node's text is
# a slice of the parsed bytes, so a literal that every match of the regex contains must be in them.
Gate = list[frozenset[bytes]]


def regex_gate(pattern: str, folded: bool = False) -> Gate:
    """Clauses of literals every match of `pattern` contains; [] when none can be told (never wrong).

    `folded`: the clauses hold for the ASCII-lowercased text, whatever the pattern's case flags (asked of
    ASCII text only: there, a case-insensitive match of a literal is that literal lowercased).
    """
    try:
        from re import _parser as sre_parse  # noqa: PLC0415  (the stdlib's own regex parser)

        parsed = sre_parse.parse(pattern)
    except Exception:  # an unknown Python, or a pattern re rejects: no gate, the condition decides
        return []
    if parsed.state.flags & re.IGNORECASE and not folded:
        return []
    clauses = _required(parsed, sre_parse, folded)
    out: Gate = []
    for clause in clauses:
        if folded:
            if not all(lit.isascii() for lit in clause):
                continue
            clause = frozenset(lit.lower() for lit in clause)
        try:
            encoded = frozenset(lit.encode("utf-8") for lit in clause)
        except UnicodeEncodeError:
            continue
        if encoded and all(encoded) and not any("\ufffd" in lit for lit in clause):
            out.append(encoded)
    return out


def _required(items, sre, folded: bool = False) -> list[frozenset[str]]:
    """Clauses (sets of literals, one of which is in every match) for a parsed sequence."""
    c = sre._constants if hasattr(sre, "_constants") else sre
    clauses: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            clauses.append(frozenset({"".join(run)}))
            run.clear()

    for op, arg in items:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        flush()
        if op is c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = arg
            if folded or not add_flags & re.IGNORECASE:
                clauses.extend(_required(sub, sre, folded))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            clauses.extend(_required(arg, sre, folded))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = arg
            if low >= 1:
                clauses.extend(_required(sub, sre, folded))
        elif op is c.BRANCH:
            union: set[str] = set()
            for alternative in arg[1]:
                options = _required(alternative, sre, folded)
                if not options:
                    union = set()
                    break
                union |= max(options, key=lambda clause: min(len(lit) for lit in clause))
            if union:
                clauses.append(frozenset(union))
        elif op is c.ASSERT:
            _direction, sub = arg
            clauses.extend(_required(sub, sre, folded))
        # anything else (classes, anchors, negative assertions, back references) requires nothing
    flush()
    return clauses


# A text predicate on a capture that is always there: (#eq? @c "x"), (#any-of? @c "x" "y"), (#match? @c "re").
_PREDICATE = re.compile(r'\(#(eq|any-of|match)\?\s+@([\w.-]+)((?:\s+"(?:[^"\\]|\\.)*")+)\s*\)')
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}


def _unescape(value: str) -> str:
    """A query string's value as tree-sitter reads it: \\n \\r \\t \\0, and any other escaped character as
    itself (so `"(^|\\\\.)Random$"` is the regex `(^|\\.)Random$`)."""
    if "\\" not in value:
        return value
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), value, flags=re.S)


def predicate_gate(text: str, required: Callable[[str], bool]) -> tuple[Gate, Gate]:
    """(exact, folded) gates from the text predicates of one pattern (its source `text`); `required(name)`
    tells whether every match holds that capture.

    `#eq?`/`#any-of?` compare a node's text (a slice of the parsed bytes) with their strings: one of them is
    in the bytes. `#match?` needs the literals of its regex. Only a capture that every match holds counts
    (one that may be absent passes its predicate without any text).
    """
    exact: Gate = []
    folded: Gate = []
    for kind, name, args in _PREDICATE.findall(text):
        if not required(name):
            continue
        values = [_unescape(v) for v in _QUOTED.findall(args)]
        if not values:
            continue
        if kind == "match":
            if len(values) == 1:
                exact.extend(regex_gate(values[0]))
                folded.extend(regex_gate(values[0], folded=True))
            continue
        literals = frozenset(v.encode("utf-8", "surrogatepass") for v in values)
        if all(literals):
            exact.append(literals)
    return exact, folded


def _required_in(query: ts.Query, index: int) -> Callable[[str], bool]:
    """Whether every match of pattern `index` of a compiled query holds a capture, as tree-sitter tells."""
    captures = {query.capture_name(i): i for i in range(query.capture_count)}

    def required(name: str) -> bool:
        capture = captures.get(name)
        if capture is None:
            return False
        try:
            return query.capture_quantifier(index, capture) in ("", "+")
        except SystemError:  # the binding's answer for a capture this pattern does not hold (Zero)
            return False

    return required


def pattern_gate(query: ts.Query, index: int, text: str) -> tuple[Gate, Gate]:
    """`predicate_gate` of pattern `index` (its source `text`) of a compiled query."""
    return predicate_gate(text, _required_in(query, index))


def _condition(key: str, value, rule: Rule) -> Condition:
    if key == "int_any_bits":
        bits = value if isinstance(value, int) else int(str(value), 0)
        return lambda node: (v := mode_value(node.text.decode("utf-8", "replace"))) is not None and bool(v & bits)
    if key == "int_all_bits":
        bits = value if isinstance(value, int) else int(str(value), 0)
        return lambda node: (v := mode_value(node.text.decode("utf-8", "replace"))) is not None and v & bits == bits
    if key == "int_no_bits":  # e.g. a umask that leaves the others-write bit unmasked
        bits = value if isinstance(value, int) else int(str(value), 0)
        return lambda node: (v := mode_value(node.text.decode("utf-8", "replace"))) is not None and not v & bits
    if key == "regex":
        pattern = re.compile(value)
        return lambda node: bool(pattern.search(node.text.decode("utf-8", "replace")))
    if key == "not_regex":
        pattern = re.compile(value)
        return lambda node: not pattern.search(node.text.decode("utf-8", "replace"))
    if key == "scope_not_regex":  # the enclosing function (or the whole snippet) must not match
        return _scope_search(re.compile(value), _scope, False)
    if key == "scope_regex":  # the enclosing function (or the whole snippet) must match
        return _scope_search(re.compile(value), _scope, True)
    if key == "snippet_regex":  # the whole snippet must match (a helper elsewhere may hold the evidence)
        pattern = re.compile(value)
        return lambda node: bool(pattern.search(_root(node).text.decode("utf-8", "replace")))
    if key == "snippet_not_regex":  # the whole snippet must not match (a guard in a helper counts)
        pattern = re.compile(value)
        return lambda node: not pattern.search(_root(node).text.decode("utf-8", "replace"))
    if key == "constant":
        return (lambda node: _is_constant(node)) if value else (lambda node: not _is_constant(node))
    if key == "values_constant":  # every value pasted into the text holds a constant (a per-language test)
        if rule.language == "javascript":
            from curator.engines.dataflow.lang_javascript_constants import values_constant
        elif rule.language == "php":
            from curator.engines.dataflow.lang_php_constants import values_constant
        else:
            raise UsageError(f"{rule.path}: rule {rule.id}: values_constant is known for javascript and php only")
        return (lambda node: values_constant(node)) if value else (lambda node: not values_constant(node))
    if key == "host_constant":  # a URL's scheme and host come from constants (JavaScript's test)
        if rule.language != "javascript":
            raise UsageError(f"{rule.path}: rule {rule.id}: host_constant is known for javascript only")
        from curator.engines.dataflow.lang_javascript_constants import host_constant
        return (lambda node: host_constant(node)) if value else (lambda node: not host_constant(node))
    if key == "type":
        types = {value} if isinstance(value, str) else set(value)
        return lambda node: node.type in types
    if key == "not_type":
        types = {value} if isinstance(value, str) else set(value)
        return lambda node: node.type not in types
    raise UsageError(f"{rule.path}: rule {rule.id}: unknown condition {key!r}")


def _scope_search(pattern: re.Pattern, scope_of: Callable[[ts.Node], ts.Node], want: bool) -> Condition:
    """A regex test of a match's enclosing scope, remembered for the last scope text: the matches of one
    function (400 `unsafe` blocks in one body) search its text once, not once each."""
    last: list = [None, False]

    def test(node: ts.Node) -> bool:
        text = scope_of(node).text
        if text != last[0]:
            last[0], last[1] = text, bool(pattern.search(text.decode("utf-8", "replace")))
        return last[1] == want

    return test


@dataclass
class QueryRule:
    rule: Rule
    conditions: list[tuple[str, Condition, bool]]  # (capture, test, required-capture)
    absent: list[str]  # captures that must NOT be present in the match


def _compile_conditions(rule: Rule) -> QueryRule:
    conditions = []
    for clause in rule.spec.get("where", []) or []:
        capture = clause.get("capture")
        if not capture:
            raise UsageError(f"{rule.path}: rule {rule.id}: every `where` clause needs a capture")
        for key, value in clause.items():
            if key in ("capture", "optional"):
                continue
            conditions.append((capture, _condition(key, value, rule), not clause.get("optional", False)))
    return QueryRule(rule, conditions, list(rule.spec.get("absent", []) or []))


class CompiledLanguage:
    """All query rules of one language in one tree-sitter query; pattern index -> rule."""

    def __init__(self, language: str, rules: list[Rule]) -> None:
        lang = grammar(language)
        if lang is None:
            raise UsageError(f"no tree-sitter grammar for {language!r}")
        # One compile for the whole language; each pattern's start byte tells which rule's text it is in.
        # Only when that compile fails are the rules compiled one by one, to name the bad one.
        chunks, starts, offset = [], [], 0
        for rule in rules:
            chunk = rule.spec["query"].encode("utf-8")
            starts.append(offset)
            chunks.append(chunk)
            offset += len(chunk) + 1
        combined = b"\n".join(chunks)
        self.source = combined
        self.query = None
        self.cursor: ts.QueryCursor | None = None
        self.owners: list[QueryRule] = []
        if not rules:
            return
        try:
            self.query = ts.Query(lang, combined.decode("utf-8"))
        except (ts.QueryError, SyntaxError, ValueError) as exc:
            for rule in rules:
                try:
                    ts.Query(lang, rule.spec["query"])
                except (ts.QueryError, SyntaxError, ValueError) as single:
                    raise UsageError(f"{rule.path}: rule {rule.id}: bad tree-sitter query: {single}") from None
            raise UsageError(f"{language}: the combined tree-sitter query does not compile: {exc}") from None
        self.cursor = ts.QueryCursor(self.query)  # reused: `matches` starts afresh on every call
        compiled = [_compile_conditions(rule) for rule in rules]
        seen: set[int] = set()
        for index in range(self.query.pattern_count):
            begin = self.query.start_byte_for_pattern(index)
            owner = bisect.bisect_right(starts, begin) - 1
            rule = rules[owner]
            # A predicate written after a pattern's closing parenthesis is a pattern of its own that
            # filters nothing: the pattern before it then matches without its predicate.
            if combined[begin:].lstrip().startswith(b"(#"):
                raise UsageError(f"{rule.path}: rule {rule.id}: a predicate stands outside its pattern; "
                                 "move it inside the pattern's outer parentheses")
            seen.add(owner)
            self.owners.append(compiled[owner])
        for owner, rule in enumerate(rules):
            if owner not in seen:
                raise UsageError(f"{rule.path}: rule {rule.id}: the query holds no pattern")


# Gates are tested on words: every literal is cut down to its longest run of ASCII word bytes (a snippet
# holding the literal holds that run; a clause with a literal that has none tests nothing and is dropped),
# and the words of a snippet are its maximal runs of word bytes, so a literal is in the snippet exactly when
# it is inside one of its words.
_WORD = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_TO_WORDS = bytes(b if b in _WORD else 0x20 for b in range(256))


def _word_gate(gate: Gate) -> Gate:
    out: Gate = []
    for clause in gate:
        runs = set()
        for literal in clause:
            run = max(literal.translate(_TO_WORDS).split(), key=len, default=b"")
            if not run:
                break
            runs.add(run)
        else:
            if frozenset(runs) not in out:
                out.append(frozenset(runs))
    return out


def _holds(gate: Gate, present: set[bytes]) -> bool:
    for clause in gate:
        if clause.isdisjoint(present):
            return False
    return True


@dataclass
class RuleGate:
    """Where one rule can fire: where some pattern's gates hold. `key` and `folded_key` (one clause of each
    pattern; the folded ones are looked for in the lowercased ASCII code) hold wherever a pattern does."""

    patterns: list[tuple[Gate, Gate]]  # per pattern: (exact gate, folded gate), on words
    key: frozenset[bytes]
    folded_key: frozenset[bytes]

    def passes(self, present: set[bytes], folded: set[bytes] | None) -> bool:
        """`present`: the literals in the code; `folded`: those in the lowercased code, None when it is not
        ASCII (a folded gate then holds)."""
        if self.key.isdisjoint(present) and not (
                self.folded_key and (folded is None or not self.folded_key.isdisjoint(folded))):
            return False
        for exact, folded_gate in self.patterns:
            if _holds(exact, present) and (folded is None or _holds(folded_gate, folded)):
                return True
        return False

    def span(self, code: bytes, present: set[bytes], folded: set[bytes] | None) -> tuple[int, int]:
        """Bytes from the first to the last occurrence of a key literal.

        Every match of a pattern holds one of its key literals inside its root node, so the root
        intersects this span: a query cursor limited to it returns the same matches, walking less.
        """
        start, end = len(code), 0
        for text, literals in ((code, self.key & present), (None, self.folded_key)):
            if text is None and literals:
                if folded is None:  # not ASCII: folded literals are not looked for
                    return 0, len(code)
                text, literals = code.lower(), literals & folded
            for literal in literals:
                first = text.find(literal)
                if first != -1:
                    start = min(start, first)
                    end = max(end, text.rfind(literal) + len(literal))
        return (start, end) if start < end else (0, len(code))


class LanguageGates:
    """The gated rules of one language and the literals their gates look for."""

    def __init__(self, rules: list[tuple[RuleGate, "_Single"]]) -> None:
        self.rules = rules
        self.literals = sorted({lit for gate, _ in rules for exact, _f in gate.patterns for c in exact for lit in c})
        self.folded = sorted({lit for gate, _ in rules for _e, folded in gate.patterns for c in folded for lit in c})
        # Which literals each word holds, remembered across snippets: `known` for the words that hold some,
        # `plain` for the rest (most words).
        self.known: dict[bytes, tuple[frozenset[bytes], frozenset[bytes]]] = {}
        self.plain: set[bytes] = set()
        # A rule passes only where one of its key literals is (or, in code that is not ASCII, where it has a
        # folded key): the rules to test come from the literals found, not from a loop over every rule.
        self.by_key: dict[bytes, list[int]] = {}
        self.by_folded_key: dict[bytes, list[int]] = {}
        self.folded_keyed: list[int] = []
        for index, (gate, _) in enumerate(rules):
            for literal in gate.key:
                self.by_key.setdefault(literal, []).append(index)
            for literal in gate.folded_key:
                self.by_folded_key.setdefault(literal, []).append(index)
            if gate.folded_key:
                self.folded_keyed.append(index)

    def _learn(self, words: set[bytes]) -> None:
        """Sort new words into `known` (with the literals they hold) and `plain`: each literal is looked for
        once in all of them (a substring search in C), then in the few words that hold it."""
        lines = b"\n".join(words)
        lowered = lines.lower()  # same length: a position in one is the same word in the other
        found = [lit for lit in self.literals if lit in lines]
        found_folded = [lit for lit in self.folded if lit in lowered]
        holding: set[bytes] = set()
        for text, literals in ((lines, found), (lowered, found_folded)):
            for literal in literals:
                at = text.find(literal)
                while at != -1:
                    start = text.rfind(b"\n", 0, at) + 1
                    end = text.find(b"\n", at)
                    end = len(text) if end == -1 else end
                    holding.add(lines[start:end])
                    at = text.find(literal, end)
        self.plain |= words - holding
        for word in holding:
            lower = word.lower()
            self.known[word] = (frozenset(lit for lit in found if lit in word),
                                frozenset(lit for lit in found_folded if lit in lower))

    def passing(self, code: bytes) -> tuple[list[tuple[RuleGate, "_Single"]], set[bytes], set[bytes] | None]:
        """(rules whose gates pass, literals present, folded literals present or None when not ASCII)."""
        known = self.known
        if len(known) + len(self.plain) > 200_000:
            known.clear()
            self.plain.clear()
        words = set(code.translate(_TO_WORDS).split())
        words -= self.plain
        new = words.difference(known)
        if new:
            self._learn(new)
            words -= new - known.keys()
        present: set[bytes] = set()
        folded: set[bytes] | None = set()
        for word in words:
            exact, lowered = known[word]
            if exact:
                present |= exact
            if lowered:
                folded |= lowered
        candidates: set[int] = set()
        by_key = self.by_key
        for literal in present:
            candidates.update(by_key.get(literal, ()))
        if code.isascii():
            by_folded_key = self.by_folded_key
            for literal in folded:
                candidates.update(by_folded_key.get(literal, ()))
        else:  # a folded gate holds in code that is not ASCII
            folded = None
            candidates.update(self.folded_keyed)
        if not candidates:
            return [], present, folded
        rules = self.rules
        return [rules[i] for i in sorted(candidates) if rules[i][0].passes(present, folded)], present, folded


def _selective(gate: Gate) -> frozenset[bytes]:
    """The clause with the longest shortest literal: likely the rarest."""
    return max(gate, key=lambda clause: (min(len(lit) for lit in clause), -len(clause)))


# One pattern of a rule's query: its source text, and which captures every match of it holds.
PatternInfo = tuple[str, Callable[[str], bool]]


def read_rule_patterns(rule: Rule) -> list[PatternInfo] | None:
    """The patterns of `rule`'s query read from its text (no compile); None when the reader cannot tell."""
    read = read_patterns(str(rule.spec.get("query", "")))
    return None if read is None else [(p.text, p.required.__contains__) for p in read]


def compiled_patterns(compiled: "CompiledLanguage") -> list[PatternInfo]:
    """The patterns of a compiled query, as tree-sitter tells them."""
    query = compiled.query
    if query is None:
        return []
    source = compiled.source
    return [(source[query.start_byte_for_pattern(i):query.end_byte_for_pattern(i)].decode("utf-8"),
             _required_in(query, i)) for i in range(query.pattern_count)]


def rule_gate(rule: Rule, patterns: list[PatternInfo]) -> RuleGate | None:
    """Per pattern of `rule`, the literals it needs; None when some pattern needs none.

    A pattern needs the strings of its text predicates and the literals of the rule's required `regex`
    conditions (a node's text is a slice of the parsed bytes, so they are in the bytes).
    """
    if not patterns:
        return None
    common: Gate = []
    common_folded: Gate = []
    for clause in rule.spec.get("where", []) or []:
        if clause.get("optional", False) or "regex" not in clause:
            continue
        common.extend(regex_gate(str(clause["regex"])))
        common_folded.extend(regex_gate(str(clause["regex"]), folded=True))
    gates: list[tuple[Gate, Gate]] = []
    key: set[bytes] = set()
    folded_key: set[bytes] = set()
    for text, required in patterns:
        own, folded = predicate_gate(text, required)
        exact, folded = _word_gate(common + own), _word_gate(common_folded + folded)
        if exact:
            key |= _selective(exact)
        elif folded:
            folded_key |= _selective(folded)
        else:
            return None
        gates.append((exact, folded))
    return RuleGate(gates, frozenset(key), frozenset(folded_key))


def _match_ok(qrule: QueryRule, captures: dict[str, list[ts.Node]]) -> bool:
    for capture, test, required in qrule.conditions:
        nodes = captures.get(capture)
        if not nodes:
            if required:
                return False
            continue
        if not all(test(n) for n in nodes):
            return False
    return not any(captures.get(name) for name in qrule.absent)


class _FullQueries(dict):
    """language -> CompiledLanguage of all its query rules, compiled on first access."""

    def __init__(self, rules: dict[str, list[Rule]]) -> None:
        super().__init__()
        self.rules = rules

    def __missing__(self, language: str) -> CompiledLanguage:
        if language not in self.rules:
            raise KeyError(language)
        compiled = self[language] = CompiledLanguage(language, self.rules[language])
        return compiled

    def get(self, language, default=None):
        return self[language] if language in self.rules else default


class _Single:
    """One gated rule's own query, compiled when first needed."""

    __slots__ = ("language", "rule", "compiled")

    def __init__(self, language: str, rule: Rule) -> None:
        self.language, self.rule = language, rule
        self.compiled: CompiledLanguage | None = None

    def compile(self) -> CompiledLanguage:
        if self.compiled is None:
            self.compiled = CompiledLanguage(self.language, [self.rule])
        return self.compiled


class _LazyTaint:
    """The data-flow models, each built when its language's first snippet comes: building all eleven costs
    about half a second (their regexes), and most runs meet few languages. A language without an adapter is
    a UsageError at once; a bad taint spec when its language's model is built."""

    def __init__(self, rules: dict[str, list[Rule]]) -> None:
        from curator.engines.dataflow import ADAPTERS, TaintAnalyzer

        for language, language_rules in rules.items():
            if language not in ADAPTERS:
                TaintAnalyzer({language: language_rules})  # raises the UsageError that lists the adapters
        self.rules = rules
        self.analyzers: dict = {}

    def analyze(self, language: str, tree: ts.Tree, code: bytes):
        analyzer = self.analyzers.get(language)
        if analyzer is None:
            if language not in self.rules:
                return ()
            from curator.engines.dataflow import TaintAnalyzer

            analyzer = self.analyzers[language] = TaintAnalyzer({language: self.rules[language]})
        return analyzer.analyze(language, tree, code)


class TreeSitterEngine:
    name = ENGINE

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        by_language: dict[str, list[Rule]] = {}
        taint_rules: dict[str, list[Rule]] = {}
        for rule in load_rules(config.rules_dir):
            if rule.engine != ENGINE or not rule_selected(rule.id, config):
                continue
            kind = rule.spec.get("kind", "query")
            target = taint_rules if kind == "taint" else by_language
            target.setdefault(rule.language, []).append(rule)
            for language, base in EXTENDS.items():  # TypeScript snippets get the JavaScript rules
                if rule.language == base:
                    target.setdefault(language, []).append(rule)
        # Each rule whose every pattern needs some literal (the strings of its text predicates, the literals
        # of its required regexes) runs as a query of its own, and only on snippets whose bytes hold them,
        # over the span of those literals: a query walks the tree, and most snippets hold the words of few
        # rules. The rules that need no literal share one query run on every snippet. The literals come from
        # the query's text, read without compiling it; a gated rule's query is compiled when its gate first
        # passes, the shared query when the language's first snippet comes (a compile costs up to tens of
        # milliseconds per rule in the larger grammars, and most runs meet few languages and few rules).
        # language -> all its query rules in one query, compiled when first asked for
        self.compiled = _FullQueries(by_language)
        self.always: dict[str, CompiledLanguage] = {}  # language -> its rules that need no literal
        self.gated: dict[str, LanguageGates] = {}
        self.prepared: set[str] = set()
        self.taint = _LazyTaint(taint_rules) if taint_rules else None
        self.languages = set(by_language) | set(taint_rules)

    def prepare(self, language: str) -> None:
        """Sort the query rules of `language` into gated ones and the rest, and compile the rest (raises
        UsageError on a bad query there; a gated rule's query is compiled, and checked, when it first runs)."""
        self.prepared.add(language)
        rules = self.compiled.rules.get(language)
        if not rules:
            return
        ungated, gated = [], []
        for rule in rules:
            single = _Single(language, rule)
            patterns = read_rule_patterns(rule)
            if patterns is None:  # syntax the reader does not follow: tree-sitter tells
                patterns = compiled_patterns(single.compile())
            gates = rule_gate(rule, patterns)
            if gates is None:
                ungated.append(rule)
            else:
                gated.append((gates, single))
        if gated:
            self.gated[language] = LanguageGates(gated)
        if len(ungated) == len(rules):
            self.always[language] = self.compiled[language]
        elif ungated:
            self.always[language] = CompiledLanguage(language, ungated)

    def scan(self, batch: Sequence[RecordResult]) -> EngineOutput:
        out = EngineOutput()
        for result in batch:
            for snippet in result.snippets:
                if snippet.language not in self.languages:
                    continue
                self._scan_snippet(result, snippet, out)
        return out

    def _query(self, compiled: CompiledLanguage, root: ts.Node, result: RecordResult, snippet: Snippet,
               out: EngineOutput, seen: set[tuple[str, int]], lines: list[str]) -> list[str]:
        owners = compiled.owners
        for pattern_index, captures in compiled.cursor.matches(root):
            qrule = owners[pattern_index]
            if (qrule.conditions or qrule.absent) and not _match_ok(qrule, captures):
                continue
            node = (captures.get("finding") or next(iter(captures.values())))[0]
            key = (qrule.rule.id, node.start_point[0])
            if key in seen:
                continue
            seen.add(key)
            if not lines:
                lines = snippet.text.split("\n")
            out.findings.append(make_finding(result, snippet, qrule.rule, node, lines))
        return lines

    def _scan_snippet(self, result: RecordResult, snippet: Snippet, out: EngineOutput) -> None:
        code = snippet.text.encode("utf-8", "surrogatepass")
        shift, first = 0, len(out.findings)
        if snippet.language == "php" and b"<?" not in code:
            # The PHP grammar reads everything outside `<?php ... ?>` as HTML; open the PHP block on line 1.
            code, shift = PHP_OPEN + code, len(PHP_OPEN)
        tree = parser(snippet.language).parse(code)
        status = "parse_error" if tree.root_node.has_error else "ok"
        error = ""
        if status == "parse_error":
            bad = _first_error(tree.root_node)
            error = f"syntax error near snippet line {bad.start_point[0] + 1}" if bad else "syntax error"
        out.statuses.append(SnippetStatus(snippet.snippet_id, ENGINE, status, error))
        lines: list[str] = []  # split on the first finding: rows as tree-sitter counts them (form feeds and
        # \x1c-\x1e are no line breaks)
        language = snippet.language
        seen: set[tuple[str, int]] = set()
        root = tree.root_node
        if language not in self.prepared:
            self.prepare(language)
        always = self.always.get(language)
        if always is not None and always.query is not None:
            lines = self._query(always, root, result, snippet, out, seen, lines)
        gated = self.gated.get(language)
        if gated is not None:
            # One walk per passing rule, each over its literals' span, is cheaper than the language's full
            # query even when several pass (measured on the dev chat and CyberSecEval sets).
            passing, present, folded = gated.passing(code)
            for gate, single in passing:
                compiled = single.compiled or single.compile()
                compiled.cursor.set_byte_range(*gate.span(code, present, folded))
                lines = self._query(compiled, root, result, snippet, out, seen, lines)
        if self.taint is not None:
            for rule, node, detail in self.taint.analyze(snippet.language, tree, code):
                key = (rule.id, node.start_point[0])
                if key in seen:
                    continue
                seen.add(key)
                if not lines:
                    lines = snippet.text.split("\n")
                finding = make_finding(result, snippet, rule, node, lines, detail)
                # A query rule of the same class already flagged this line: one finding, not two.
                if not any(f.line == finding.line and f.cwe == finding.cwe for f in out.findings[first:]):
                    out.findings.append(finding)
        for finding in out.findings[first:] if shift else ():
            if finding.line == snippet.line_offset:
                finding.column = max(1, finding.column - shift)
            if finding.end_line == snippet.line_offset:
                finding.end_column = max(1, finding.end_column - shift)


PHP_OPEN = b"<?php "


def _first_error(node: ts.Node) -> ts.Node | None:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.is_error or current.is_missing:
            return current
        stack.extend(reversed([c for c in current.children if c.has_error or c.is_missing]))
    return None


def make_finding(result: RecordResult, snippet: Snippet, rule: Rule, node: ts.Node,
                 lines: list[str], detail: str = "") -> Finding:
    start_row, start_col = node.start_point
    end_row, end_col = node.end_point
    return snippet_finding(result, snippet, rule, ENGINE, first=start_row + 1, last=end_row + 1,
                           column=start_col + 1, end_column=end_col + 1, lines=lines, detail=detail,
                           message=rule.message + (f" ({detail})" if detail else ""))
