"""Macro arguments for the Rust adapter: `format!`-style token trees read as the values they hold.

tree-sitter-rust keeps a macro's arguments as a flat token tree, not as expressions. `format!("{}", x)` builds
text from `x` (and from names captured inline, `{x}`); a call inside keeps its meaning
(`html_escape::encode_text(&x)` is a sanitizer, `n.parse::<i32>()` a number). Log macros (`log`, `tracing`) are
calls the rules name `<path>!` (`tracing.info!`) with the values they print as text: `{:?}` and tracing's `?x` and
`field = x` print escaped (Debug), `{}` and `%x` print the text as it is. `RustWalk` inherits these.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import (
    CLEAN, EMPTY, FIXED_PREFIX, HTML, MARKUP, SHARED_TEMP_PATH, SQL, SQL_TEXT, STRING_FORMATTING, mark,
)

# Macros that build text from their arguments (the first one, or the one after the writer, is the template).
FORMAT_MACROS = frozenset({"format", "format_args", "concat", "write", "writeln"})
_INLINE_NAME = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}")
LOG_MACROS = frozenset({"info", "warn", "error", "debug", "trace", "log", "event"})
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}:]*)(?::([^{}]*))?\}")
_FIXED_PREFIX = re.compile(r"""^r?#*"(?:/[^/\\{]|https?://[^/{}"]+/)""")
# a literal path in a folder every local user may write (`"/tmp/x"`, `r"/var/tmp/x"`)
SHARED_TEMP = re.compile(rb'r?#*"/(?:var/tmp|tmp|dev/shm)/[^"/{]')
TEMP_LABEL = frozenset({(SHARED_TEMP_PATH, frozenset())})
# Methods whose result is a number or a boolean, not the text they were called on.
PARSERS = frozenset({"parse", "len", "is_empty", "count", "contains", "starts_with", "ends_with", "is_some",
                     "is_none", "is_ok", "is_err", "eq", "cmp"})


