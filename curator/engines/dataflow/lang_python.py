"""The Python adapter of the data-flow engine: Flask/Django/FastAPI routes, imports, f-strings, guards.

Python's walk is the richest of the adapters (it came first): uploads, `with`, `try`, parsed URLs, typed route
converters. It uses the shared model and labels of `core`; the rules' sources, sinks and sanitizers are data
in `rules/python/*.yaml`.
"""

from __future__ import annotations

import re
from typing import Iterator

import tree_sitter as ts

from curator.engines.dataflow.core import (
    CLEAN, CONTAINMENT, EMPTY, END_OF_OPTIONS, FILE_NAME, FIXED_PREFIX, FUNCTION_PARAMETERS, HTML, MARKUP, MISSING,
    NORMALIZED, PARSED, ROUTE_PARAMETERS, SHARED_TEMP_PATH, SQL, SQL_TEXT, STRING_FORMATTING, UPLOAD_MARK,
    VALIDATED, Sink, Taint, TaintModel, describe, mark,
)
from curator.engines.dataflow.walk import PARAM, Summary
from curator.ruleset import Rule

LANGUAGE = "python"

_SHARED_TEMP = re.compile(rb"""[rbuRBU]{0,2}(?:'{3}|"{3}|'|")/(?:var/tmp|tmp|dev/shm)/[^'"/{}]""")
_WRITE_MODE = re.compile(r"""^[rbuRBU]{0,2}["'][^"']*[wax+]""")
# Calls that raise unless their argument is an IP address/network, a UUID or a number: their result, and a plain
# name passed to them (once the call returned), can hold no shell, path or SQL syntax.
PARSE_CHECKS = frozenset({"ipaddress.ip_address", "ipaddress.ip_network", "ipaddress.ip_interface",
                          "ipaddress.IPv4Address", "ipaddress.IPv6Address", "ipaddress.IPv4Network",
                          "ipaddress.IPv6Network", "ipaddress.IPv4Interface", "ipaddress.IPv6Interface",
                          "uuid.UUID", "int", "float"})
FILE_NAME_ATTRS = frozenset({"filename", "name", "raw_filename", "original_filename"})
UPLOAD_ANNOTATIONS = frozenset({"UploadFile", "fastapi.UploadFile", "starlette.datastructures.UploadFile",
                                "FileStorage", "UploadedFile"})
_FIXED_PREFIX = re.compile(r"""^[rbuRBU]{0,2}(?:'{3}|"{3}|'|")(?:/[^/\\]|https?://[^/{}'"]+/)""")

# What string formatting looks like in source text: `%`, `+`, `.format`, an f-string.
# (Only asked whether it matches: an `rf"` prefix holds `f"`, so it needs no branch of its own.)
_BUILDS_STRING = re.compile(rb"""[%+]|\.format\b|[fF][rR]?["']""")


# Decorator callee names (last part) that make a function a web route whose parameters come from the URL.
ROUTE_DECORATORS = {"route", "get", "post", "put", "patch", "delete", "api_route", "websocket", "view_config",
                    "api_view", "require_http_methods", "require_GET", "require_POST"}
NON_STRING_ANNOTATIONS = {"int", "float", "bool", "UUID", "uuid.UUID", "date", "datetime"}
STRING_TYPES = {"string", "concatenated_string"}
# Request parts that are text as sent (not parsed JSON, not files): returned as-is, they are HTML.
TEXT_SOURCES = {"request.args", "request.form", "request.values", "request.GET", "request.POST", "request.cookies",
                "request.COOKIES", "request.headers", "request.query_params", "request.data", "request.body"}
# Tests that, when true, say the value they look at is one the program expected: `PATTERN.fullmatch(v)`,
# `v.isdigit()`, Django's host check. The checked value is the call's object for `is*` methods, else its argument.
VALIDATORS = frozenset({"match", "fullmatch", "isdigit", "isdecimal", "isnumeric", "isalnum", "isalpha",
                        "isidentifier", "url_has_allowed_host_and_scheme", "is_safe_url"})
URL_PARSERS = frozenset({"urlparse", "urlsplit", "urllib.parse.urlparse", "urllib.parse.urlsplit", "urlparse.urlparse"})
URL_PARTS = frozenset({"netloc", "hostname", "scheme", "host"})
# Statements after which a branch does not fall through to the code below the `if`.
EXITS = frozenset({"return_statement", "raise_statement", "continue_statement", "break_statement"})
EXIT_CALLS = ("abort", "exit", "_exit", "HTTPException", "Http404")
# Methods that put their arguments into the object they are called on.
MUTATORS = {"append", "extend", "insert", "add", "update", "appendleft", "setdefault", "write", "push"}


