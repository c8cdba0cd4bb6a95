"""Named fixes: rewrite the code a finding points at into its safe form, as byte edits on tree-sitter node spans.

A rule opts in with `fix: {transform: NAME}`. A fix returns one or more candidate edit lists, best first;
the remediation step applies a candidate only if re-linting shows the finding is gone.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from typing import Callable

import tree_sitter as ts

from curator.engines.treesitter import mode_value
from curator.scrub.sql_dialects import FORMAT, PLACEHOLDER, QMARK, SQLALCHEMY, Dialect, dialect_for, text_function
from curator.scrub.templates import Expr, Lit, NotATemplate, Part, part_code, py_string, template_parts


class NotFixable(Exception):
    """The code around the finding has a shape this fix does not rewrite safely."""


@dataclass(frozen=True)
class Edit:
    start: int  # byte offsets into the snippet's UTF-8 code
    end: int
    text: str


def apply_edits(code: bytes, edits: list[Edit]) -> bytes:
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    for before, after in zip(ordered, ordered[1:]):
        if after.start < before.end:
            raise NotFixable("overlapping edits")
    out = code
    for edit in reversed(ordered):
        out = out[: edit.start] + edit.text.encode("utf-8", "surrogatepass") + out[edit.end :]
    return out


@dataclass
class FixContext:
    code: bytes
    tree: ts.Tree
    node: ts.Node  # the node the finding reported
    spec: dict  # the rule's `fix:` mapping


FixFunction = Callable[[FixContext], list[list[Edit]]]


def _text(node: ts.Node) -> str:
    return node.text.decode("utf-8", "surrogatepass")


def _callee_name(call: ts.Node) -> tuple[str, str]:
    """(object text, function name) of a call: `os.chmod` -> ("os", "chmod"); `chmod` -> ("", "chmod")."""
    func = call.child_by_field_name("function")
    if func is None:
        return "", ""
    if func.type == "attribute":
        return _text(func.child_by_field_name("object")), _text(func.child_by_field_name("attribute"))
    if func.type == "identifier":
        return "", _text(func)
    return "", ""


def _enclosing_call(node: ts.Node, accept: Callable[[ts.Node], bool]) -> ts.Node:
    current: ts.Node | None = node
    while current is not None:
        if current.type == "call" and accept(current):
            return current
        current = current.parent
    stack = [node]
    while stack:  # the finding may sit on a statement that holds the call
        current = stack.pop()
        if current.type == "call" and accept(current):
            return current
        stack.extend(reversed(current.named_children))
    raise NotFixable("no call of the expected shape at the finding")


def _arguments(call: ts.Node) -> tuple[list[ts.Node], dict[str, ts.Node]]:
    args = call.child_by_field_name("arguments")
    if args is None or args.type != "argument_list":
        raise NotFixable("call without a plain argument list")
    positional, keywords = [], {}
    for child in args.named_children:
        if child.type == "comment":
            continue
        if child.type in ("list_splat", "dictionary_splat"):
            raise NotFixable("call with *args or **kwargs")
        if child.type == "keyword_argument":
            keywords[_text(child.child_by_field_name("name"))] = child
        else:
            positional.append(child)
    return positional, keywords


def _remove_argument(arg: ts.Node) -> Edit:
    """Remove one argument with the comma that separates it from its neighbour."""
    siblings = [c for c in arg.parent.named_children if c.type != "comment"]
    index = siblings.index(arg)
    if index > 0:
        return Edit(siblings[index - 1].end_byte, arg.end_byte, "")
    if len(siblings) > 1:
        return Edit(arg.start_byte, siblings[1].start_byte, "")
    return Edit(arg.start_byte, arg.end_byte, "")


def _insert_argument(call: ts.Node, text: str) -> Edit:
    args = call.child_by_field_name("arguments")
    named = [c for c in args.named_children if c.type != "comment"]
    if not named:
        return Edit(args.start_byte + 1, args.end_byte - 1, text)
    return Edit(named[-1].end_byte, named[-1].end_byte, ", " + text)


def _scope(node: ts.Node) -> ts.Node:
    current = node.parent
    while current is not None and current.type not in ("function_definition", "module"):
        current = current.parent
    if current is None:
        raise NotFixable("no enclosing scope")
    return current


def _walk(node: ts.Node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def _single_assignment(use: ts.Node, *, only_use: bool) -> ts.Node:
    """The right-hand side of the one plain assignment to identifier `use` before it in its scope."""
    name = _text(use)
    assignments, uses = [], 0
    for node in _walk(_scope(use)):
        if node.type in ("assignment", "augmented_assignment"):
            left = node.child_by_field_name("left")
            if left is not None and left.type == "identifier" and _text(left) == name:
                assignments.append(node)
        elif node.type == "identifier" and _text(node) == name:
            parent = node.parent
            if not (parent.type in ("assignment", "augmented_assignment")
                    and parent.child_by_field_name("left") == node):
                uses += 1
    if len(assignments) != 1 or assignments[0].type != "assignment":
        raise NotFixable(f"`{name}` is not assigned exactly once in its scope")
    assignment = assignments[0]
    right = assignment.child_by_field_name("right")
    if right is None or assignment.end_byte > use.start_byte or assignment.child_by_field_name("type"):
        raise NotFixable(f"`{name}` is not assigned before its use")
    if only_use and uses != 1:
        raise NotFixable(f"`{name}` is used elsewhere too")
    return right


def _template(node: ts.Node, *, only_use: bool) -> tuple[ts.Node, list[Part]]:
    """The node that builds the string (following a variable to its assignment) and its parts."""
    if node.type == "identifier":
        node = _single_assignment(node, only_use=only_use)
    try:
        return node, template_parts(node)
    except NotATemplate as exc:
        raise NotFixable(str(exc)) from None


def _quote_of(node: ts.Node) -> str:
    first = next((n for n in _walk(node) if n.type == "string_start"), None)
    text = _text(first).lstrip("rRbBuUfF") if first is not None else '"'
    return text[:1] or '"'


# -- safe-mode ---------------------------------------------------------------------------------------------

# function name -> (index of the mode argument for os.* calls, what it creates)
MODE_CALLS = {"chmod": (1, "file"), "lchmod": (1, "file"), "fchmod": (1, "file"),
              "mkdir": (1, "dir"), "makedirs": (1, "dir"), "open": (2, "private"), "mkfifo": (1, "private"),
              "touch": (0, "file")}
MODE_SAFE = {"file": ("0o644", "0o600"), "dir": ("0o755", "0o700"), "private": ("0o600",)}


def safe_mode(ctx: FixContext) -> list[list[Edit]]:
    def accept(call: ts.Node) -> bool:
        obj, name = _callee_name(call)
        return name in MODE_CALLS and not (name == "open" and obj not in ("os", ""))

    call = _enclosing_call(ctx.node, accept)
    obj, name = _callee_name(call)
    positional, keywords = _arguments(call)
    index, kind = MODE_CALLS[name]
    if obj not in ("os", "") and name != "open":
        index = 0  # Path(...).chmod(mode), Path(...).mkdir(mode=...)
    if "mode" in keywords:
        mode_node = keywords["mode"].child_by_field_name("value")
    elif len(positional) > index:
        mode_node = positional[index]
    else:
        raise NotFixable(f"{name}() without an explicit mode")
    value = mode_value(_text(mode_node))
    if value is None:
        raise NotFixable(f"mode `{_text(mode_node)}` is not a constant")
    choices = MODE_SAFE[kind]
    if ctx.spec.get("mode"):
        choices = (str(ctx.spec["mode"]),)
    return [[Edit(mode_node.start_byte, mode_node.end_byte, choice)] for choice in choices]


# -- yaml-safe-load ----------------------------------------------------------------------------------------

YAML_LOADERS = {"load": "safe_load", "unsafe_load": "safe_load", "full_load": "safe_load",
                "load_all": "safe_load_all", "unsafe_load_all": "safe_load_all", "full_load_all": "safe_load_all"}


def yaml_safe_load(ctx: FixContext) -> list[list[Edit]]:
    call = _enclosing_call(ctx.node, lambda c: _callee_name(c)[1] in YAML_LOADERS and bool(_callee_name(c)[0]))
    obj, name = _callee_name(call)
    positional, keywords = _arguments(call)
    stream = positional[0] if positional else (keywords["stream"].child_by_field_name("value")
                                                if "stream" in keywords else None)
    if stream is None:
        raise NotFixable("yaml load without a stream argument")
    if set(keywords) - {"stream", "Loader"} or len(positional) > 2:
        raise NotFixable("yaml load with unexpected arguments")
    return [[Edit(call.start_byte, call.end_byte, f"{obj}.{YAML_LOADERS[name]}({_text(stream)})")]]


# -- autoescape-on -----------------------------------------------------------------------------------------

def autoescape_on(ctx: FixContext) -> list[list[Edit]]:
    call = _enclosing_call(ctx.node, lambda c: _callee_name(c)[1] in ("Environment", "Template"))
    _, keywords = _arguments(call)
    if "autoescape" in keywords:
        value = keywords["autoescape"].child_by_field_name("value")
        return [[Edit(value.start_byte, value.end_byte, "True")]]
    return [[_insert_argument(call, "autoescape=True")]]


# -- shell-to-argv -----------------------------------------------------------------------------------------

SUBPROCESS_CALLS = {"run", "call", "check_call", "check_output", "Popen"}
SHELL_SYNTAX = set("|&;<>()$`*?[]{}\\")


def shell_words(parts: list[Part]) -> list[list[Part]]:
    """Split a command template into argv words the way a POSIX shell would, refusing shell syntax."""
    if not any(isinstance(p, Expr) for p in parts):
        literal = "".join(p.value for p in parts if isinstance(p, Lit))
        if SHELL_SYNTAX - {"\\"} & set(literal) or "\n" in literal:
            raise NotFixable("the command uses shell syntax (pipes, redirects, globs, substitutions)")
        try:
            return [[Lit(word)] for word in shlex.split(literal)]
        except ValueError as exc:
            raise NotFixable(f"cannot split the command: {exc}") from None
    words: list[list[Part]] = []
    current: list[Part] | None = None
    quote = ""
    for part in parts:
        if isinstance(part, Expr):
            current = (current or []) + [part]
            continue
        for ch in part.value:
            if quote:
                if ch == quote:
                    quote = ""
                elif quote == '"' and ch in "$`\\":
                    raise NotFixable("shell expansion inside double quotes")
                else:
                    current = (current or []) + [Lit(ch)]
            elif ch.isspace():
                if ch == "\n":
                    raise NotFixable("multi-line shell command")
                if current is not None:
                    words.append(current)
                current = None
            elif ch in "'\"":
                quote = ch
                current = current or []
            elif ch in SHELL_SYNTAX or (ch in "#~" and current is None):
                raise NotFixable("the command uses shell syntax (pipes, redirects, globs, substitutions)")
            else:
                current = (current or []) + [Lit(ch)]
    if quote:
        raise NotFixable("unbalanced quote in the command")
    if current is not None:
        words.append(current)
    return [_join_literals(word) for word in words]


def _join_literals(parts: list[Part]) -> list[Part]:
    out: list[Part] = []
    for part in parts:
        if isinstance(part, Lit) and out and isinstance(out[-1], Lit):
            out[-1] = Lit(out[-1].value + part.value)
        else:
            out.append(part)
    return out


def shell_to_argv(ctx: FixContext) -> list[list[Edit]]:
    def accept(call: ts.Node) -> bool:
        obj, name = _callee_name(call)
        if name not in SUBPROCESS_CALLS:
            return False
        _, keywords = _arguments(call)
        return "shell" in keywords

    call = _enclosing_call(ctx.node, accept)
    positional, keywords = _arguments(call)
    shell_value = keywords["shell"].child_by_field_name("value")
    if _text(shell_value) != "True":
        raise NotFixable("shell= is not the constant True")
    command = positional[0] if positional else (keywords["args"].child_by_field_name("value")
                                                 if "args" in keywords else None)
    if command is None:
        raise NotFixable("no command argument")
    if command.type == "list":
        return [[_remove_argument(keywords["shell"])]]
    target, parts = _template(command, only_use=True)
    words = shell_words(parts)
    if not words:
        raise NotFixable("empty command")
    quote = _quote_of(target)
    try:
        argv = "[" + ", ".join(part_code(word, quote) for word in words) + "]"
    except NotATemplate as exc:
        raise NotFixable(str(exc)) from None
    return [[Edit(target.start_byte, target.end_byte, argv), _remove_argument(keywords["shell"])]]


# -- sql-parameters ----------------------------------------------------------------------------------------

# Where an inserted piece is SQL syntax, not a value: a name (FROM t, t.col), a list (IN (...)), or a whole
# clause (SET a=1, WHERE x, SELECT cols, VALUES (...)); no placeholder can stand there.
SQL_IDENTIFIER_SLOT = re.compile(
    r"(\bFROM|\bJOIN|\bINTO|\bUPDATE|\bTABLE|\bBY|\bAS|\.|\bIN\s*\(|\bSET|\bSELECT|\bDISTINCT|\bWHERE|\bAND"
    r"|\bOR|\bNOT|\bON|\bHAVING|\bVALUES)\s*$", re.IGNORECASE)
# What text() would read as a bind parameter in the SQL we keep: a colon before a word, not after one.
TEXT_BIND = re.compile(r"(?<![:\w\\]):(?=\w)")
BIND_NAME = re.compile(r"[A-Za-z_]\w{0,40}")
_KEY = re.compile(r"""^[\w.]+(?:\[\s*["']([A-Za-z_]\w*)["']\s*\]|\.get\(\s*["']([A-Za-z_]\w*)["']\s*[,)])""")


def _open_quote(sql: str) -> int:
    """Index of the SQL quote left open at the end of `sql`, or -1."""
    quote, at = "", -1
    for index, ch in enumerate(sql):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote, at = ch, index
    return at if quote else -1


def split_query(parts: list[Part]) -> tuple[list[str | None], list[list[Part]]]:
    """SQL text segments with None where a parameter goes, and for each parameter the parts that build its
    value. An expression inside a quoted SQL literal takes the whole literal as its parameter."""
    segments: list[str | None] = []  # None marks a placeholder
    params: list[list[Part]] = []
    items = list(parts)
    i = 0
    while i < len(items):
        part = items[i]
        if isinstance(part, Lit):
            segments.append(part.value)
            i += 1
            continue
        last = max((k for k, s in enumerate(segments) if s is None), default=-1)
        tail = "".join(segments[last + 1 :])
        before = "".join(s for s in segments if s is not None)
        opened = _open_quote(tail)
        if opened >= 0:
            quote = tail[opened]
            segments[last + 1 :] = [tail[:opened]]
            value: list[Part] = [Lit(tail[opened + 1 :])] if tail[opened + 1 :] else []
            j, closed = i, False
            while j < len(items):
                item = items[j]
                if isinstance(item, Lit) and quote in item.value:
                    head, _, rest = item.value.partition(quote)
                    if head:
                        value.append(Lit(head))
                    items[j] = Lit(rest)
                    closed = True
                    break
                value.append(item)
                j += 1
            if not closed:
                raise NotFixable("unterminated quoted SQL literal around an expression")
            segments.append(None)
            params.append(value)
            i = j
            continue
        if SQL_IDENTIFIER_SLOT.search(before):
            raise NotFixable("the expression stands for a table, column or list; placeholders cannot bind it")
        segments.append(None)
        params.append([part])
        i += 1
    return segments, params


def parameterize(parts: list[Part], placeholder: str) -> tuple[str, list[list[Part]]]:
    """SQL text with DB-API placeholders (`?` or `%s`), and for each placeholder the parts of its value."""
    segments, params = split_query(parts)
    escape = (lambda s: s.replace("%", "%%")) if placeholder == "%s" else (lambda s: s)
    return "".join(placeholder if s is None else escape(s) for s in segments), params


def bind_names(params: list[list[Part]]) -> list[str]:
    """A readable, unique bind name per parameter: the variable (`name`), the attribute (`user.id` -> id),
    the key (`request.form['email']` -> email), else p1, p2..."""
    names: list[str] = []
    for index, value in enumerate(params, start=1):
        name = ""
        exprs = [part for part in value if isinstance(part, Expr)]
        if len(exprs) == 1 and exprs[0].code:  # `name`, or a literal around it: f"{pattern}%"
            code = exprs[0].code.strip()
            key = _KEY.match(code)
            if key:
                name = key.group(1) or key.group(2)
            elif BIND_NAME.fullmatch(code.rsplit(".", 1)[-1]) and re.fullmatch(r"[\w.]+", code):
                name = code.rsplit(".", 1)[-1]
        name = name or f"p{index}"
        unique, n = name, 2
        while unique in names:
            unique, n = f"{name}_{n}", n + 1
        names.append(unique)
    return names


def named_query(parts: list[Part]) -> tuple[str, list[str], list[list[Part]]]:
    """SQL text for SQLAlchemy text() with `:name` binds, the names, and each bind's value parts."""
    segments, params = split_query(parts)
    names = bind_names(params)
    out, k = [], 0
    for segment in segments:
        if segment is None:
            out.append(":" + names[k])
            k += 1
        else:
            out.append(TEXT_BIND.sub(r"\\:", segment))  # a literal colon text() must not read as a bind
    return "".join(out), names, params


def _sql_literal(sql: str, target: ts.Node, quote: str) -> str:
    literal = py_string(sql, quote)
    if "\n" in sql and _quote_start_is_triple(target):
        triple = '"""' if '"""' not in sql and not sql.endswith('"') else "'''"
        if triple not in sql and "\\" not in sql and not sql.endswith(triple[0]):
            literal = triple + sql + triple
    return literal


def sql_parameters(ctx: FixContext) -> list[list[Edit]]:
    call = _enclosing_call(ctx.node, lambda c: _callee_name(c)[1] == "execute" and bool(_callee_name(c)[0]))
    positional, keywords = _arguments(call)
    if len(positional) != 1 or keywords:
        raise NotFixable("execute() already has parameters or extra arguments")
    query = positional[0]
    wrapped = None  # an existing text(...) call around the query
    if query.type == "call" and _callee_name(query)[1] == "text":
        inner, inner_kw = _arguments(query)
        if len(inner) != 1 or inner_kw:
            raise NotFixable("text() has extra arguments")
        wrapped, query = query, inner[0]
    target, parts = _template(query, only_use=False)
    if not any(isinstance(p, Expr) for p in parts):
        raise NotFixable("the query is not built from expressions")
    split_query(parts)  # a query no placeholder can fix (a table name from a variable) says so first
    if ctx.spec.get("placeholder") in ("?", "%s"):
        dialect = Dialect(QMARK if ctx.spec["placeholder"] == "?" else FORMAT, "rule", "rule")
    elif wrapped is not None:
        dialect = Dialect(SQLALCHEMY, "sqlalchemy", "text()")
    else:
        dialect = dialect_for(ctx.tree.root_node, call)
    if dialect is None:
        raise NotFixable("cannot tell which database library runs this query, so not which placeholders it"
                         " takes (no driver import or connection in the snippet)")
    quote = _quote_of(target)
    if dialect.style == SQLALCHEMY:
        return [_sqlalchemy_edits(ctx, query, wrapped, target, parts, quote)]
    sql, params = parameterize(parts, PLACEHOLDER[dialect.style])
    try:
        values = [part_code(value, quote) for value in params]
    except NotATemplate as exc:
        raise NotFixable(str(exc)) from None
    literal = _sql_literal(sql, target, quote)
    params_code = "(" + ", ".join(values) + ("," if len(values) == 1 else "") + ")"
    if target == query:
        return [[Edit(query.start_byte, query.end_byte, literal + ", " + params_code)]]
    return [[Edit(target.start_byte, target.end_byte, literal),
             Edit(query.end_byte, query.end_byte, ", " + params_code)]]


def _sqlalchemy_edits(ctx: FixContext, query: ts.Node, wrapped: ts.Node | None, target: ts.Node,
                      parts: list[Part], quote: str) -> list[Edit]:
    """`session.execute(text("... :name ..."), {"name": name})`, importing sqlalchemy when needed."""
    sql, names, params = named_query(parts)
    try:
        values = [part_code(value, quote) for value in params]
    except NotATemplate as exc:
        raise NotFixable(str(exc)) from None
    binds = "{" + ", ".join(f"{py_string(n, quote)}: {v}" for n, v in zip(names, values)) + "}"
    literal = _sql_literal(sql, target, quote)
    edits: list[Edit] = []
    if wrapped is not None:
        edits.append(Edit(wrapped.end_byte, wrapped.end_byte, ", " + binds))
        if target != query:
            edits.append(Edit(target.start_byte, target.end_byte, literal))
        else:
            edits.append(Edit(query.start_byte, query.end_byte, literal))
        return edits
    function, import_at = text_function(ctx.tree.root_node, ctx.code)
    if import_at is not None:
        edits.append(Edit(import_at, import_at, "\nimport sqlalchemy" if import_at else "import sqlalchemy\n"))
    if target == query:
        edits.append(Edit(query.start_byte, query.end_byte, f"{function}({literal}), {binds}"))
    else:
        edits.append(Edit(target.start_byte, target.end_byte, literal))
        edits.append(Edit(query.start_byte, query.start_byte, f"{function}("))
        edits.append(Edit(query.end_byte, query.end_byte, f"), {binds}"))
    return edits


def _quote_start_is_triple(node: ts.Node) -> bool:
    first = next((n for n in _walk(node) if n.type == "string_start"), None)
    return first is not None and _text(first).lstrip("rRbBuUfF") in ('"""', "'''")


FIXES: dict[str, FixFunction] = {
    "safe-mode": safe_mode,
    "yaml-safe-load": yaml_safe_load,
    "autoescape-on": autoescape_on,
    "shell-to-argv": shell_to_argv,
    "sql-parameters": sql_parameters,
}
