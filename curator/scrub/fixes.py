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

SQL_IDENTIFIER_SLOT = re.compile(r"(\bFROM|\bJOIN|\bINTO|\bUPDATE|\bTABLE|\bBY|\bAS|\.|\bIN\s*\()\s*$", re.IGNORECASE)
DRIVER_PLACEHOLDER = [(re.compile(r"^\s*(import|from)\s+sqlite3\b", re.M), "?"),
                      (re.compile(r"^\s*(import|from)\s+(psycopg2?|pymysql|MySQLdb|mysql\.connector|pg8000)\b",
                                  re.M), "%s")]


def placeholder_for(code: str, spec: dict) -> str:
    if spec.get("placeholder") in ("?", "%s"):
        return spec["placeholder"]
    for pattern, placeholder in DRIVER_PLACEHOLDER:
        if pattern.search(code):
            return placeholder
    return "?"


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


def parameterize(parts: list[Part], placeholder: str) -> tuple[str, list[list[Part]]]:
    """SQL text with placeholders, and for each placeholder the parts that build its value."""
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
            # the expression sits inside a quoted SQL literal: the whole literal becomes one parameter
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
    escape = (lambda s: s.replace("%", "%%")) if placeholder == "%s" else (lambda s: s)
    return "".join(placeholder if s is None else escape(s) for s in segments), params


def sql_parameters(ctx: FixContext) -> list[list[Edit]]:
    call = _enclosing_call(ctx.node, lambda c: _callee_name(c)[1] == "execute" and bool(_callee_name(c)[0]))
    positional, keywords = _arguments(call)
    if len(positional) != 1 or keywords:
        raise NotFixable("execute() already has parameters or extra arguments")
    query = positional[0]
    target, parts = _template(query, only_use=False)
    if not any(isinstance(p, Expr) for p in parts):
        raise NotFixable("the query is not built from expressions")
    code = ctx.code.decode("utf-8", "surrogatepass")
    sql, params = parameterize(parts, placeholder_for(code, ctx.spec))
    quote = _quote_of(target)
    try:
        values = [part_code(value, quote) for value in params]
    except NotATemplate as exc:
        raise NotFixable(str(exc)) from None
    literal = py_string(sql, quote)
    if "\n" in sql and _quote_start_is_triple(target):
        triple = '"""' if '"""' not in sql and not sql.endswith('"') else "'''"
        if triple not in sql and "\\" not in sql and not sql.endswith(triple[0]):
            literal = triple + sql + triple
    params_code = "(" + ", ".join(values) + ("," if len(values) == 1 else "") + ")"
    edits = [Edit(target.start_byte, target.end_byte, literal),
             Edit(query.end_byte, query.end_byte, ", " + params_code)]
    if target == query:
        edits = [Edit(query.start_byte, query.end_byte, literal + ", " + params_code)]
    return [edits]


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