class PythonWalk:
    """One snippet: imports, then each function body and the module-level code, statement by statement."""

    def __init__(self, model: TaintModel, code: bytes) -> None:
        self.model = model
        self.aliases: dict[str, str] = {}
        self.findings: list[tuple[Rule, ts.Node, str]] = []
        self.env: dict[str, Taint] = {}
        self.consts: set[str] = set()
        self.instances: dict[str, str] = {}  # local name -> class it was built from (`s = requests.Session()`)
        self.parsed: dict[str, str] = {}  # local name -> the name it is a parsed URL of (`p = urlparse(url)`)
        self.route = False
        self.code = code
        self.source_cache: dict[str, str | None] = {}  # depends on the aliases: cleared by each import
        self.functions: dict[str, ts.Node] = {}  # name -> definition: helpers a call can be summarized by
        self.summaries: dict[int, Summary | None] = {}  # definition id -> summary (None while computed)
        self.summary: Summary | None = None  # set while a summary is computed
        self.fields: dict[str, Taint] = {}  # `self.x` set in `__init__` (or any method): seen by later methods
        self.closures: dict[int, dict[str, Taint]] = {}  # nested function -> the names around its definition
        # Text of a node = a slice of the snippet decoded once; byte offsets are str offsets when ASCII.
        self.src = code.decode("ascii") if code.isascii() else None

    def _text(self, node: ts.Node) -> str:
        src = self.src
        if src is not None:
            return src[node.start_byte : node.end_byte]
        return self.code[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def _markup(self, node: ts.Node) -> bool:
        return MARKUP.search(self.code, node.start_byte, node.end_byte) is not None

    # -- driver -----------------------------------------------------------------------------------
    def run(self, root: ts.Node) -> list[tuple[Rule, ts.Node, str]]:
        for child in root.named_children:
            if child.type in ("import_statement", "import_from_statement"):
                self._import(child)
        functions: list[tuple[ts.Node, list[ts.Node]]] = []
        self._collect(root, [], functions)
        for function, _ in functions:
            name = function.child_by_field_name("name")
            if name is not None:
                self.functions.setdefault(self._text(name), function)
        model = self.model
        code = self.code
        # A word the whole snippet lacks, no function in it holds: each regex runs over the snippet once,
        # and over a function's byte range (pos, endpos: no copy) only when the snippet holds the word.
        code_source = model.source_words.search(code) is not None
        if code_source or (
                model.wants_formatting and _BUILDS_STRING.search(code) and model.formatting_words.search(code)):
            self._run_body(root, route=False, params={})  # module-level code has no route parameters
        if not functions:
            return self.findings
        sink_words, source_words = model.trigger_words.search, model.source_words.search
        route_sinks = model.route_sinks
        self._sinky: set[bytes] | None = None
        for function, decorators in functions:
            start, end = function.start_byte, function.end_byte
            has_sink = sink_words(code, start, end) is not None or (
                len(functions) > 1 and self._calls_helper_with_sink(function, sink_words))
            # `__init__` stores what the other methods read (`self.cmd = request.args["c"]`)
            init = self._text(function.child_by_field_name("name")) == "__init__"
            if not has_sink and not route_sinks and not init:
                continue  # no sink in reach: nothing to report
            has_source = (code_source and source_words(code, start, end) is not None) or function.id in self.closures
            if not has_sink and not (has_source or decorators):
                continue  # no sink in reach: nothing to report
            route, params = self._route_parameters(function, decorators)
            if not has_source and not params and not (
                    model.wants_formatting and _BUILDS_STRING.search(code, start, end)
                    and model.formatting_words.search(code, start, end)):
                continue  # no label can arise here
            closure = self.closures.get(function.id)
            self._run_body(function.child_by_field_name("body"), route, {**closure, **params} if closure else params)
        return self.findings

    def _calls_helper_with_sink(self, function: ts.Node, sink_words) -> bool:
        """Whether `function` calls one of the snippet's functions that reaches a sink (a few levels deep).

        Asked only of a function without a sink word of its own; `name(` found by a plain byte search.
        """
        sinky = self._sinky
        if sinky is None:
            code = self.code
            sinky = {name.encode() + b"(" for name, fn in self.functions.items()
                     if sink_words(code, fn.start_byte, fn.end_byte)}
            for _ in range(2):  # helpers of helpers
                more = {name.encode() + b"(" for name, fn in self.functions.items()
                        if name.encode() + b"(" not in sinky
                        and any(code.find(call, fn.start_byte, fn.end_byte) != -1 for call in sinky)}
                if not more:
                    break
                sinky |= more
            self._sinky = sinky
        code, start, end = self.code, function.start_byte, function.end_byte
        return any(code.find(call, start, end) != -1 for call in sinky)

    def _collect(self, block: ts.Node, decorators: list[ts.Node], out: list) -> None:
        """Every function definition (at any depth) with its decorators."""
        for child in block.named_children:
            kind = child.type
            if kind == "decorated_definition":
                decs = [c for c in child.named_children if c.type == "decorator"]
                definition = child.child_by_field_name("definition")
                if definition is not None:
                    self._collect_one(definition, decs, out)
            elif kind in ("function_definition", "class_definition"):
                self._collect_one(child, [], out)
            elif kind in _HOLDS_DEFINITIONS:
                self._collect(child, [], out)

    def _collect_one(self, definition: ts.Node, decorators: list[ts.Node], out: list) -> None:
        body = definition.child_by_field_name("body")
        if definition.type == "function_definition":
            out.append((definition, decorators))
        if body is not None:
            self._collect(body, [], out)

    def _route_parameters(self, function: ts.Node, decorators: list[ts.Node]) -> tuple[bool, dict[str, Taint]]:
        names = []
        parameters = function.child_by_field_name("parameters")
        for param in parameters.named_children if parameters is not None else ():
            name_node, annotation = param, None
            if param.type in ("typed_parameter", "typed_default_parameter", "default_parameter"):
                name_node = param.child_by_field_name("name") or (param.named_children[0] if param.named_children else None)
                annotation = param.child_by_field_name("type")
                if param.type == "default_parameter":
                    value = param.child_by_field_name("value")
                    if value is not None and value.type == "call":  # FastAPI Depends(...), Query(...) defaults
                        callee = value.child_by_field_name("function")
                        if callee is not None and self._text(callee).endswith("Depends"):
                            continue
            if name_node is None or name_node.type != "identifier":
                continue
            names.append((self._text(name_node), self._text(annotation) if annotation is not None else ""))
        route, converters = False, set()
        for decorator in decorators:
            expr = decorator.named_children[0] if decorator.named_children else None
            if expr is None:
                continue
            callee = expr.child_by_field_name("function") if expr.type == "call" else expr
            last = self._text(callee).rsplit(".", 1)[-1] if callee is not None else ""
            if last in ROUTE_DECORATORS:
                route = True
                if expr.type == "call":
                    for arg in expr.child_by_field_name("arguments").named_children:
                        if arg.type == "string":
                            converters |= _typed_url_parameters(self._text(arg))
        if not route and names and names[0][0] == "request":  # a Django view: request first, URL parts after
            route = True
        label = ROUTE_PARAMETERS
        if not route:
            calls = self.model.parameter_calls
            if calls is None or not calls.search(self.code, function.start_byte, function.end_byte):
                return route, {}
            label = FUNCTION_PARAMETERS
        elif not self.model.wants_routes:
            return route, {}
        params = {}
        for name, annotation in names:
            if name in ("self", "cls", "request", "req") or name in converters:
                continue
            if annotation in NON_STRING_ANNOTATIONS:
                continue
            params[name] = frozenset({(label, UPLOAD_MARK if annotation in UPLOAD_ANNOTATIONS else frozenset())})
        return route, params

    def _run_body(self, body: ts.Node | None, route: bool, params: dict[str, Taint]) -> None:
        if body is None:
            return
        self.env = {**self.fields, **params} if self.fields else dict(params)
        self.consts = set()
        self.instances = {}
        self.parsed = {}
        self.route = route
        self._block(body)

    # -- imports ----------------------------------------------------------------------------------
    def _import(self, node: ts.Node) -> None:
        self.source_cache.clear()
        if node.type == "import_statement":
            for child in node.named_children:
                if child.type == "aliased_import":
                    self.aliases[self._text(child.child_by_field_name("alias"))] = self._text(child.child_by_field_name("name"))
        else:
            module = node.child_by_field_name("module_name")
            base = self._text(module) if module is not None else ""
            for child in node.children_by_field_name("name"):
                if child.type == "aliased_import":
                    name = self._text(child.child_by_field_name("name"))
                    self.aliases[self._text(child.child_by_field_name("alias"))] = f"{base}.{name}"
                else:
                    name = self._text(child)
                    self.aliases[name.rsplit(".", 1)[-1]] = f"{base}.{name}"

    def _resolve(self, name: str) -> str:
        head, dot, rest = name.partition(".")
        target = self.aliases.get(head) or self.instances.get(head)
        if target is None:
            return name
        return f"{target}.{rest}" if dot else target

    # -- statements -------------------------------------------------------------------------------
    def _block(self, block: ts.Node) -> None:
        for stmt in block.named_children:
            self._statement(stmt)

    def _statement(self, node: ts.Node) -> None:
        kind = node.type
        if kind == "expression_statement":
            for child in node.named_children:
                self._effect(child)
        elif kind == "return_statement":
            value = node.named_children[0] if node.named_children else None
            if value is None:
                return
            taint = self._eval(value)
            if self.summary is not None:
                self._returned(taint)
            if taint and self.route:
                plain = value.type in ("identifier", "subscript", "attribute") or (
                    value.type == "call" and self._text(value.child_by_field_name("function")).endswith(".get"))
                for trule in self.model.route_sinks:
                    label = trule.first_unclean(taint, trule.return_html)
                    if label is None and plain:  # request text returned as it came: served as HTML
                        label = trule.first_unclean(
                            frozenset(l for l in taint if not l[1] and l[0] in TEXT_SOURCES), False)
                    if label is not None:
                        self.findings.append((trule.rule, node, f"{describe(label)} -> returned from a route"))
        elif kind == "if_statement":
            condition = node.child_by_field_name("condition")
            self._condition(condition)
            when_true, when_false = self._guards(condition) if condition is not None else ((), ())
            before = self._snapshot()
            self._validate(when_true)
            consequence = node.child_by_field_name("consequence")
            self._block_or_stmt(consequence)
            # A branch that returns, raises or aborts does not reach the code below: only the others merge.
            branches = [] if self._exits(consequence) else [self._snapshot()]
            has_else = False
            for alt in node.children_by_field_name("alternative"):
                self._restore(before)
                self._validate(when_false)
                if alt.type == "elif_clause":
                    self._condition(alt.child_by_field_name("condition"))
                    body = alt.child_by_field_name("consequence")
                else:
                    has_else = True
                    body = alt.child_by_field_name("body")
                self._block_or_stmt(body)
                if not self._exits(body):
                    branches.append(self._snapshot())
            if not has_else:
                if when_false:
                    self._restore(before)
                    self._validate(when_false)
                    branches.append(self._snapshot())
                else:
                    branches.append(before)
            if branches:
                self._merge(branches)
            else:
                self._restore(before)
        elif kind == "for_statement":
            taint = self._eval(node.child_by_field_name("right"))
            self._assign(node.child_by_field_name("left"), taint, None)
            self._block_or_stmt(node.child_by_field_name("body"))
            alt = node.child_by_field_name("alternative")
            if alt is not None:
                self._block_or_stmt(alt.child_by_field_name("body"))
        elif kind == "while_statement":
            self._condition(node.child_by_field_name("condition"))
            self._block_or_stmt(node.child_by_field_name("body"))
        elif kind == "with_statement":
            for child in node.named_children:
                if child.type == "with_clause":
                    for item in child.named_children:
                        value = item.child_by_field_name("value")
                        if value is None:
                            continue
                        if value.type == "as_pattern":
                            target = value.child_by_field_name("alias")
                            expr = value.named_children[0]
                            taint = self._eval(expr)
                            if target is not None:
                                inner = target.named_children[0] if target.named_children else target
                                self._assign(inner, taint, None)
                                if expr.type == "call" and inner.type == "identifier":
                                    self._remember_call(inner, expr)
                        else:
                            self._eval(value)
                elif child.type == "block":
                    self._block(child)
        elif kind == "try_statement":
            before = self._snapshot()
            branches = []
            for child in node.named_children:
                if child.type == "block":
                    self._block(child)
                    branches.append(self._snapshot())
                else:  # except / else / finally clauses
                    after_try = self._snapshot()
                    if child.type == "except_clause":
                        self._restore(before)
                    for part in child.named_children:
                        if part.type == "block":
                            self._block(part)
                    if child.type == "except_clause" and self._exits(child.child_by_field_name("body") or next(
                            (p for p in child.named_children if p.type == "block"), None)):
                        self._restore(after_try)  # a handler that leaves: the code below sees the try's state
                        continue
                    branches.append(self._snapshot())
            if branches:
                self._merge(branches)
        elif kind in ("function_definition", "class_definition", "decorated_definition"):
            # analyzed on their own; a nested function starts from the names its parent held here (closure)
            if self.summary is None and kind != "class_definition":
                definition = node.child_by_field_name("definition") if kind == "decorated_definition" else node
                if definition is not None and definition.type == "function_definition" and self.env:
                    self.closures[definition.id] = dict(self.env)
            return
        elif kind in ("import_statement", "import_from_statement"):
            self._import(node)
        elif kind == "assert_statement":
            for child in node.named_children:
                self._condition(child)
        elif kind == "block":
            self._block(node)
        else:  # raise, delete, print, global, match ...: evaluate for the sinks inside
            for child in node.named_children:
                if child.type == "block":
                    self._block(child)
                else:
                    self._eval(child)

    def _snapshot(self) -> tuple[dict, set]:
        return dict(self.env), set(self.consts)

    def _restore(self, state: tuple[dict, set]) -> None:
        self.env, self.consts = dict(state[0]), set(state[1])

    def _merge(self, states: list[tuple[dict, set]]) -> None:
        """After branches: a name is tainted if any branch tainted it, constant only if all agree."""
        env: dict[str, Taint] = {}
        for branch_env, _ in states:
            for key, taint in branch_env.items():
                env[key] = env.get(key, EMPTY) | taint
        self.env = env
        self.consts = set.intersection(*(consts for _, consts in states))

    def _exits(self, node: ts.Node | None) -> bool:
        """Whether a branch ends by leaving: return, raise, continue, break, abort(...), sys.exit()."""
        if node is None:
            return False
        last = node.named_children[-1] if node.type == "block" and node.named_children else node
        if last.type in EXITS:
            return True
        if last.type == "expression_statement" and last.named_children and last.named_children[0].type == "call":
            callee = last.named_children[0].child_by_field_name("function")
            return callee is not None and self._text(callee).endswith(EXIT_CALLS)
        return False

    def _guards(self, node: ts.Node) -> tuple[tuple, tuple]:
        """(names validated when `node` is true, names validated when it is false)."""
        kind = node.type
        if kind == "parenthesized_expression" and node.named_children:
            return self._guards(node.named_children[0])
        if kind == "not_operator":
            argument = node.child_by_field_name("argument")
            when_true, when_false = self._guards(argument) if argument is not None else ((), ())
            return when_false, when_true
        if kind == "boolean_operator":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            operator = node.child_by_field_name("operator")
            if left is None or right is None or operator is None:
                return (), ()
            left_true, left_false = self._guards(left)
            right_true, right_false = self._guards(right)
            if operator.type == "and":  # both held when true; which one failed is unknown
                return left_true + right_true, ()
            return (), left_false + right_false
        if kind == "comparison_operator":
            operands = node.named_children
            operators = [c.type for c in node.children if not c.is_named]
            if len(operands) != 2 or len(operators) != 1:
                return (), ()
            left, right = operands
            op = operators[0]
            if op in ("in", "not in") and left.type not in STRING_TYPES and self._fixed_collection(right):
                keys = self._checked(left)  # an allow-list lookup; `"x" in value` is a substring test, not one
                return (keys, ()) if op == "in" else ((), keys)
            if op in ("==", "!="):
                if right.type in STRING_TYPES and left.type not in STRING_TYPES:
                    keys = self._checked(left)
                elif left.type in STRING_TYPES and right.type not in STRING_TYPES:
                    keys = self._checked(right)
                else:
                    return (), ()
                return (keys, ()) if op == "==" else ((), keys)
            return (), ()
        if kind == "call":
            callee = node.child_by_field_name("function")
            if callee is None:
                return (), ()
            last = self._text(callee).rsplit(".", 1)[-1]
            if last not in VALIDATORS:
                return (), ()
            args = node.child_by_field_name("arguments")
            positional = [a for a in (args.named_children if args is not None else ()) if a.type != "keyword_argument"]
            if last.startswith("is") and callee.type == "attribute" and last != "is_safe_url":
                return self._checked(callee.child_by_field_name("object")), ()
            if last in ("match", "fullmatch"):
                # `re.match(pattern, value)` or `compiled.match(value)`
                index = 1 if self._resolve(self._text(callee)) in ("re.match", "re.fullmatch") else 0
                return (self._checked(positional[index]) if len(positional) > index else ()), ()
            return (self._checked(positional[0]) if positional else ()), ()
        if kind == "attribute":  # `if parts.netloc:` false: a relative URL, no other host
            return (), self._checked(node)
        return (), ()

    def _checked(self, node: ts.Node | None) -> tuple:
        """Names a test on `node` speaks for: the value itself, and the URL a parsed part came from."""
        if node is None:
            return ()
        kind = node.type
        if kind == "identifier":
            return (self._text(node),)
        if kind == "attribute":
            obj = node.child_by_field_name("object")
            attr = node.child_by_field_name("attribute")
            if obj is not None and attr is not None and self._text(attr) in URL_PARTS:
                if obj.type == "identifier":
                    origin = self.parsed.get(self._text(obj))
                    if origin is not None:
                        return (origin,)
                elif obj.type == "call":
                    return self._parsed_argument(obj)
            return (self._text(node),)
        if kind == "call":  # value.lower(), value.strip()
            callee = node.child_by_field_name("function")
            if callee is not None and callee.type == "attribute" and self._text(
                    callee.child_by_field_name("attribute")) in ("lower", "strip", "casefold", "upper"):
                return self._checked(callee.child_by_field_name("object"))
        return ()

    def _parsed_argument(self, call: ts.Node) -> tuple:
        """`urlparse(url)` -> ("url",): the name a URL-parsing call reads."""
        callee = call.child_by_field_name("function")
        args = call.child_by_field_name("arguments")
        if callee is None or args is None or self._resolve(self._text(callee)) not in URL_PARSERS:
            return ()
        first = args.named_children[0] if args.named_children else None
        return (self._text(first),) if first is not None and first.type in ("identifier", "attribute") else ()

    def _fixed_collection(self, node: ts.Node) -> bool:
        kind = node.type
        if kind in ("set", "list", "tuple", "dictionary"):
            return True
        if kind in ("identifier", "attribute"):
            name = self._text(node)
            return name in self.consts or name.rsplit(".", 1)[-1].isupper()
        return False

    def _validate(self, keys) -> None:
        env = self.env
        for key in keys:
            taint = env.get(key)
            if taint:
                env[key] = mark(taint, VALIDATED)

    def _block_or_stmt(self, node: ts.Node | None) -> None:
        if node is None:
            return
        if node.type == "block":
            self._block(node)
        else:
            self._statement(node)

    def _effect(self, node: ts.Node) -> None:
        kind = node.type
        if kind == "assignment":
            right = node.child_by_field_name("right")
            if right is None:
                return
            taint = self._eval(right)
            left = node.child_by_field_name("left")
            self._assign(left, taint, right)
            if right.type == "call" and left is not None and left.type == "identifier":
                self._remember_call(left, right)
        elif kind == "augmented_assignment":
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            taint = self._eval(right)
            if left is not None:
                key = self._text(left)
                self.env[key] = self.env.get(key, EMPTY) | taint | self._formatting_label(right, left)
                if not self._is_const(right):
                    self.consts.discard(key)
        else:
            self._eval(node)

    def _assign(self, target: ts.Node | None, taint: Taint, value: ts.Node | None) -> None:
        if target is None:
            return
        kind = target.type
        if kind in ("identifier", "attribute"):
            key = self._text(target)
            self.env[key] = taint
            if kind == "attribute" and self.summary is None and key.startswith("self."):
                if taint:
                    self.fields[key] = taint
                else:
                    self.fields.pop(key, None)
            if value is not None and self._is_const(value):
                self.consts.add(key)
            else:
                self.consts.discard(key)
        elif kind in ("pattern_list", "tuple_pattern", "list_pattern", "tuple", "list"):
            for child in target.named_children:
                self._assign(child, taint, None)
        elif kind == "subscript":  # d[k] = tainted taints d
            base = target.child_by_field_name("value")
            if base is not None and base.type in ("identifier", "attribute"):
                key = self._text(base)
                self.env[key] = self.env.get(key, EMPTY) | taint
                self.consts.discard(key)
        elif kind in ("list_splat_pattern", "parenthesized_expression"):
            for child in target.named_children:
                self._assign(child, taint, None)

    def _remember_call(self, name: ts.Node, call: ts.Node) -> None:
        """`s = requests.Session()`: `s.get` is `requests.Session.get`; `p = urlparse(u)`: `p` speaks for `u`."""
        key = self._text(name)
        self.instances.pop(key, None)
        self.parsed.pop(key, None)
        callee = call.child_by_field_name("function")
        if callee is None or callee.type not in ("identifier", "attribute"):
            return
        resolved = self._resolve(self._text(callee))
        if resolved in URL_PARSERS:
            origin = self._parsed_argument(call)
            if origin:
                self.parsed[key] = origin[0]
        elif resolved.rsplit(".", 1)[-1][:1].isupper() and "." in resolved:
            self.instances[key] = resolved

    def _condition(self, node: ts.Node | None) -> None:
        """Evaluate a test (for its sinks) and apply containment checks to the names it checks."""
        if node is None:
            return
        self._eval(node)
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type == "call":
                callee = current.child_by_field_name("function")
                name = self._text(callee) if callee is not None else ""
                checked: list[ts.Node] = []
                if name.endswith((".startswith", ".is_relative_to")) and callee.type == "attribute":
                    checked.append(callee.child_by_field_name("object"))
                elif name.endswith(("commonpath", "commonprefix")):
                    args = current.child_by_field_name("arguments")
                    stack.extend(args.named_children if args is not None else ())
                    for arg in (args.named_children if args is not None else ()):
                        checked.extend(arg.named_children if arg.type in ("list", "tuple") else [arg])
                for target in checked:
                    if target is not None and target.type in ("identifier", "attribute"):
                        key = self._text(target)
                        taint = self.env.get(key)
                        if taint:
                            self.env[key] = frozenset(
                                (src, applied | {CONTAINMENT}) if NORMALIZED in applied else (src, applied)
                                for src, applied in taint)
                continue
            stack.extend(current.named_children)

    # -- expressions ------------------------------------------------------------------------------
    def _eval(self, node: ts.Node | None) -> Taint:
        if node is None:
            return EMPTY
        kind = node.type
        if kind == "identifier":
            src = self.src
            if src is not None:
                return self.env.get(src[node.start_byte : node.end_byte], EMPTY)
            return self.env.get(self._text(node), EMPTY)
        if kind == "call":
            return self._call(node)
        handler = _EVAL_HANDLERS.get(kind)
        if handler is not None:
            return handler(self, node)
        if kind in _LEAVES:
            return EMPTY
        taint = EMPTY
        for child in node.named_children:
            taint = taint | self._eval(child)
        return taint

    def _eval_attribute(self, node: ts.Node) -> Taint:
        name = self._text(node)
        known = self.env.get(name)
        if known is not None:
            return known
        source = self._source(name)
        if source is not None:
            return frozenset({(source, frozenset())})
        taint = self._eval(node.child_by_field_name("object"))
        if taint and name.rpartition(".")[2] in FILE_NAME_ATTRS:
            return mark(taint, FILE_NAME)  # `upload.filename`: the name, not the file object
        return taint

    def _eval_subscript(self, node: ts.Node) -> Taint:
        value = node.child_by_field_name("value")
        if value is not None and value.type == "identifier":
            name = self._text(value)
            if (name.isupper() or name in self.consts) and not self.env.get(name):
                self._eval(node.child_by_field_name("subscript"))  # sinks inside the key still count
                return EMPTY  # `ROUTES[key]`: a value from a fixed table
        return self._eval(value)

    def _eval_string(self, node: ts.Node) -> Taint:
        parts = list(_interpolations(node))
        if not parts:
            if self.model.wants_temp and _SHARED_TEMP.match(self.code, node.start_byte):
                return frozenset({(SHARED_TEMP_PATH, frozenset())})
            return EMPTY  # a constant string: no taint, builds nothing
        taint = EMPTY
        for child in parts:
            taint = taint | self._eval(child)
        if taint and self._markup(node):
            taint = mark(taint, HTML)
        if taint and _FIXED_PREFIX.match(self._text(node)[:80].lstrip("fF")):
            taint = mark(taint, FIXED_PREFIX)
        if not self.model.wants_formatting:
            return taint
        return taint | self._sql_mark(self._parts_label(parts, "f-string"), node)

    def _eval_binary(self, node: ts.Node) -> Taint:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        taint = self._eval(left) | self._eval(right)
        if taint and any(side is not None and side.type in STRING_TYPES and self._markup(side)
                         for side in (left, right)):
            taint = mark(taint, HTML)
        if taint and left is not None and (
                (left.type == "string" and _FIXED_PREFIX.match(self._text(left)[:80]))
                or (left.type == "identifier" and self._text(left).isupper() and not self.env.get(self._text(left)))):
            taint = mark(taint, FIXED_PREFIX)  # after a literal path/URL prefix or a constant base (`API + key`)
        return taint | self._formatting_label(node, None)

    def _eval_list(self, node: ts.Node) -> Taint:
        """An argument list: values after a literal `--` cannot be read as options."""
        taint = EMPTY
        after_dashes = False
        for child in node.named_children:
            if child.type == "string" and self._text(child) in ('"--"', "'--'"):
                after_dashes = True
                continue
            part = self._eval(child)
            taint = taint | (mark(part, END_OF_OPTIONS) if after_dashes and part else part)
        return taint

    def _eval_comparison(self, node: ts.Node) -> Taint:
        for child in node.named_children:
            self._eval(child)  # sinks inside a comparison still count
        return EMPTY

    def _eval_keyword(self, node: ts.Node) -> Taint:
        return self._eval(node.child_by_field_name("value"))

    def _eval_named(self, node: ts.Node) -> Taint:
        taint = self._eval(node.child_by_field_name("value"))
        self._assign(node.child_by_field_name("name"), taint, None)
        return taint

    def _source(self, name: str) -> str | None:
        cache = self.source_cache
        if name in cache:
            return cache[name]
        head, dot, rest = name.partition(".")
        target = self.aliases.get(head)
        resolved = name if target is None else (f"{target}.{rest}" if dot else target)
        shared = self.model.source_cache
        key = (name, resolved)
        found = shared.get(key, MISSING)
        if found is MISSING:
            if len(shared) > 50_000:
                shared.clear()
            found = shared[key] = self._find_source(name, resolved)
        cache[name] = found
        return found

    def _find_source(self, name: str, resolved: str) -> str | None:
        sources = self.model.sources
        if not sources.exact and not sources.suffix:
            return None
        for candidate in (name, resolved):
            dot = len(candidate)
            while dot != -1:
                prefix = candidate[:dot]
                hit = sources.exact.get(prefix)
                if hit:
                    return hit[0]
                dot = candidate.rfind(".", 0, dot)
        if sources.suffix:  # `*.namelist`: any object's method of that name
            for candidate in (name, resolved):
                dot = candidate.rfind(".")
                hit = sources.suffix.get(candidate[dot:]) if dot != -1 else None
                if hit:
                    return hit[0]
        return None

    def _call(self, node: ts.Node) -> Taint:
        callee = node.child_by_field_name("function")
        args_node = node.child_by_field_name("arguments")
        arg_nodes = args_node.named_children if args_node is not None else []
        evaluate = self._eval
        arg_taints = [evaluate(arg) for arg in arg_nodes]
        receiver = EMPTY
        raw = ""
        callee_type = callee.type if callee is not None else None
        obj = None
        formats = mutates = False  # `"...".format(...)`-like: only then can the call build a string
        if callee_type == "attribute":
            obj = callee.child_by_field_name("object")
            receiver = evaluate(obj)
            attr = callee.child_by_field_name("attribute")
            base = self._text(obj) if obj is not None and obj.type in ("identifier", "attribute") else "?"
            if attr is not None:
                last = self._text(attr)
                raw = f"{base}.{last}"
                formats = last == "format"
                mutates = last in MUTATORS
            else:
                raw = base
                mutates = base.rsplit(".", 1)[-1] in MUTATORS
        elif callee_type == "identifier":
            raw = self._text(callee)
        elif callee is not None:
            receiver = evaluate(callee)
            raw = "?"
        name = self._resolve(raw)
        model = self.model
        if mutates:
            if obj is not None and obj.type in ("identifier", "attribute"):
                added = EMPTY
                for t in arg_taints:
                    added = added | t
                if added:
                    key = self._text(obj)
                    self.env[key] = self.env.get(key, EMPTY) | added
                    self.consts.discard(key)
        sinks, converter, markers, normal = model.callee(name)
        for sink in sinks:
            self._check_sink(sink, node, raw, arg_nodes, arg_taints, receiver)
        parses = name in PARSE_CHECKS
        if parses and arg_nodes and arg_nodes[0].type == "identifier":  # `ipaddress.ip_address(host)`: host is one
            key = self._text(arg_nodes[0])
            if self.env.get(key):
                self.env[key] = mark(self.env[key], PARSED)
        if converter:
            return EMPTY
        if obj is not None and raw.endswith(".get") and obj.type == "identifier" and not receiver and (
                self._text(obj).isupper() or self._text(obj) in self.consts):
            return EMPTY  # `PAGES.get(choice, "/")`: a value from a fixed table, whatever the key
        source = self._source(raw) if raw else None
        if source is not None:
            return frozenset({(source, frozenset())})
        if not (sinks or markers or normal or parses) and self.functions:
            definition = self._helper(raw, callee_type)
            if definition is not None and not any(arg_taints) and self.model.source_words.search(
                    self.code, definition.start_byte, definition.end_byte) is None:
                return EMPTY  # no tainted argument and no source inside: the helper returns nothing tainted
            if definition is not None:
                summary = self._summary(definition)
                if summary is not None:  # None: a recursive call while its summary is computed
                    return self._apply_summary(raw.rsplit(".", 1)[-1], definition, summary, arg_nodes, arg_taints)
        taint = receiver
        for t in arg_taints:
            taint = taint | t
        if not taint:
            if markers:  # remember the sanitizer for a value built from it later (`safe = shlex.quote(p)`)
                return frozenset({(CLEAN, frozenset(markers))})
            return self._formatting_label(node, None) if formats else EMPTY
        if parses:
            markers = [*markers, PARSED]
        elif name == "str" and callee_type == "identifier":
            markers = [*markers, FILE_NAME]
        if markers or normal:
            taint = mark(taint, *markers, *normal)
        elif raw.endswith(".format") and callee_type == "attribute":
            if obj is not None and obj.type in STRING_TYPES and self._markup(obj):
                taint = mark(taint, HTML)
        return taint | self._formatting_label(node, None) if formats else taint

    def _check_sink(self, sink: Sink, node: ts.Node, raw: str, arg_nodes: list, arg_taints: list,
                    receiver: Taint) -> None:
        if node.has_error:  # the call did not parse: its arguments are guesses
            return
        if sink.kwarg:
            for key, wanted in sink.kwarg.items():
                if not any(a.type == "keyword_argument" and self._text(a.child_by_field_name("name")) == key
                           and self._text(a.child_by_field_name("value")) == str(wanted) for a in arg_nodes):
                    return
        if sink.writes and not any(
                _WRITE_MODE.match(self._text(a.child_by_field_name("value") if a.type == "keyword_argument" else a))
                for i, a in enumerate(arg_nodes)
                if (a.type == "keyword_argument" and self._text(a.child_by_field_name("name")) == "mode")
                or (a.type != "keyword_argument" and i == (0 if "receiver" in sink.args else 1))):
            return
        taint = receiver if "receiver" in sink.args else EMPTY
        position = 0
        for arg, t in zip(arg_nodes, arg_taints):
            if arg.type == "keyword_argument":
                key = self._text(arg.child_by_field_name("name"))
                if not sink.args or key in sink.args:
                    taint = taint | t
            else:
                if not sink.args or position in sink.args:
                    taint = taint | t
                position += 1
        if not taint:
            return
        shown = raw.replace("?.", "") if raw else "call"
        self._sink_reached(sink, node, taint, shown)

    def _sink_reached(self, sink: Sink, node: ts.Node, taint: Taint, shown: str) -> None:
        if self.summary is not None:  # a helper's parameter reaching a sink: reported where it is called
            for source, applied in taint:
                if source.startswith(PARAM):
                    self.summary.sinks.append((int(source[len(PARAM):]), sink, node, shown, applied))
        label = sink.rule.first_unclean(taint, sink.html, sink.sql)
        if label is not None:
            self.findings.append((sink.rule.rule, node, f"{describe(label)} -> {shown}"))

    # -- helpers of the snippet: summaries ----------------------------------------------------------
    def _helper(self, raw: str, callee_type: str | None) -> ts.Node | None:
        """The snippet's own function a call names: `helper(x)`, `self.helper(x)`, `cls.helper(x)`."""
        if callee_type == "identifier":
            return self.functions.get(raw) if raw not in self.aliases else None
        head, _, last = raw.rpartition(".")
        return self.functions.get(last) if head in ("self", "cls") else None

    def _helper_summary(self, callee: ts.Node) -> Summary | None:
        """The summary of the helper a call names, if the walk already computed it (never computes one)."""
        if callee.type not in ("identifier", "attribute"):
            return None
        definition = self._helper(self._text(callee), callee.type)
        return self.summaries.get(definition.id) if definition is not None else None

    def _parameter_names(self, definition: ts.Node) -> list[str]:
        names = []
        parameters = definition.child_by_field_name("parameters")
        for param in parameters.named_children if parameters is not None else ():
            node = param
            if param.type in ("typed_parameter", "typed_default_parameter", "default_parameter"):
                node = param.child_by_field_name("name") or (param.named_children[0] if param.named_children else None)
            if node is None or node.type != "identifier":
                continue
            name = self._text(node)
            if not names and name in ("self", "cls"):
                continue
            names.append(name)
        return names

    def _summary(self, definition: ts.Node) -> Summary | None:
        """Which parameters reach the helper's return value (with what markers) and which reach its sinks."""
        key = definition.id
        if key in self.summaries:
            return self.summaries[key]
        self.summaries[key] = None
        summary = Summary()
        params = {name: frozenset({(f"{PARAM}{i}", frozenset())})
                  for i, name in enumerate(self._parameter_names(definition))}
        saved = (self.env, self.consts, self.instances, self.parsed, self.route, self.findings, self.summary)
        self.findings, self.summary = [], summary
        try:
            self._run_body(definition.child_by_field_name("body"), False, params)
        finally:
            self.env, self.consts, self.instances, self.parsed, self.route, self.findings, self.summary = saved
        self.summaries[key] = summary
        return summary

    def _returned(self, taint: Taint) -> None:
        summary = self.summary
        for source, applied in taint:
            if source.startswith(PARAM):
                summary.returns.setdefault(int(source[len(PARAM):]), []).append(applied)
            else:
                summary.own = summary.own | {(source, applied)}

    def _apply_summary(self, name: str, definition: ts.Node, summary: Summary, arg_nodes: list,
                       arg_taints: list) -> Taint:
        by_position: dict[int, Taint] = {}
        names = self._parameter_names(definition)
        position = 0
        for arg, taint in zip(arg_nodes, arg_taints):
            if arg.type == "keyword_argument":
                key = self._text(arg.child_by_field_name("name"))
                if key in names:
                    by_position[names.index(key)] = taint
            elif arg.type not in ("list_splat", "dictionary_splat"):
                by_position[position] = taint
                position += 1
        result = summary.own
        for index, marker_sets in summary.returns.items():
            taint = by_position.get(index)
            if taint:
                for applied in marker_sets:
                    result = result | mark(taint, *applied)
        for index, sink, node, shown, applied in summary.sinks:
            taint = by_position.get(index)
            if taint:
                self._sink_reached(sink, node, mark(taint, *applied), f"{name}() -> {shown}")
        return result

    # -- string building --------------------------------------------------------------------------
    def _formatting_label(self, node: ts.Node, target: ts.Node | None) -> Taint:
        """The `string-formatting` label when `node` builds a string from a part not known constant."""
        if not self.model.wants_formatting:
            return EMPTY
        kind = node.type
        parts: list[ts.Node] = []
        if kind in STRING_TYPES:
            parts = list(_interpolations(node))
            if not parts:
                return EMPTY
            how = "f-string"
        elif kind == "binary_operator":
            op = node.child_by_field_name("operator")
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if op is None or left is None or right is None:
                return EMPTY
            if op.type == "%" and _stringish(left):
                parts, how = [right], "%-formatting"
            elif op.type == "+" and (_stringish(left) or _stringish(right)):
                parts, how = [left, right], "string concatenation"
            else:
                return EMPTY
        elif kind == "call":
            callee = node.child_by_field_name("function")
            if callee is None or callee.type != "attribute":
                return EMPTY
            attr = callee.child_by_field_name("attribute")
            obj = callee.child_by_field_name("object")
            if attr is None or self._text(attr) != "format" or obj is None or not _stringish(obj):
                return EMPTY
            args = node.child_by_field_name("arguments")
            parts, how = (list(args.named_children) if args is not None else []), ".format()"
        elif kind in ("identifier", "attribute") and target is not None:
            parts, how = [node], "string concatenation"  # query += user_value
        else:
            return EMPTY
        return self._sql_mark(self._parts_label(parts, how), node)

    def _sql_mark(self, label: Taint, node: ts.Node) -> Taint:
        """The formatting label, marked when the text that builds it reads as a SQL statement."""
        if label and SQL_TEXT.search(self.code, node.start_byte, node.end_byte):
            return mark(label, SQL)
        return label

    def _parts_label(self, parts: list[ts.Node], how: str) -> Taint:
        applied: frozenset | None = None
        for part in parts:
            if self._is_const(part):
                continue
            part_applied = self._applied(part)
            applied = part_applied if applied is None else applied & part_applied
        if applied is None:
            return EMPTY
        return frozenset({(STRING_FORMATTING, applied | {how})})

    def _applied(self, part: ts.Node) -> frozenset:
        """Sanitizers every label of an inserted part went through (none when unknown)."""
        if part.type in ("binary_operator", "parenthesized_expression") or part.type in STRING_TYPES:
            inner = part.named_children if part.type != "string" and part.type != "concatenated_string" else list(
                _interpolations(part))
            common = None
            for child in inner:
                if child.type in ("string_start", "string_content", "string_end") or self._is_const(child):
                    continue
                marks = self._applied(child)
                common = marks if common is None else common & marks
            return common or frozenset()
        if part.type in ("identifier", "attribute"):
            taint = self.env.get(self._text(part))
        elif part.type == "call":
            callee = part.child_by_field_name("function")
            name = self._resolve(self._text(callee)) if callee is not None else ""
            marks = frozenset(self.model.sanitizers.lookup(name))
            if not marks and self.functions and callee is not None:
                summary = self._helper_summary(callee)
                if summary is not None:  # a helper: the markers every value it returns carries
                    sets = [a for found in summary.returns.values() for a in found] + [a for _, a in summary.own]
                    common = None
                    for applied in sets:
                        common = applied if common is None else common & applied
                    return common or frozenset()
            if not marks and name not in PARSE_CHECKS:
                # `" ".join(kept)`, `value.strip()`: the markers of the named values the call reads
                operands = []
                if callee is not None and callee.type == "attribute":
                    operands.append(callee.child_by_field_name("object"))
                args = part.child_by_field_name("arguments")
                operands.extend(args.named_children if args is not None else ())
                common = None
                for operand in operands:
                    if operand is None or self._is_const(operand):
                        continue
                    if operand.type not in ("identifier", "attribute"):
                        return frozenset()
                    for _, applied in self.env.get(self._text(operand), ()):
                        common = applied if common is None else common & applied
                return common or frozenset()
            return marks | {PARSED} if name in PARSE_CHECKS else marks
        else:
            return frozenset()
        if not taint:
            return frozenset()
        common = None
        for _, marks in taint:
            common = marks if common is None else common & marks
        return common or frozenset()

    def _is_const(self, node: ts.Node) -> bool:
        kind = node.type
        if kind == "identifier":
            name = self._text(node)
            return name in self.consts or name.isupper()
        if kind in _LITERALS:
            return True
        if kind in STRING_TYPES:
            return all(self._is_const(part) for part in _interpolations(node))
        if kind == "attribute":
            return self._text(node) in self.consts
        if kind in ("binary_operator", "parenthesized_expression", "keyword_argument", "interpolation",
                    "format_expression"):
            return all(self._is_const(c) for c in node.named_children if c.type != "format_specifier")
        if kind == "subscript":  # `ORDER_BY[key]`: a value from a fixed table, whatever the key
            return self._const_table(node.child_by_field_name("value"))
        if kind == "call":
            callee = node.child_by_field_name("function")
            if callee is None:
                return False
            if callee.type == "attribute" and self._text(callee.child_by_field_name("attribute")) == "get" \
                    and self._const_table(callee.child_by_field_name("object")):
                args = node.child_by_field_name("arguments")  # `ORDER_BY.get(key, "name")`
                return args is not None and all(self._is_const(a) for a in args.named_children[1:])
            if self.model.converters.lookup(self._resolve(self._text(callee))):
                return True
            summary = self._helper_summary(callee) if self.functions else None
            # a helper whose result comes from no parameter and no source (`def default_dir(): return "/srv"`)
            return summary is not None and not summary.returns and not summary.own
        return False

    def _const_table(self, node: ts.Node | None) -> bool:
        """A module constant or a local bound to a constant, holding no taint (a lookup table)."""
        if node is None or node.type != "identifier":
            return False
        name = self._text(node)
        return (name.isupper() or name in self.consts) and not self.env.get(name)


def _eval_comprehension(walk: "PythonWalk", node: ts.Node) -> Taint:
    """`[x for x in names if x in ALLOWED]`: the elements an allow-list kept are validated."""
    taint = EMPTY
    for child in node.named_children:
        taint = taint | walk._eval(child)
    if not taint:
        return taint
    loop_names = set()
    for clause in node.named_children:
        if clause.type == "for_in_clause":
            left = clause.child_by_field_name("left")
            if left is not None and left.type == "identifier":
                loop_names.add(walk._text(left))
    for clause in node.named_children:
        if clause.type == "if_clause" and clause.named_children:
            kept, _ = walk._guards(clause.named_children[0])
            if loop_names & set(kept):
                return mark(taint, VALIDATED)
    return taint


_EVAL_HANDLERS = {
    "attribute": PythonWalk._eval_attribute,
    "subscript": PythonWalk._eval_subscript,
    "string": PythonWalk._eval_string,
    "concatenated_string": PythonWalk._eval_string,
    "binary_operator": PythonWalk._eval_binary,
    "comparison_operator": PythonWalk._eval_comparison,
    "list": PythonWalk._eval_list,
    "keyword_argument": PythonWalk._eval_keyword,
    "named_expression": PythonWalk._eval_named,
    "list_comprehension": _eval_comprehension,
    "set_comprehension": _eval_comprehension,
    "generator_expression": _eval_comprehension,
}
_LITERALS = frozenset({"integer", "float", "true", "false", "none"})
_HOLDS_DEFINITIONS = frozenset({"if_statement", "try_statement", "with_statement", "block", "else_clause",
                                "elif_clause", "except_clause", "finally_clause", "for_statement",
                                "while_statement"})
_LEAVES = frozenset({"integer", "float", "true", "false", "none", "not_operator", "lambda", "ellipsis", "comment"})


def _stringish(node: ts.Node) -> bool:
    if node.type in STRING_TYPES:
        return True
    if node.type == "binary_operator":
        return _stringish(node.child_by_field_name("left")) or _stringish(node.child_by_field_name("right"))
    if node.type == "parenthesized_expression" and node.named_children:
        return _stringish(node.named_children[0])
    return False


def _interpolations(node: ts.Node) -> Iterator[ts.Node]:
    """The expressions interpolated into an f-string (or each part of a concatenated string)."""
    if node.type == "concatenated_string":
        for child in node.named_children:
            yield from _interpolations(child)
        return
    for child in node.named_children:
        if child.type == "interpolation":
            for part in child.named_children:
                if part.type not in ("format_specifier", "type_conversion"):
                    yield part


def _typed_url_parameters(route: str) -> set[str]:
    """`/item/<int:item_id>` and `{item_id:int}`: URL parts the framework converts to numbers."""
    names = set()
    start = route.find("<")
    while start != -1:
        end = route.find(">", start)
        if end == -1:
            break
        converter, _, name = route[start + 1 : end].partition(":")
        if name and converter in ("int", "float", "uuid"):
            names.add(name)
        start = route.find("<", end)
    return names


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, PythonWalk)