class MacroValues:
    """Methods of `RustWalk` (see lang_rust.py and walk.py for the state they read)."""

    def _macro(self, node: ts.Node):
        path = self.text(node.child_by_field_name("macro"))
        name = path.rsplit("::", 1)[-1]
        tree = next((c for c in node.named_children if c.type == "token_tree"), None)
        if tree is None:
            return EMPTY
        groups = self._groups(tree)
        if name in LOG_MACROS:
            self._log_sink(node, self.resolve(path.replace("::", ".")) + "!", groups)
            return EMPTY
        # `format!("{list}", list = escape(&list))`: a named argument's value, not the local of that name
        named = {self.text(g[0]) for g in groups if _is_named(self, g)}
        groups = [g[2:] if _is_named(self, g) else g for g in groups]
        taints = [self._tokens(group) for group in groups]
        taint = EMPTY
        for t in taints:
            taint = taint | t
        first = 1 if name in ("write", "writeln") else 0  # `write!(out, "...", x)`: the template follows the writer
        template = groups[first] if len(groups) > first else []
        literal = template[0] if len(template) == 1 and template[0].type in self.STRINGS else None
        if literal is not None:  # `{name}` captured inline
            for inline in _INLINE_NAME.findall(self.text(literal)):
                if not inline.isdigit() and inline not in named:
                    taint = taint | self.env.get(inline, EMPTY)
        if name not in FORMAT_MACROS:
            return taint if name in ("vec", "json") else EMPTY
        if self.model.wants_temp and literal is not None and SHARED_TEMP.match(self.code, literal.start_byte):
            taint = taint | TEMP_LABEL  # `format!("/tmp/invoice-{n}.html")`: a guessable name in the shared folder
        if taint and literal is not None:
            if MARKUP.search(self.code, literal.start_byte, literal.end_byte) or any(
                    len(group) == 1 and group[0].type == "identifier" and self.holds_markup(group[0])
                    for group in groups[first + 1:]):  # `format!("{}{}{}", HEADER, name, FOOTER)`
                taint = mark(taint, HTML)
            if SQL_TEXT.search(self.code, literal.start_byte, literal.end_byte):
                taint = mark(taint, SQL)
            if _FIXED_PREFIX.match(self.text(literal)[:80]):
                taint = mark(taint, FIXED_PREFIX)
        taint = taint | self._macro_formatting(groups[first + 1:], literal, named)
        if first == 1 and taint and groups and groups[0][-1].type == "identifier":
            writer = self.text(groups[0][-1])  # `write!(out, "<li>{}</li>", x)`: out holds the text
            self.env[writer] = self.env.get(writer, EMPTY) | taint
            self.consts.discard(writer)
        return taint

    def _log_sink(self, node: ts.Node, callee: str, groups: list) -> None:
        """A log macro: the sinks named `callee` see the values it prints as text (not those printed escaped)."""
        sinks = self.model.callee(callee)[0]
        if not sinks:
            return
        template = next((i for i, g in enumerate(groups) if len(g) == 1 and g[0].type in self.STRINGS), None)
        shown = EMPTY
        for group in groups[:template]:  # tracing fields: `user = %name` prints text; `?name`, `name = x` escape it
            if group[0].type == "identifier" and len(group) > 1 and self.text(group[1]) == ":":
                continue  # `target: "access"`
            percent = next((i for i, tok in enumerate(group) if not tok.is_named and self.text(tok) == "%"), None)
            if percent is not None:
                shown = shown | self._tokens(group[percent + 1:])
        if template is not None:
            positional, named = [], {}
            for group in groups[template + 1:]:
                if len(group) > 2 and group[0].type == "identifier" and self.text(group[1]) == "=":
                    named[self.text(group[0])] = group[2:]
                else:
                    positional.append(group)
            following = 0
            for found in _PLACEHOLDER.finditer(self.text(groups[template][0])):
                if found.group(0) in ("{{", "}}"):
                    continue
                argument, spec = found.group(1).strip(), found.group(2) or ""
                if not argument:
                    argument, following = str(following), following + 1
                if "?" in spec:
                    continue  # Debug: control characters come out escaped
                if argument.isdigit():
                    index = int(argument)
                    shown = shown | (self._tokens(positional[index]) if index < len(positional) else EMPTY)
                elif argument in named:
                    shown = shown | self._tokens(named[argument])
                else:
                    shown = shown | self.env.get(argument, EMPTY)  # `{name}` captured inline
        for sink in sinks:
            self._check_sink(sink, node, callee, [node], [shown], EMPTY)

    def _macro_formatting(self, parts: list, literal: ts.Node | None, named: set = frozenset()):
        """The `string-formatting` label of a `format!` whose inserted values are not all constants."""
        if not self.model.wants_formatting or literal is None:
            return EMPTY
        applied = None
        for group in parts:
            if all(self.is_const(tok) for tok in group if tok.is_named) or self._constant_field_tokens(group) or (
                    _arithmetic(self, group)) or (len(group) == 2 and group[0].type == "identifier" and (
                    group[1].type == "token_tree") and self.static_text(self.text(group[0]))):
                continue  # `order_clause(sort)` declared `-> &'static str`
            marks = self._group_marks(group)
            applied = marks if applied is None else applied & marks
        for inline in _INLINE_NAME.findall(self.text(literal)):
            if inline.isdigit() or inline in self.consts or inline in named:
                continue
            marks = frozenset.intersection(*[m for _, m in self.env[inline]]) if self.env.get(inline) else frozenset()
            applied = marks if applied is None else applied & marks
        if applied is None:
            return EMPTY
        label = frozenset({(STRING_FORMATTING, applied | {"format!"})})
        if SQL_TEXT.search(self.code, literal.start_byte, literal.end_byte):
            label = mark(label, SQL)
        return label

    def _constant_field_tokens(self, group: list) -> bool:
        """`self.mount`, `&probe.mount`: a field that every struct literal of the snippet sets to a constant, or
        one declared as a number."""
        named = [tok for tok in group if tok.is_named]
        return (bool(self.const_fields or self.number_fields) and len(named) >= 2
                and all(tok.type in ("identifier", "self") for tok in named)
                and all(self.text(tok) in (".", "&") for tok in group if not tok.is_named)
                and (self.text(named[-1]) in self.const_fields or self.text(named[-1]) in self.number_fields))

    def _group_marks(self, group: list) -> frozenset:
        taint = self._tokens(group)
        common = None
        for _, marks in taint:
            common = marks if common is None else common & marks
        return common or frozenset()

    def _groups(self, tree: ts.Node) -> list[list[ts.Node]]:
        """A token tree's comma-separated groups (the macro's arguments)."""
        groups: list[list[ts.Node]] = [[]]
        for child in tree.children[1:-1]:  # without the brackets
            if not child.is_named and child.type == ",":
                groups.append([])
            elif child.type not in ("line_comment", "block_comment"):
                groups[-1].append(child)
        return [g for g in groups if g]

    def _tokens(self, tokens: list[ts.Node]):
        """The value of one macro argument read as tokens: names, paths, calls and method chains."""
        if _arithmetic(self, tokens):
            return EMPTY  # `(page - 1) * 20`: a number (text is joined with `+`, never `*` or `-`)
        total, value = EMPTY, EMPTY
        path: list[str] = []  # the names of the chain being read (`html_escape`, `encode_text`)
        joiner = ""  # the punctuation right before this token
        for tok in tokens:
            kind = tok.type
            if kind == "identifier":
                word = self.text(tok)
                if path and joiner in (".", "::"):
                    path.append(word)
                    if joiner == "." and (word in self.const_fields or word in self.number_fields):
                        value = EMPTY  # `self.mount`, only ever set to constants; `q.limit` declared `i64`
                    elif joiner == "." and value is not EMPTY:  # `q.host` checked on its own (`is_valid(&q.host)`)
                        value = self.env.get(".".join(path), value)
                else:
                    total, path = total | value, [word]
                    value = self.env.get(word, EMPTY)
                    source = None if value else self.source(self.resolve(word))
                    if source is not None:
                        value = frozenset({(source, frozenset())})
                joiner = ""
            elif kind == "token_tree":
                inner = EMPTY
                parts = [self._tokens(group) for group in self._groups(tok)]
                for part in parts:
                    inner = inner | part
                definition = self._user_function(".".join(path)) if path and not joiner and len(path) == 1 else None
                summary = self.summary_of(definition) if definition is not None else None
                if summary is not None:  # `format!("{}.pdf", safe_segment(name)?)`: the snippet's own helper
                    value = self._apply_summary(path[0], summary, parts)
                elif path and not joiner:  # a call: `name(args)`, `x.trim()`, `html_escape::encode_text(&x)`
                    name = self.resolve(".".join(path))
                    _, converter, markers, normal = self.model.callee(name)
                    source = self.source(name)
                    if converter or path[-1] in PARSERS:
                        value = EMPTY
                    else:
                        value = value | inner
                        if source is not None:
                            value = value | frozenset({(source, frozenset())})
                        if markers or normal:
                            value = mark(value, *markers, *normal) if value else frozenset(
                                {(CLEAN, frozenset(markers))})
                else:
                    value = value | inner
                joiner = ""
            elif not tok.is_named:
                punct = self.text(tok)
                if punct in (".", "::"):
                    joiner = punct
                elif punct not in ("&", "*", "?", "!", "mut"):
                    total, value, path, joiner = total | value, EMPTY, [], ""
            else:  # literals and other tokens end the chain
                total, value, path, joiner = total | value, EMPTY, [], ""
        return total | value


def _is_named(walk, group: list) -> bool:
    """`name = value`, a macro's named argument."""
    return len(group) > 2 and group[0].type == "identifier" and walk.text(group[1]) == "="


_ARITHMETIC_TOKENS = frozenset({"*", "/", "%", "-", "<<", ">>", "^"})


def _arithmetic(walk, tokens: list) -> bool:
    """Whether an operator only numbers take (`*`, `/`, `%`, `-`, shifts, `+` with an integer literal) joins two
    operands of a macro argument."""
    return any(not tok.is_named and i > 0 and (tokens[i - 1].is_named or tokens[i - 1].type == "token_tree") and (
        i + 1 < len(tokens)) and (walk.text(tok) in _ARITHMETIC_TOKENS or walk.text(tok) == "+" and (
            # `values.len() + 1`: text is never added to a number
            tokens[i + 1].type == "integer_literal" or tokens[i - 1].type == "integer_literal"))
        for i, tok in enumerate(tokens))
