"""The tree-sitter engine: every query rule of a language compiled into one query, run once per snippet."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Sequence

import tree_sitter as ts

from curator.engines import EngineConfig, EngineOutput, rule_selected, snippet_finding
from curator.engines.languages import grammar, parser
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

# A gate: clauses that must all hold for a rule to fire in a snippet; a clause holds when the parsed
# bytes contain one of its literals. Derived from the rule's required `regex` conditions: a node's text is
# a slice of the parsed bytes, so a literal that every match of the regex contains must be in them.
Gate = list[frozenset[bytes]]


def regex_gate(pattern: str) -> Gate:
    """Clauses of literals every match of `pattern` contains; [] when none can be told (never wrong)."""
    try:
        from re import _parser as sre_parse  # noqa: PLC0415  (the stdlib's own regex parser)

        parsed = sre_parse.parse(pattern)
    except Exception:  # an unknown Python, or a pattern re rejects: no gate, the condition decides
        return []
    if parsed.state.flags & re.IGNORECASE:
        return []
    clauses = _required(parsed, sre_parse)
    out: Gate = []
    for clause in clauses:
        try:
            encoded = frozenset(lit.encode("utf-8") for lit in clause)
        except UnicodeEncodeError:
            continue
        if encoded and all(encoded) and not any("\ufffd" in lit for lit in clause):
            out.append(encoded)
    return out


def _required(items, sre) -> list[frozenset[str]]:
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
            if not add_flags & re.IGNORECASE:
                clauses.extend(_required(sub, sre))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            clauses.extend(_required(arg, sre))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = arg
            if low >= 1:
                clauses.extend(_required(sub, sre))
        elif op is c.BRANCH:
            union: set[str] = set()
            for alternative in arg[1]:
                options = _required(alternative, sre)
                if not options:
                    union = set()
                    break
                union |= max(options, key=lambda clause: min(len(lit) for lit in clause))
            if union:
                clauses.append(frozenset(union))
        elif op is c.ASSERT:
            _direction, sub = arg
            clauses.extend(_required(sub, sre))
        # anything else (classes, anchors, negative assertions, back references) requires nothing
    flush()
    return clauses


def _gate_passes(gate: Gate, code: bytes) -> bool:
    for clause in gate:
        for literal in clause:
            if literal in code:
                break
        else:
            return False
    return True




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
    if key == "constant":
        return (lambda node: _is_constant(node)) if value else (lambda node: not _is_constant(node))
    if key == "type":
        types = {value} if isinstance(value, str) else set(value)
        return lambda node: node.type in types
    if key == "not_type":
        types = {value} if isinstance(value, str) else set(value)
        return lambda node: node.type not in types
    raise UsageError(f"{rule.path}: rule {rule.id}: unknown condition {key!r}")


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


def _rule_gate(rule: Rule) -> Gate:
    """The gate of a rule that runs as a query of its own, or [] when it belongs in the combined query."""
    if "(#" in rule.spec["query"]:
        return []  # text predicates already filter its matches inside tree-sitter
    gate: Gate = []
    for clause in rule.spec.get("where", []) or []:
        if clause.get("optional", False) or "regex" not in clause:
            continue
        gate.extend(regex_gate(str(clause["regex"])))
    return gate


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
        # A rule whose query has no text predicates but a required `regex` condition (e.g. every string
        # checked for `|safe`) hands each structural match to Python: such a rule runs as a query of its
        # own, and only on snippets whose bytes hold the literals its regex needs (same findings, the
        # others cost nothing). Every other rule of a language stays in the one combined query.
        self.compiled: dict[str, CompiledLanguage] = {}
        self.gated: dict[str, list[tuple[Gate, CompiledLanguage]]] = {}
        for lang, rules in by_language.items():
            combined = []
            for rule in rules:
                gate = _rule_gate(rule)
                if gate:
                    self.gated.setdefault(lang, []).append((gate, CompiledLanguage(lang, [rule])))
                else:
                    combined.append(rule)
            if combined:
                self.compiled[lang] = CompiledLanguage(lang, combined)
        self.taint = None
        if taint_rules:
            from curator.engines.taint import TaintAnalyzer  # written per language; Python first

            self.taint = TaintAnalyzer(taint_rules)
        self.languages = set(by_language) | set(taint_rules)

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
        compiled = self.compiled.get(language)
        if compiled is not None and compiled.query is not None:
            lines = self._query(compiled, root, result, snippet, out, seen, lines)
        for gate, single in self.gated.get(language, ()):
            if _gate_passes(gate, code):
                lines = self._query(single, root, result, snippet, out, seen, lines)
        if self.taint is not None:
            for rule, node, detail in self.taint.analyze(snippet.language, tree, code):
                key = (rule.id, node.start_point[0])
                if key in seen:
                    continue
                seen.add(key)
                if not lines:
                    lines = snippet.text.split("\n")
                out.findings.append(make_finding(result, snippet, rule, node, lines, detail))
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
