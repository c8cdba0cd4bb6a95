"""The Python adapter of the data-flow engine: Flask/Django/FastAPI routes, imports, f-strings, guards.

Python's walk is the richest of the adapters (it came first): uploads, `with`, `try`, parsed URLs, typed route
converters. It uses the shared model and labels of `core`; the rules' sources, sinks and sanitizers are data
in `rules/python/*.yaml`. Its tests on values live in `lang_python_guards.py`, its string building in
`lang_python_strings.py`, its helper summaries in `lang_python_helpers.py`, the constants it follows (values
of locals, decided conditions, elements of lists and dicts) in `lang_python_values.py`, what the snippet
declares around its functions (module objects, allow-lists, page templates, model and handler classes) in
`lang_python_declarations.py`, the Python names they share in `lang_python_names.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import tree_sitter as ts

from curator.engines.dataflow.core import (
    CLEAN, EMPTY, END_OF_OPTIONS, FILE_NAME, FIXED_PREFIX, FUNCTION_PARAMETERS, HTML, MARKUP, MISSING, PARSED,
    ROUTE_PARAMETERS, SHARED_TEMP_PATH, UPLOAD_MARK, VALIDATED, Sink, Taint, TaintModel, any_word, called_outside,
    describe, mark,
)
from curator.engines.dataflow.lang_python_declarations import (
    CONSTRAINED, FACTORIES, HTTP_HANDLER, PythonDeclarations,
)
from curator.engines.dataflow.lang_python_guards import PythonGuards
from curator.engines.dataflow.lang_python_helpers import PythonHelpers
from curator.engines.dataflow.lang_python_names import (
    AS_TEXT, BROAD_EXCEPTION, EXIT_CALLS, EXITS, FILE_NAME_ATTRS, FIXED_PREFIX_TEXT, HOLDS_DEFINITIONS,
    LEAF_KINDS, MUTATORS, NO_NEWLINES, NON_CONSTANT, NON_CONSTANT_LABEL, PARSE_CHECKS,
    ROUTE_DECORATORS, SHARED_TEMP_LITERAL, STRING_TYPES, TEXT_METHODS, TEXT_SOURCES, UPLOAD_ANNOTATIONS, URL_PARSERS,
    URL_PARTS, WRITE_MODE, builds_string, interpolations, stringish, typed_url_parameters, without_default,
)
from curator.engines.dataflow.lang_python_strings import PythonStrings
from curator.engines.dataflow.lang_python_values import COMPUTED, LITERAL_VALUES, PythonValues
from curator.engines.dataflow.walk import PARAM, Summary
from curator.ruleset import Rule

LANGUAGE = "python"
# Methods that fill a template's text with their arguments.
FILLS_TEMPLATE = frozenset({"format", "format_map", "replace", "substitute", "safe_substitute"})
QUOTES = (ord('"'), ord("'"))  # the first byte of a string literal without a prefix
# `re.sub(r"[^A-Za-z0-9._-]", "", v)`: every character outside a class without escapes or spaces goes, line
# breaks included
KEEPS_ONLY = re.compile(r"""[rR]?(['"])\[\^[\w.,:@+=/-]*\][+*]?\1""")


class PythonWalk(PythonGuards, PythonStrings, PythonHelpers, PythonValues, PythonDeclarations):
    """One snippet: imports, then each function body and the module-level code, statement by statement."""

    def __init__(self, model: TaintModel, code: bytes) -> None:
        self.model = model
        self.aliases: dict[str, str] = {}
        self.findings: list[tuple[Rule, ts.Node, str]] = []
        self.env: dict[str, Taint] = {}
        self.consts: set[str] = set()
        self.instances: dict[str, str] = {}  # local name -> class it was built from (`s = requests.Session()`)
        self.parsed: dict[str, str] = {}  # local name -> the name it is a parsed URL of (`p = urlparse(url)`)
        self.host_of: dict[str, tuple] = {}  # local name -> the names it is the host of (`h = urlparse(u).hostname`)
        self.route = False
        self.code = code
        self.source_cache: dict[str, str | None] = {}  # depends on the aliases: cleared by each import
        self.functions: dict[str, ts.Node] = {}  # name -> definition: helpers a call can be summarized by
        self.summaries: dict[int, Summary | None] = {}  # definition id -> summary (None while computed)
        self.summary: Summary | None = None  # set while a summary is computed
        self.fields: dict[str, Taint] = {}  # `self.x` set in `__init__` (or any method): seen by later methods
        self.closures: dict[int, dict[str, Taint]] = {}  # nested function -> the names around its definition
        self.validators: dict[int, str | None] = {}  # definition id -> what it proves of its first parameter
        self.module_instances: dict[str, str] = {}  # `conn = ldap3.Connection(...)` at module level
        self.module_objects: set[str] = set()  # `directory = Directory(...)` at module level (no import named)
        self.class_methods: dict[str, dict[str, ts.Node]] = {}  # class of the snippet -> method name -> definition
        # local name -> (class of the snippet it was built from, whether the constructor got tainted arguments)
        self.local_objects: dict[str, tuple[str, bool]] = {}
        self.module_collections: set[str] = set()  # `allowed_hosts = {"a.example", ...}` at module level
        self.module_markup: set[bytes] = set()  # `PAGE = "<html>..."` / `Template("<p>$q</p>")` at module level
        self.function_start = 0  # where the body being walked starts (for a sink's `unless_function`)
        self.enums: set[str] = set()  # classes of the snippet derived from Enum: building one validates
        self.class_fields: dict[str, dict[str, str]] = {}  # class -> annotated field -> annotation (pydantic)
        self.param_classes: dict[str, str] = {}  # route parameter -> the annotation naming its class
        self.values: dict[str, object] = {}  # local name -> the constant it holds (`num = 106`, `guess = "ABC"`)
        self.items: dict[str, object] = {}  # local name -> its elements, for lists/dicts built here (see values)
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
        functions: list[tuple[ts.Node, list[ts.Node]]] = []
        self._collect(root, [], functions)
        init_methods = []
        for function, _ in functions:
            name = function.child_by_field_name("name")
            if name is not None:
                text = self._text(name)
                self.functions.setdefault(text, function)
                if text == "__init__":
                    init_methods.append(function)
        # What the module imports and declares matters only to a walk; the gates below never read it, and a
        # third of the snippets walk nothing: it is read before the first walk, if any.
        declared = False

        def declare() -> None:
            nonlocal declared
            declared = True
            for child in root.named_children:
                kind = child.type
                if kind in ("import_statement", "import_from_statement"):
                    self._import(child)
                elif kind == "expression_statement":
                    self._declaration(child)  # `conn = Connection(...)`, `ALLOWED = {...}`, `PAGE = "<html>..."`
            for init in init_methods:
                self._field_instances(init)
        inits = {init.id for init in init_methods}  # ids of the `__init__` methods
        model = self.model
        code = self.code
        # A word the whole snippet lacks, no function in it holds: each regex runs over the snippet once,
        # and over a function's byte range (pos, endpos: no copy) only when the snippet holds the word.
        code_source = model.source_words.search(code) is not None
        # sinks that take any value the snippet did not write itself: their module must be named in the snippet,
        # their call in the function (looked for only where no other label can arise)
        modules, nonconstant = _nonconstant_words(model)
        code_nonconstant = None
        if code_source or (
                model.wants_formatting and builds_string(code) and model.formatting_words.search(code)) or (
                code_nonconstant := modules is not None and modules.search(code) is not None
                and nonconstant.search(code) is not None):
            declare()
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
            init = function.id in inits
            if not has_sink and not route_sinks and not init:
                continue  # no sink in reach: nothing to report
            has_source = (code_source and source_words(code, start, end) is not None) or function.id in self.closures
            if not has_sink and not (has_source or decorators):
                continue  # no sink in reach: nothing to report
            route, params = self._route_parameters(function, decorators)
            if not has_source and not params and not (
                    model.wants_formatting and builds_string(code, start, end)
                    and model.formatting_words.search(code, start, end)):
                if code_nonconstant is None:
                    code_nonconstant = modules is not None and modules.search(code) is not None \
                        and nonconstant.search(code) is not None
                if not (code_nonconstant and nonconstant.search(code, start, end) is not None):
                    continue  # no label can arise here
            if not declared:
                declare()
            closure = self.closures.get(function.id)
            handler = self._http_handler_method(function)
            if handler:
                self.aliases["self"] = HTTP_HANDLER
                self.source_cache.clear()
            self._run_body(function.child_by_field_name("body"), route, {**closure, **params} if closure else params)
            if handler:
                del self.aliases["self"]
                self.source_cache.clear()
        return self.findings


    def _collect(self, block: ts.Node, decorators: list[ts.Node], out: list) -> None:
        """Every function definition (at any depth) with its decorators."""
        code, start, end = self.code, block.start_byte, block.end_byte
        if code.find(b"def", start, end) == -1 and code.find(b"class", start, end) == -1:
            return  # no definition can lie inside (most function bodies): their statements are not visited
        for child in block.named_children:
            kind = child.type
            if kind == "decorated_definition":
                decs = [c for c in child.named_children if c.type == "decorator"]
                definition = child.child_by_field_name("definition")
                if definition is not None:
                    self._collect_one(definition, decs, out)
            elif kind in ("function_definition", "class_definition"):
                self._collect_one(child, [], out)
            elif kind in HOLDS_DEFINITIONS:
                self._collect(child, [], out)

    def _collect_one(self, definition: ts.Node, decorators: list[ts.Node], out: list) -> None:
        body = definition.child_by_field_name("body")
        if definition.type == "function_definition":
            out.append((definition, decorators))
        elif body is not None:
            self._class_facts(definition, body)
            name = definition.child_by_field_name("name")
            if name is not None:  # `Helper(...).method()`: the methods of the snippet's own classes, by class
                methods = self.class_methods.setdefault(self._text(name), {})
                for child in body.named_children:
                    method = child.child_by_field_name("definition") if child.type == "decorated_definition" else child
                    method_name = method.child_by_field_name("name") if method is not None and \
                        method.type == "function_definition" else None
                    if method_name is not None:
                        methods.setdefault(self._text(method_name), method)
        if body is not None:
            self._collect(body, [], out)

    def _request_parameters(self, function: ts.Node) -> Iterator[tuple[str, str]]:
        """(name, annotation text) of each parameter a request can fill (not a FastAPI `Depends`, nor a
        `Query(pattern=...)` the framework checks)."""
        parameters = function.child_by_field_name("parameters")
        for param in parameters.named_children if parameters is not None else ():
            name_node, annotation = param, None
            if param.type in ("typed_parameter", "typed_default_parameter", "default_parameter"):
                name_node = param.child_by_field_name("name") or (param.named_children[0] if param.named_children else None)
                annotation = param.child_by_field_name("type")
                if param.type in ("default_parameter", "typed_default_parameter"):
                    value = param.child_by_field_name("value")
                    if value is not None and value.type == "call":  # FastAPI Depends(...), Query(...) defaults
                        callee = value.child_by_field_name("function")
                        if callee is not None and self._text(callee).endswith("Depends"):
                            continue
                        if CONSTRAINED.search(self._text(value)):  # `Query(..., pattern="^[a-z]+$")`: checked
                            continue
            if name_node is None or name_node.type != "identifier":
                continue
            yield self._text(name_node), self._text(annotation) if annotation is not None else ""

    def _route_parameters(self, function: ts.Node, decorators: list[ts.Node]) -> tuple[bool, dict[str, Taint]]:
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
                            converters |= typed_url_parameters(self._text(arg))
        if not route:  # a Django view: request first, URL parts after
            first = next(self._request_parameters(function), None)
            route = first is not None and first[0] == "request" and not self._called_here(function)
        label = ROUTE_PARAMETERS
        if not route and self.model.wants_routes:
            event = self._event_parameter(function)
            if event is not None:  # a serverless handler: the event is the caller's request, returns are data
                return False, {event: frozenset({(ROUTE_PARAMETERS, frozenset())})}
        if not route:
            calls = self.model.parameter_calls
            if calls is None or not calls.search(self.code, function.start_byte, function.end_byte):
                return route, {}
            label = FUNCTION_PARAMETERS
        elif not self.model.wants_routes:
            return route, {}
        params = {}
        self.param_classes = {}
        for name, annotation in self._request_parameters(function):
            if name in ("self", "cls") or name in converters or (
                    name in ("request", "req") and annotation not in self.class_fields):  # `req: Body` is a body
                continue
            if self._typed(annotation):
                continue
            if annotation in self.class_fields:
                self.param_classes[name] = annotation
            params[name] = frozenset({(label, UPLOAD_MARK if annotation in UPLOAD_ANNOTATIONS else frozenset())})
        return route, params

    def _event_parameter(self, function: ts.Node) -> str | None:
        """`def lambda_handler(event, context)`, `def handler(event, ctx)`, `def handle(event)`: the name of the
        event parameter of an AWS Lambda-style (or Google Cloud Functions / Azure) handler, else None."""
        signature = function.child_by_field_name("parameters")
        if signature is None or self.code.find(b"ev", signature.start_byte, signature.end_byte) == -1:
            return None  # most functions: no parameter that could be the event
        names = [name for name, _ in self._request_parameters(function)]
        if not names or names[0] not in ("event", "evt"):
            return None
        name = function.child_by_field_name("name")
        text = self._text(name).lower() if name is not None else ""
        if names[1:2] in (["context"], ["ctx"]) or text.endswith("handler") or text == "handle":
            return names[0]
        return None

    def _called_here(self, function: ts.Node) -> bool:
        """Whether the snippet calls `function` itself (`user = current_user(request)`): then it is a helper
        that takes the request, not a view whose return value is the response."""
        name = function.child_by_field_name("name")
        if name is None:
            return False
        # a call of the bare name (not `re.search(`, `d.get(`: methods of other objects), outside its own body
        return called_outside(self.code, self._text(name), function.start_byte, function.end_byte, methods=False)

    def _run_body(self, body: ts.Node | None, route: bool, params: dict[str, Taint]) -> None:
        if body is None:
            return
        self.env = {**self.fields, **params} if self.fields else dict(params)
        self.consts = set()
        function = body.parent
        signature = function.child_by_field_name("parameters") if function is not None and \
            function.type == "function_definition" else None
        if signature is not None and self.code.find(b":", signature.start_byte, signature.end_byte) != -1:
            # `def run_ping(count: int)`: a number, a date, a `Literal[...]` is no text to inject, whoever calls
            for name, annotation in self._request_parameters(function):
                if annotation and name not in params and self._typed(annotation):
                    self.consts.add(name)
        self.instances = dict(self.module_instances)
        self.values = {}
        self.items = {}
        self.function_start = body.start_byte
        self.parsed = {}
        self.host_of = {}
        self.local_objects = {}
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
            if head == "self" and dot and self.instances:  # `self.conn.search`, `self.conn` built in `__init__`
                field, dot, rest = rest.partition(".")
                target = self.instances.get(f"self.{field}")
                if target is not None:
                    return f"{target}.{rest}" if dot else target
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
                body = value.named_children[0] if value.type in ("tuple", "expression_list") and value.named_children \
                    else value
                raw_text = self._raw_text(value, taint) if body is value else self._raw_text(body, self._eval(body))
                for trule in self.model.route_sinks:
                    label = trule.first_unclean(taint, trule.return_html)
                    if label is None and trule.return_html and raw_text:  # served as HTML all the same
                        label = trule.first_unclean(raw_text)
                    if label is not None:
                        self.findings.append((trule.rule, node, f"{describe(label)} -> returned from a route"))
                parts = value.named_children if value.type in ("tuple", "expression_list") else ()
                if len(parts) >= 2 and parts[-1].type == "dictionary":
                    # `return body, 200, {"X-Name": name}`: Flask builds a Response with these headers
                    headers = self._eval(parts[-1])
                    for sink in self.model.callee("flask.Response")[0] if headers else ():
                        if "headers" in sink.args:
                            self._sink_reached(sink, node, headers, "headers returned from a route")
        elif kind == "if_statement":
            decided = self._decided_branch(node)
            if decided is not MISSING:  # `if 7 * 18 + num > 200:` with `num = 106`: one branch always runs
                self._block_or_stmt(decided)
                return
            condition = node.child_by_field_name("condition")
            self._condition(condition)
            when_true, when_false = self._guards(condition) if condition is not None else ((), ())
            self._hold_fields(when_true + when_false)
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
            right, left = node.child_by_field_name("right"), node.child_by_field_name("left")
            taint = self._eval(right)
            self._assign(left, taint, None)
            if left is not None and left.type == "identifier" and right is not None and self._is_const(right):
                self.consts.add(self._text(left))  # `for table in TABLES:`: each element is a constant
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
                        self._caught(child)
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
        elif kind == "match_statement":
            self._match(node)
        elif kind == "delete_statement":
            for target in node.named_children:
                for part in (target.named_children if target.type == "expression_list" else [target]):
                    base = part.child_by_field_name("value") if part.type == "subscript" else part
                    if base is not None and base.type == "identifier":
                        self._item_call(self._text(base), "pop" if part.type == "subscript" else "del",
                                        [part.child_by_field_name("subscript")] if part.type == "subscript" else [],
                                        [EMPTY])
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

    def _caught(self, clause: ts.Node) -> None:
        """`except Exception as e:` labels `e` with the `except` source (its text describes the server's
        internals: queries, paths, stack state). A handler of a narrow, expected error is left alone."""
        if "except" not in self.model.sources.exact:
            return
        value = clause.child_by_field_name("value")
        if value is None or value.type != "as_pattern":
            return
        alias = value.child_by_field_name("alias")
        name = alias.named_children[0] if alias is not None and alias.named_children else None
        if name is None or name.type != "identifier" or not value.named_children:
            return
        caught = value.named_children[0]
        types = caught.named_children if caught.type == "tuple" else [caught]
        if any(BROAD_EXCEPTION.search(self._text(t)) for t in types):
            self.env[self._text(name)] = frozenset({("except", frozenset())})

    def _hold_fields(self, keys: tuple) -> None:
        """`if hook.url not in ALLOWED:`: a field a test checks gets its own entry (the object's taint), so the
        branches can mark it validated and the other branches still hold it unmarked when they merge."""
        env = self.env
        for key in keys:
            key = key[0] if isinstance(key, tuple) else key
            if "." not in key or key in env or self._source(key) is not None:
                continue
            base, _, attr = key.rpartition(".")
            while base and base not in env:
                base = base.rpartition(".")[0]
            taint = env.get(base) if base else None
            if taint:  # what reading the field gives (`upload.filename`: the name, not the file object)
                env[key] = mark(taint, FILE_NAME) if attr in FILE_NAME_ATTRS else taint

    def _snapshot(self) -> tuple:
        return dict(self.env), set(self.consts), dict(self.values), _copy_items(self.items)

    def _restore(self, state: tuple) -> None:
        self.env, self.consts, self.values, self.items = (
            dict(state[0]), set(state[1]), dict(state[2]), _copy_items(state[3]))

    def _merge(self, states: list[tuple]) -> None:
        """After branches: a name is tainted if any branch tainted it, constant only if all agree (and a
        value or the elements of a container are known only where every branch agrees)."""
        env: dict[str, Taint] = {}
        for branch_env, *_ in states:
            for key, taint in branch_env.items():
                env[key] = env.get(key, EMPTY) | taint
        self.env = env
        self.consts = set.intersection(*(state[1] for state in states))
        first = states[0]
        self.values = {k: v for k, v in first[2].items()
                       if all(k in state[2] and _same(state[2][k], v) for state in states[1:])} if first[2] else {}
        self.items = _copy_items({k: v for k, v in first[3].items()
                                  if all(state[3].get(k) == v for state in states[1:])}) if first[3] else {}

    def _match(self, node: ts.Node) -> None:
        """`match`: the case a known subject takes, else each case as a branch from the same state."""
        decided = self._decided_case(node)
        if decided is not MISSING:
            self._block_or_stmt(decided)
            return
        self._eval(node.child_by_field_name("subject"))
        body = node.child_by_field_name("body")
        cases = [c for c in (body.named_children if body is not None else ()) if c.type == "case_clause"]
        before = self._snapshot()
        branches = []
        wildcard = False
        for case in cases:
            self._restore(before)
            patterns = [c for c in case.named_children if c.type == "case_pattern"]
            wildcard = wildcard or any(not p.named_children for p in patterns)
            consequence = case.child_by_field_name("consequence")
            self._block_or_stmt(consequence)
            if not self._exits(consequence):
                branches.append(self._snapshot())
        if not wildcard:
            branches.append(before)
        if branches:
            self._merge(branches)
        else:
            self._restore(before)

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
            if left is not None and left.type == "identifier":
                if right.type == "call":
                    self._remember_call(left, right)
                self._remember_host(left, right)
        elif kind == "augmented_assignment":
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            taint = self._eval(right)
            if left is not None:
                key = self._text(left)
                self.env[key] = self.env.get(key, EMPTY) | taint | self._formatting_label(right, left)
                self.values.pop(key, None)
                self.items.pop(key, None)
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
            computed = False  # a constant worked out from other names (`num = 7 * 42 - base`)
            if kind == "identifier":
                value_kind = value.type if value is not None else None
                # a literal is remembered as its node (read only when a condition asks), anything else evaluated now
                known = value if value_kind in LITERAL_VALUES else self._value(value) if value_kind in COMPUTED and (
                    value_kind == "identifier" or self._may_know(value)) else MISSING
                if known is MISSING:
                    self.values.pop(key, None)
                else:
                    self.values[key] = known
                    computed = known is not value
                if self.items or value_kind in ("list", "dictionary"):
                    self._track(key, value)
            elif self.summary is None and key.startswith("self."):
                if taint:
                    self.fields[key] = taint
                else:
                    self.fields.pop(key, None)
            if value is not None and (computed or self._is_const(value)):
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
                self._store(target, base, key, taint)
                if key in self.items:
                    self._item_store(key, target.child_by_field_name("subscript"), taint, value)
                self.env[key] = self.env.get(key, EMPTY) | taint
                self.consts.discard(key)
        elif kind in ("list_splat_pattern", "parenthesized_expression"):
            for child in target.named_children:
                self._assign(child, taint, None)

    def _store(self, target: ts.Node, base: ts.Node, key: str, taint: Taint) -> None:
        """`session["user"] = value`, `resp.headers["X"] = value`: sinks named `<object>.__setitem__` get the
        key as argument 0 and the value as argument 1."""
        raw = f"{key}.__setitem__"
        sinks = self.model.callee(self._resolve(raw))[0]
        if not sinks or target.has_error:
            return
        node = target.parent if target.parent is not None else target
        subscript = target.child_by_field_name("subscript")
        key_taint = self._eval(subscript) if subscript is not None else EMPTY
        for sink in sinks:
            if sink.unless_function is not None and sink.unless_function.search(
                    self.code, self.function_start, node.start_byte):
                continue
            stored = (key_taint if not sink.args or 0 in sink.args else EMPTY) | (
                taint if not sink.args or 1 in sink.args else EMPTY)
            if stored:
                self._sink_reached(sink, node, stored, f"{key}[...] =")

    def _remember_host(self, name: ts.Node, value: ts.Node) -> None:
        """`host = urlparse(url).hostname`: a later test of `host` speaks for `url` too."""
        key = self._text(name)
        self.host_of.pop(key, None)
        value = without_default(value)  # `urlparse(url).hostname or ""`
        if value is not None and value.type == "attribute" and self._text(value.child_by_field_name("attribute")) in URL_PARTS:
            origins = tuple(origin for origin in self._checked(value) if origin not in (key, self._text(value)))
            if origins:
                self.host_of[key] = origins

    def _remember_call(self, name: ts.Node, call: ts.Node) -> None:
        """`s = requests.Session()`: `s.get` is `requests.Session.get`; `p = urlparse(u)`: `p` speaks for `u`."""
        key = self._text(name)
        self.instances.pop(key, None)
        self.parsed.pop(key, None)
        if self.local_objects:
            self.local_objects.pop(key, None)
        callee = call.child_by_field_name("function")
        if callee is None or callee.type not in ("identifier", "attribute"):
            return
        if callee.type == "identifier" and self.class_methods:
            cls = self._text(callee)
            if cls in self.class_methods and cls not in self.aliases:  # `h = Helper(param)`: a class of the snippet
                # the object's taint (its arguments', just assigned) says whether it was built from tainted values
                self.local_objects[key] = (cls, bool(self.env.get(key)))
                return
        resolved = self._resolve(self._text(callee))
        if resolved in URL_PARSERS:
            origin = self._parsed_argument(call)
            if origin:
                self.parsed[key] = origin[0]
        elif resolved in FACTORIES:
            self.instances[key] = FACTORIES[resolved]
        elif resolved.rsplit(".", 1)[-1][:1].isupper() and "." in resolved:
            self.instances[key] = resolved
        elif callee.type == "identifier" and self.functions:
            made = self._made_by(self._helper(self._text(callee), "identifier"))  # `conn = get_connection()`
            if made is not None:
                self.instances[key] = made


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
        if kind in LEAF_KINDS:
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
        obj = node.child_by_field_name("object")
        model_class = self.param_classes.get(self._text(obj)) if self.param_classes and obj is not None \
            and obj.type == "identifier" else None
        if model_class is not None:
            annotation = self.class_fields[model_class].get(name.rpartition(".")[2])
            if annotation is not None and self._typed(annotation):
                return EMPTY  # `prefs.page_size` of a body model that declares `page_size: int`
        taint = self._eval(obj)
        if taint and name.rpartition(".")[2] in FILE_NAME_ATTRS:
            return mark(taint, FILE_NAME)  # `upload.filename`: the name, not the file object
        return taint

    def _eval_subscript(self, node: ts.Node) -> Taint:
        value = node.child_by_field_name("value")
        if self.items:
            element = self._item_read(node)
            if element is not None:
                self._eval(node.child_by_field_name("subscript"))  # sinks inside the key still count
                return element
        if value is not None and value.type == "dictionary" and self._is_const(value):
            self._eval(node.child_by_field_name("subscript"))  # sinks inside the key still count
            return EMPTY  # `{"asc": "ASC", "desc": "DESC"}[order]`: a value of a literal table
        if value is not None and value.type == "identifier":
            name = self._text(value)
            if (name.isupper() or name in self.consts) and not self.env.get(name):
                self._eval(node.child_by_field_name("subscript"))  # sinks inside the key still count
                return EMPTY  # `ROUTES[key]`: a value from a fixed table
        return self._eval(value)

    def _eval_string(self, node: ts.Node) -> Taint:
        # a literal that opens with its quote has no `f`/`t` prefix: it interpolates nothing
        parts = [] if node.type == "string" and self.code[node.start_byte] in QUOTES else list(interpolations(node))
        if not parts:
            if self.model.wants_temp and SHARED_TEMP_LITERAL.match(self.code, node.start_byte):
                return frozenset({(SHARED_TEMP_PATH, frozenset())})
            return EMPTY  # a constant string: no taint, builds nothing
        taint = EMPTY
        for child in parts:
            part = self._eval(child)
            if part and child.next_named_sibling is not None and child.next_named_sibling.type == "type_conversion" \
                    and child.next_named_sibling.text in (b"!r", b"!a"):
                part = mark(part, NO_NEWLINES)  # `f"{name!r}"`: repr() writes a line break as `\n`
            taint = taint | part
        if taint and self._markup(node):
            taint = mark(taint, HTML)
        if taint and FIXED_PREFIX_TEXT.match(self._text(node)[:80].lstrip("fF")):
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
                (left.type == "string" and FIXED_PREFIX_TEXT.match(self._text(left)[:80]))
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
        # `flask.request.args`, `bottle.request.query` (after `import flask` / `import bottle`) are `request.args`
        candidates = (name, resolved, resolved[resolved.index(".") + 1:]) if resolved.startswith(
            ("flask.request.", "bottle.request.", "quart.request.")) else (name, resolved)
        for candidate in candidates:  # `flask.request.args` (after `import flask`) is `request.args`
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
        # `"".join(x for x in xs)`: the generator is the one argument
        arg_nodes = [] if args_node is None else [args_node] if args_node.type == "generator_expression" \
            else args_node.named_children
        evaluate = self._eval
        src = self.src
        if src is None:
            arg_taints = [evaluate(arg) for arg in arg_nodes]
        else:  # a bare name (the common argument) is read here: no call of `_eval` for it
            arg_taints = [self.env.get(src[arg.start_byte : arg.end_byte], EMPTY) if arg.type == "identifier"
                          else evaluate(arg) for arg in arg_nodes]
        receiver = EMPTY
        raw = ""
        callee_type = callee.type if callee is not None else None
        obj = None
        formats = mutates = False  # `"...".format(...)`-like: only then can the call build a string
        method = obj_type = obj_text = ""
        if callee_type == "attribute":
            obj = callee.child_by_field_name("object")
            receiver = evaluate(obj)
            attr = callee.child_by_field_name("attribute")
            obj_type = obj.type if obj is not None else ""
            obj_text = base = self._text(obj) if obj_type in ("identifier", "attribute") else "?"
            if obj_type == "call":  # `requests.Session().get(url)`: a method of that class
                made = obj.child_by_field_name("function")
                if made is not None and made.type in ("identifier", "attribute"):
                    cls = self._resolve(self._text(made))
                    if "." in cls and cls.rsplit(".", 1)[-1][:1].isupper():
                        base = cls
            if attr is not None:
                method = self._text(attr)
                raw = f"{base}.{method}"
                formats = method in ("format", "join")
                mutates = method in MUTATORS
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
        if self.items:
            for arg in arg_nodes:  # a container handed to a call may be changed there
                if arg.type == "identifier":
                    self.items.pop(self._text(arg), None)
            if obj_type == "identifier" and obj_text in self.items:
                element = self._item_call(obj_text, method, arg_nodes, arg_taints)
                if mutates:
                    key = obj_text
                    for t in arg_taints:
                        self.env[key] = self.env.get(key, EMPTY) | t
                    if not all(self._is_const(a) for a in arg_nodes):
                        self.consts.discard(key)
                if element is not None:
                    return element
                mutates = False  # its taint was added to the name above
        if mutates:
            if obj_type in ("identifier", "attribute"):
                added = EMPTY
                for t in arg_taints:
                    added = added | t
                key = obj_text
                if added:
                    self.env[key] = self.env.get(key, EMPTY) | added
                    self.consts.discard(key)
                elif key in self.consts and not all(self._is_const(a) for a in arg_nodes):
                    self.consts.discard(key)  # `parts = []; parts.append(name)`: no longer a constant list
        sinks, converter, markers, normal = model.callee(name)
        for sink in sinks:
            self._check_sink(sink, node, raw, arg_nodes, arg_taints, receiver)
        if method == "relative_to":
            self._contained(obj)  # `target.relative_to(BASE)` raises unless target lies under BASE
        parses = name in PARSE_CHECKS
        if parses and arg_nodes:  # `ipaddress.ip_address(host)`, `jsonschema.validate(instance=data, ...)`
            checked = arg_nodes[0]
            if checked.type == "keyword_argument":
                checked = next((a.child_by_field_name("value") for a in arg_nodes if a.type == "keyword_argument"
                                and self._text(a.child_by_field_name("name")) == "instance"), checked)
            if checked.type == "identifier":
                key = self._text(checked)
                if self.env.get(key):
                    self.env[key] = mark(self.env[key], PARSED)
        if converter or (callee_type == "identifier" and raw in self.enums):
            return EMPTY
        if obj_type == "identifier" and not receiver and raw.endswith(".get") and (
                obj_text.isupper() or obj_text in self.consts):
            return EMPTY  # `PAGES.get(choice, "/")`: a value from a fixed table, whatever the key
        if obj_type == "dictionary" and method == "get" and not receiver and self._is_const(obj):
            # `{"name": "name", "date": "created_at"}.get(key, "name")`: a literal table's value or the default
            return arg_taints[1] if len(arg_taints) > 1 else EMPTY
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
            markers = [*markers, FILE_NAME, AS_TEXT]
        elif method in TEXT_METHODS and receiver:
            markers = [*markers, AS_TEXT]
        elif (method in ("replace", "splitlines", "sub", "subn") or name in ("re.sub", "re.subn")) and \
                self._strips_newlines(name, arg_nodes):
            markers = [*markers, NO_NEWLINES]
        if markers or normal:
            taint = mark(taint, *markers, *normal)
        elif method in FILLS_TEMPLATE and callee_type == "attribute":
            # `"<h1>{}</h1>".format(v)`, `PAGE.replace("{{name}}", v)`, `Template("<p>$q</p>").substitute(q=v)`
            if obj is not None and self._markup_template(obj):
                taint = mark(taint, HTML)
        return taint | self._formatting_label(node, None) if formats else taint

    def _strips_newlines(self, name: str, arg_nodes: list) -> bool:
        """`v.replace("\\n", "")`, `re.sub(r"[\\r\\n]", "", v)`, `v.splitlines()`: no line break is left to forge
        a log line or end a header (a `replace` of `\\r` alone leaves `\\n`)."""
        last = name.rsplit(".", 1)[-1]
        if last == "splitlines":
            return True
        if last == "replace" and arg_nodes and arg_nodes[0].type == "string":
            return "\\n" in self._text(arg_nodes[0])
        if name in ("re.sub", "re.subn", "regex.sub") and arg_nodes and arg_nodes[0].type == "string":
            pattern = self._text(arg_nodes[0])
            return "\\n" in pattern or "\\s" in pattern or KEEPS_ONLY.fullmatch(pattern) is not None
        return False

    def _check_sink(self, sink: Sink, node: ts.Node, raw: str, arg_nodes: list, arg_taints: list,
                    receiver: Taint) -> None:
        if node.has_error:  # the call did not parse: its arguments are guesses
            return
        if sink.unless_function is not None and sink.unless_function.search(
                self.code, self.function_start, node.end_byte):
            return  # the function (or the call itself) disarms this sink (a parser built with resolve_entities=False)
        if sink.unless_kwarg and any(
                a.type == "keyword_argument" and (wanted := sink.unless_kwarg.get(
                    self._text(a.child_by_field_name("name")))) is not None
                and self._text(a.child_by_field_name("value")).lower() == wanted.lower() for a in arg_nodes):
            return  # a keyword that disarms this sink (`usedforsecurity=False`)
        if sink.when_args:
            positional = [a for a in arg_nodes if a.type != "keyword_argument"]
            if not all(i < len(positional) and pattern.fullmatch(self._text(positional[i]))
                       for i, pattern in sink.when_args.items()):
                return
        if sink.kwarg:
            for key, wanted in sink.kwarg.items():
                if not any(a.type == "keyword_argument" and self._text(a.child_by_field_name("name")) == key
                           and self._text(a.child_by_field_name("value")) == str(wanted) for a in arg_nodes):
                    return
        if sink.writes and not any(
                WRITE_MODE.match(self._text(a.child_by_field_name("value") if a.type == "keyword_argument" else a))
                for i, a in enumerate(arg_nodes)
                if (a.type == "keyword_argument" and self._text(a.child_by_field_name("name")) == "mode")
                or (a.type != "keyword_argument" and i == (0 if "receiver" in sink.args else 1))):
            return
        taint = receiver if "receiver" in sink.args else EMPTY
        position = 0
        nonconstant = NON_CONSTANT in sink.rule.sources
        for arg, t in zip(arg_nodes, arg_taints):
            if arg.type == "keyword_argument":
                key = self._text(arg.child_by_field_name("name"))
                if not sink.args or key in sink.args:
                    taint = taint | t
                    if nonconstant and not self._is_const(arg.child_by_field_name("value")):
                        taint = taint | NON_CONSTANT_LABEL
            else:
                if not sink.args or position in sink.args:
                    taint = taint | t
                    if nonconstant and not self._is_const(arg):
                        taint = taint | NON_CONSTANT_LABEL
                position += 1
        if not taint:
            return
        shown = raw.replace("?.", "") if raw else "call"
        self._sink_reached(sink, node, taint, shown)
        if sink.html and self.summary is None and arg_nodes and arg_nodes[0].type != "keyword_argument":
            raw_text = self._raw_text(arg_nodes[0], arg_taints[0])  # `make_response(request.args["q"])`
            label = sink.rule.first_unclean(raw_text) if raw_text else None
            if label is not None:
                self.findings.append((sink.rule.rule, node, f"{describe(label)} -> {shown}"))

    def _raw_text(self, value: ts.Node, taint: Taint) -> Taint:
        """The labels of request text that a response body holds as it came (`request.args["q"]`, a name
        holding it) or formatted into a string (`f"Hello {name}"`): a Flask/Django body is text/html by
        default, so that text is markup whether or not the literal around it has tags."""
        if value.type in ("identifier", "subscript", "attribute") or (
                value.type == "call" and self._text(value.child_by_field_name("function")).endswith(".get")):
            return frozenset(label for label in taint if not label[1] and label[0] in TEXT_SOURCES)
        if value.type in STRING_TYPES or (value.type == "binary_operator" and stringish(value)):
            return frozenset(label for label in taint if label[0] in TEXT_SOURCES)
        return EMPTY

    def _sink_reached(self, sink: Sink, node: ts.Node, taint: Taint, shown: str) -> None:
        if self.summary is not None:  # a helper's parameter reaching a sink: reported where it is called
            for source, applied in taint:
                if source.startswith(PARAM):
                    self.summary.sinks.append((int(source[len(PARAM):]), sink, node, shown, applied))
        label = sink.rule.first_unclean(taint, sink.html, sink.sql)
        if label is not None:
            self.findings.append((sink.rule.rule, node, f"{describe(label)} -> {shown}"))

    # -- helpers of the snippet: summaries ----------------------------------------------------------


    # -- string building --------------------------------------------------------------------------


def _eval_lambda(walk: "PythonWalk", node: ts.Node) -> Taint:
    """`matcher = lambda text: re.search(q, text)`: the body runs later, with the names around it (a closure):
    a sink in it is checked now, its parameters holding nothing known. The lambda itself is a function, not
    data: it carries no taint (what calling it returns goes through the call's arguments)."""
    body = node.child_by_field_name("body")
    if body is None:
        return EMPTY
    parameters = node.child_by_field_name("parameters")
    saved_env, saved_consts, saved_values = dict(walk.env), set(walk.consts), dict(walk.values)
    for param in parameters.named_children if parameters is not None else ():
        name = param if param.type == "identifier" else param.child_by_field_name("name") or (
            param.named_children[0] if param.named_children else None)
        if name is not None and name.type == "identifier":
            key = walk._text(name)
            walk.env.pop(key, None)
            walk.consts.discard(key)
            walk.values.pop(key, None)
    walk._eval(body)
    walk.env, walk.consts, walk.values = saved_env, saved_consts, saved_values
    return EMPTY


def _eval_comprehension(walk: "PythonWalk", node: ts.Node) -> Taint:
    """`[x for x in names if x in ALLOWED]`: the elements an allow-list kept are validated. The loop names
    hold what the iterable holds while the element is built (`f"<li>{escape(x)}</li>" for x in items` is
    escaped), and are local to the comprehension."""
    saved = dict(walk.env)
    loop_names = set()
    taint = EMPTY
    body = node.child_by_field_name("body")
    for clause in node.named_children:
        if clause.type == "for_in_clause":
            left = clause.child_by_field_name("left")
            walk._assign(left, walk._eval(clause.child_by_field_name("right")), None)
            if left is not None and left.type == "identifier":
                loop_names.add(walk._text(left))
        elif clause.type == "if_clause":
            walk._eval(clause)
        elif body is None or clause.id != body.id:
            taint = taint | walk._eval(clause)
    if body is not None:
        taint = taint | walk._eval(body)
    walk.env = saved
    if not taint:
        return taint
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
    "conditional_expression": PythonWalk._eval_conditional,
    "list_comprehension": _eval_comprehension,
    "set_comprehension": _eval_comprehension,
    "generator_expression": _eval_comprehension,
    "lambda": _eval_lambda,
}


def _nonconstant_words(model: TaintModel):
    """(search for the modules, search for the call names) of the sinks whose rules take the `non-constant`
    source ((None, None): no such rule); computed once per model."""
    cached = model.__dict__.get("python_nonconstant_words", MISSING)
    if cached is MISSING:
        patterns = [pattern for pattern, entries in list(model.sinks.exact.items()) + list(model.sinks.suffix.items())
                    if any(NON_CONSTANT in entry.rule.sources for entry in entries)]
        modules = {p.split(".", 1)[0].encode() for p in patterns if "." in p and not p.startswith("*")}
        calls = {p.rsplit(".", 1)[-1].encode() for p in patterns}
        if any(p.startswith("*") or "." not in p for p in patterns):
            modules = set()  # a pattern without a module: no snippet-wide word to require
            cached = (re.compile(rb""), any_word(calls)) if calls else (None, None)
        else:
            cached = (any_word(modules), any_word(calls)) if calls else (None, None)
        model.__dict__["python_nonconstant_words"] = cached
    return cached


def _copy_items(items: dict) -> dict:
    if not items:
        return {}
    return {k: (list(v) if isinstance(v, list) else dict(v)) for k, v in items.items()}


def _same(a, b) -> bool:
    return type(a) is type(b) and a == b


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, PythonWalk)
