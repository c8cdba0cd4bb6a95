"""The Rust adapter: tree-sitter-rust node kinds, `use` aliases, `let` bindings, typed parameters, macros.

Web handlers (axum, actix-web, Rocket, warp) are routes: their extractor parameters (`Path(name): Path<String>`,
`web::Query<...>`, `Json(body)`) and Rocket route arguments hold client text; parameters typed as numbers,
booleans or UUIDs hold no text at all. `format!`-style macros are string building (`lang_rust_macros.py`
reads their token trees). Sources, sinks and sanitizers are data in `rules/rust/taint.yaml`.
"""

from __future__ import annotations

import functools
import re

import tree_sitter as ts

from curator.engines.dataflow.core import (
    EMPTY, FUNCTION_PARAMETERS, HTML, MARKUP, SHARED_TEMP_PATH, VALIDATED, TaintModel, called_outside, mark,
)
from curator.engines.dataflow.lang_rust_guards import CONSTANT_NAME, TEXT_TYPES, RustGuards, unref, unwrapped
from curator.engines.dataflow.lang_rust_macros import PARSERS, SHARED_TEMP, TEMP_LABEL, MacroValues
from curator.engines.dataflow.walk import Walk
from curator.engines.dataflow.walk_checked_names import CheckedNames
from curator.ruleset import Rule

EXIT_MACROS = frozenset({"panic", "bail", "unreachable", "todo", "unimplemented"})
# Types that hold no text a client could shape into syntax.
_PLAIN_TYPE = re.compile(r"^&?(mut\s+)?(Option<\s*)?(i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize|f32|f64|"
                         r"bool|char|Uuid|uuid::Uuid|NaiveDate|DateTime<\w+>|IpAddr|Ipv4Addr|Ipv6Addr|"
                         r"(?:\w+::)*Method|(?:\w+::)*Version)(\s*>)?$")  # an HTTP method or version is a token
# Extractors whose value comes from the request (axum, actix-web, warp filters' arguments).
_EXTRACTOR = re.compile(r"^(\w+::)*(Path|Query|Json|Form|Multipart|TypedHeader|RawQuery|Bytes|String|HeaderMap|"
                        r"RawForm|Body|Request|OriginalUri|Uri)\b")
_ROUTE_ATTRIBUTE = re.compile(r"^#\[\s*(\w+::)*(get|post|put|patch|delete|head|route|options)\s*\(")
# extractors that wrap what they extract: a function taking them is a handler even where a test calls it
_WRAPPED_EXTRACTOR = re.compile(r"^(\w+::)*(Path|Query|Json|Form|Multipart|TypedHeader|HeaderMap|RawQuery|RawForm|"
                                r"Request|OriginalUri)\b")
_NOT_CLIENT = re.compile(r"(State|Extension|Data|Pool|Connection|Db|DbConn|Database|Config|AppState|Client)\b")


@functools.lru_cache(maxsize=256)
def _body_extractor(name: str) -> re.Pattern:
    """`Json(name)`, `Form(mut name)` or `name: web::Json<..>`: `name` bound by a body extractor."""
    escaped = re.escape(name)
    return re.compile(r"\b(?:Json|Form)\s*\(\s*(?:mut\s+)?" + escaped + r"\s*\)|\b" + escaped +
                      r"\s*:\s*(?:\w+::)*(?:Json|Form)\s*<")


class RustWalk(RustGuards, CheckedNames, MacroValues, Walk):
    plain_parameters: frozenset | set = frozenset()  # parameters of the function being entered typed as numbers
    caller_fed = False  # whether the function being entered is called in the snippet (see `_function`)

    def __init__(self, model: TaintModel, code: bytes) -> None:
        super().__init__(model, code)
        # a random part in a name built in the snippet (`UUID.randomUUID()`): the shared-temp label is dropped
        # where it is pasted (see `eval`); `unfiltered` is the node being evaluated under that test
        self.random_names = model.wants_temp and _RANDOM_NAME.search(code) is not None
        self.unfiltered = None
        self.markup_names: set[str] = set()  # names bound to text holding markup (a page being built)
        self.checks: dict[str, tuple] = {}  # boolean name -> what it proves true / false (`let ok = x.starts_with(..)`)
        self.validators: dict[int, bool] = {}  # function id -> whether it returns a check of its first parameter
        self.number_fields: frozenset = frozenset()  # fields declared as numbers (see `_fields`)
        self.const_fields: frozenset = frozenset()  # fields only ever set to constants (see `_fields`)
        self.loop_numbers: list[str] = []  # the number-typed names of the loop being entered (`_tuple_numbers`)
        self.library_results: set[str] = set()  # names bound to what a library call answered (see `_error_of`)
        self.decoded: str | None = None  # the snippet as text, for `_body_bound` (decoded on its first call)
    FUNCTIONS = frozenset({"function_item", "closure_expression"})
    CALLS = frozenset({"call_expression"})
    MEMBERS = frozenset({"field_expression", "scoped_identifier"})
    SUBSCRIPTS = frozenset({"index_expression"})
    IDENTIFIERS = frozenset({"identifier", "self", "shorthand_field_identifier"})
    STRINGS = frozenset({"string_literal", "raw_string_literal"})
    ASSIGNMENTS = frozenset({"assignment_expression"})
    AUGMENTED = frozenset({"compound_assignment_expr"})
    DECLARATORS = frozenset({"let_declaration"})
    IFS = frozenset({"if_expression"})
    RETURNS = frozenset({"return_expression"})
    EXITS = frozenset({"break_expression", "continue_expression"})
    EXIT_CALLS = ("exit", "abort")
    NOTS = frozenset({"unary_expression"})
    LITERALS = frozenset({"integer_literal", "float_literal", "boolean_literal", "char_literal", "line_comment",
                          "block_comment", "unit_expression"})
    SELF_PREFIXES = ("self.",)
    IMPLICIT_RETURN = True
    MEMBERSHIP_METHODS = Walk.MEMBERSHIP_METHODS | {"contains_key", "binary_search"}
    PATTERN_TESTS = Walk.PATTERN_TESTS | {"is_match"}
    PREFIX_METHODS = Walk.PREFIX_METHODS | {"starts_with", "strip_prefix"}
    URL_PARSERS = frozenset({"Url.parse", "url.Url.parse", "reqwest.Url.parse"})
    URL_PARTS = Walk.URL_PARTS | {"host_str", "domain"}
    MUTATORS = frozenset({"push", "push_str", "extend", "insert", "append", "write_str", "write_all"})

    # -- names ------------------------------------------------------------------------------------
    def imports(self, root: ts.Node) -> None:
        for node in root.named_children:
            if node.type == "use_declaration":
                self._use(node.child_by_field_name("argument"), "")
        if b"struct" in self.code or _STRUCT_LITERAL.search(self.code):
            self._fields(root)

    def _fields(self, root: ts.Node) -> None:
        """Fields every struct literal of the snippet sets to a constant (`Probe { mount: "/".to_string() }`)
        and nothing assigns later: `self.mount` is that constant wherever it is read. Fields of a struct that
        is also filled from outside (`#[derive(Deserialize)]`, clap `Parser`, a database row) are not.
        Fields declared as numbers (`page: u32`) in every struct that has them hold no text whatever a request
        fills them with (serde rejects anything else)."""
        values: dict[str, bool] = {}
        outside: set[str] = set()
        kinds: dict[str, bool] = {}
        literals = _STRUCT_LITERAL.search(self.code) is not None
        stack = [root]
        while stack:
            node = stack.pop()
            kind = node.type
            if kind == "field_declaration":
                name, declared = node.child_by_field_name("name"), node.child_by_field_name("type")
                if name is not None and declared is not None:
                    key = self.text(name)
                    kinds[key] = kinds.get(key, True) and _NUMBER_TYPE.match(self.text(declared)) is not None
            if not literals:  # no struct literal to read (or one that fills the rest from elsewhere)
                stack.extend(node.named_children)
                continue
            if kind == "field_initializer":
                name, value = node.child_by_field_name("field"), node.child_by_field_name("value")
                if name is not None:
                    key = self.text(name)
                    values[key] = values.get(key, True) and value is not None and self.is_const(value)
            elif kind == "shorthand_field_initializer" and node.named_children:
                values[self.text(node.named_children[0])] = False
            elif kind == "base_field_initializer":  # `..Default::default()`: fields set elsewhere
                literals = False
                values.clear()
            elif kind in ("assignment_expression", "compound_assignment_expr"):
                target = node.child_by_field_name("left")
                if target is not None and target.type == "field_expression":
                    field = target.child_by_field_name("field")
                    if field is not None:
                        outside.add(self.text(field))
            elif kind == "struct_item" and _FILLED_FROM_OUTSIDE.search(self._attributes(node)):
                body = node.child_by_field_name("body")
                for field in body.named_children if body is not None else ():
                    name = field.child_by_field_name("name")
                    if name is not None:
                        outside.add(self.text(name))
            stack.extend(node.named_children)
        self.const_fields = frozenset(name for name, constant in values.items() if constant and name not in outside)
        self.number_fields = frozenset(name for name, plain in kinds.items() if plain)

    def _attributes(self, item: ts.Node) -> str:
        """The text of the attributes written right above an item (`#[derive(Deserialize)]`)."""
        parts = []
        before = item.prev_named_sibling
        while before is not None and before.type in ("attribute_item", "line_comment", "block_comment"):
            parts.append(self.text(before))
            before = before.prev_named_sibling
        return " ".join(parts)

    def _use(self, node: ts.Node | None, prefix: str) -> None:
        if node is None:
            return
        kind = node.type
        if kind in ("identifier", "scoped_identifier"):
            full = prefix + self.dotted(node)
            self.aliases.setdefault(full.rsplit(".", 1)[-1], full)
        elif kind == "use_as_clause":
            path, alias = node.child_by_field_name("path"), node.child_by_field_name("alias")
            if path is not None and alias is not None:
                self.aliases[self.text(alias)] = prefix + self.dotted(path)
        elif kind == "scoped_use_list":
            path = node.child_by_field_name("path")
            inner = prefix + (self.dotted(path) + "." if path is not None else "")
            self._use(node.child_by_field_name("list"), inner)
        elif kind == "use_list":
            for child in node.named_children:
                self._use(child, prefix)

    def member(self, node: ts.Node):
        if node.type == "scoped_identifier":
            return node.child_by_field_name("path"), self.text(node.child_by_field_name("name"))
        return node.child_by_field_name("value"), self.text(node.child_by_field_name("field"))

    def dotted(self, node: ts.Node | None) -> str:
        if node is not None and node.type == "generic_function":  # `parse::<i32>`, `Vec::<u8>::new`
            return self.dotted(node.child_by_field_name("function"))
        if node is not None and node.type in ("generic_type", "type_identifier", "primitive_type"):
            base = node.child_by_field_name("type") if node.type == "generic_type" else node
            return self.text(base)
        if node is not None and node.type in ("reference_expression", "try_expression", "await_expression",
                                              "parenthesized_expression"):
            return self.dotted(node.named_children[0]) if node.named_children else ""
        return super().dotted(node)

    def call_parts(self, node: ts.Node):
        callee = node.child_by_field_name("function")
        args = self.arguments(node.child_by_field_name("arguments"))
        if callee is not None and callee.type == "generic_function":
            callee = callee.child_by_field_name("function")
        if callee is not None and callee.type == "field_expression":
            return self.dotted(callee), callee.child_by_field_name("value"), args
        return self.dotted(callee), None, args

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        return [a for a in args.named_children if a.type not in ("line_comment", "block_comment")] if args else []

    def subscript_object(self, node: ts.Node):
        return node.named_children[0] if node.named_children else None

    def string_parts(self, node: ts.Node) -> list[ts.Node]:
        return []

    def declarations(self, node: ts.Node):
        if node.type == "let_declaration":
            pattern, value = node.child_by_field_name("pattern"), node.child_by_field_name("value")
            if pattern is None or value is None:
                return []
            declared = node.child_by_field_name("type")
            if declared is not None and _PLAIN_TYPE.match(self.text(declared)):
                self.eval(value)
                self.assign(pattern, EMPTY, None)
                self.consts.add(self.text(pattern))
                return []  # `let id: i64 = raw.parse()?`: a number
            return [(pattern, value)]
        return super().declarations(node)

    # -- functions --------------------------------------------------------------------------------
    def parameters(self, function: ts.Node):
        params = function.child_by_field_name("parameters")
        out = []
        for param in params.named_children if params is not None else ():
            pattern = param.child_by_field_name("pattern") if param.type == "parameter" else param
            if pattern is None:
                continue
            for name in self._names(pattern):
                out.append((self.text(name), param))
        return out

    def _names(self, pattern: ts.Node) -> list[ts.Node]:
        """The names a pattern binds: `name`, `Path(name)`, `web::Path((a, b))`, `mut x`."""
        if pattern.type == "identifier":
            return [pattern]
        out = []
        for child in pattern.named_children:
            if pattern.type == "tuple_struct_pattern" and child == pattern.child_by_field_name("type"):
                continue
            if child.type in ("identifier", "tuple_pattern", "tuple_struct_pattern", "mut_pattern",
                              "reference_pattern", "struct_pattern", "field_pattern", "shorthand_field_identifier"):
                plain = child.type in ("identifier", "shorthand_field_identifier")
                out.extend([child] if plain else self._names(child))
        return out

    def is_route(self, function: ts.Node, params) -> bool:
        if self.caller_fed and not any(_WRAPPED_EXTRACTOR.match(self._param_type(param)) for _, param in params
                                       if param.type == "parameter"):
            return False  # `run(script: String)` called by the snippet's own code: a helper, not a handler
        if function.type == "closure_expression":
            return self._warp_filter_closure(function)
        if function.type != "function_item":
            return False
        if self._route_attribute(function):
            return True
        returned = function.child_by_field_name("return_type")
        if returned is not None and _WARP_REPLY.search(self.text(returned)):
            return True  # a warp handler (`-> Result<impl warp::Reply, warp::Rejection>`): its arguments are extracted
        return any(_EXTRACTOR.match(self._param_type(param)) and not _NOT_CLIENT.search(self._param_type(param))
                   for _, param in params)

    def _warp_filter_closure(self, closure: ts.Node) -> bool:
        """`warp::path!("hello" / String).map(|name: String| ...)`: a closure a warp filter chain calls with what
        it extracted from the request."""
        args = closure.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        if call is None or call.type != "call_expression":
            return False
        callee = call.child_by_field_name("function")
        if callee is None or callee.type != "field_expression":
            return False
        method = self.text(callee.child_by_field_name("field"))
        return method in ("map", "and_then", "then") and "warp::" in self.text(callee.child_by_field_name("value"))

    def _route_attribute(self, function: ts.Node) -> bool:
        sibling = function.prev_named_sibling
        while sibling is not None and sibling.type in ("attribute_item", "line_comment"):
            if sibling.type == "attribute_item" and _ROUTE_ATTRIBUTE.match(self.text(sibling)):
                return True
            sibling = sibling.prev_named_sibling
        return False

    def _param_type(self, param: ts.Node) -> str:
        """The parameter's type, its outer name resolved through `use ... as` (`UrlPath<String>` -> `Path<String>`)."""
        kind = param.child_by_field_name("type") if param.type == "parameter" else None
        text = self.text(kind) if kind is not None else ""
        head = re.match(r"\w+", text)
        if head and head.group(0) in self.aliases:
            text = self.aliases[head.group(0)].rsplit(".", 1)[-1] + text[head.end():]
        return text

    def route_parameter(self, name: str, param: ts.Node) -> bool:
        kind = self._param_type(param)
        if _NOT_CLIENT.search(kind) or _PLAIN_TYPE.match(kind) or re.search(r"<\s*(i\d+|u\d+|usize|bool|Uuid)\s*>",
                                                                              kind):
            return False
        if re.fullmatch(r"(std::path::)?PathBuf", kind):
            function = param.parent.parent if param.parent is not None else None
            if function is not None and function.type == "function_item" and self._segments_route(function, name):
                return False  # Rocket's `<file..>` PathBuf refuses `..`, hidden and absolute segments
        return True

    def _segments_route(self, function: ts.Node, name: str) -> bool:
        sibling = function.prev_named_sibling
        while sibling is not None and sibling.type in ("attribute_item", "line_comment"):
            if sibling.type == "attribute_item" and f"<{name}..>" in self.text(sibling):
                return True
            sibling = sibling.prev_named_sibling
        return False

    def _function(self, node: ts.Node) -> None:
        # Parameters typed as numbers hold no text: constants for the string building around them.
        plain = {name for name, param in self.parameters(node)
                 if param.type == "parameter" and (_PLAIN_TYPE.match(self._param_type(param)) or
                                                   _PLAIN_EXTRACTED.match(self._param_type(param)))}
        self.consts |= plain
        saved, self.plain_parameters = self.plain_parameters, plain
        # a helper the snippet calls: its callers' arguments reach its sinks (summaries); its parameters are
        # no outside text of their own (`run(&script)` with a script built from constants and numbers)
        fed, self.caller_fed = self.caller_fed, self._called_here(node)
        try:
            super()._function(node)
        finally:
            self.plain_parameters, self.caller_fed = saved, fed

    def _called_here(self, function: ts.Node) -> bool:
        """Whether the snippet calls this (non-route, named) function outside its own body."""
        name = self.function_name(function)
        if not name or function.type != "function_item" or self._route_attribute(function):
            return False
        return called_outside(self.code, name, function.start_byte, function.end_byte, between=rb"(?:::<[^>]*>)?")

    def _walk_function(self, body, outer, route, params) -> None:
        if self.plain_parameters:  # a number any caller passes is still no text (`function-parameters` rules)
            params = {name: taint for name, taint in params.items() if name not in self.plain_parameters}
        if self.caller_fed:  # a helper the snippet calls: only its callers' values count (see `_function`)
            params = {name: taint for name, taint in params.items()
                      if any(source != FUNCTION_PARAMETERS for source, _ in taint)}
        if body is None or not route or not self.model.route_sinks or body.type != "block":
            super()._walk_function(body, outer, route, params)
            return
        # A route's last expression is its response: walk it like a `return`.
        saved = (self.env, self.consts, self.parsed, self.route, self.function_start)
        self.function_start = body.start_byte
        self.env = {**outer, **self.fields, **params}
        self.consts = {name for name in self.consts if name not in params}
        self.parsed, self.route = {}, route
        try:
            children = [c for c in body.named_children if c.type not in ("line_comment", "block_comment")]
            for child in children[:-1]:
                self.statement(child)
            if children:
                last = children[-1]
                if last.type == "expression_statement" or last.type in self.RETURNS or last.type in self.IFS:
                    self.statement(last)
                else:
                    taint = self.eval(last)
                    for trule in self.model.route_sinks:
                        self._report(trule, last, taint, trule.return_html, False, "returned from a route")
        finally:
            self.env, self.consts, self.parsed, self.route, self.function_start = saved

    def body(self, function: ts.Node):
        return function.child_by_field_name("body")

    def _apply_summary(self, name: str, summary, arg_taints: list):
        taint = super()._apply_summary(name, summary, arg_taints)
        if taint and b"&lt;" in self.code:
            helper = self.functions.get(name)
            if helper is not None and _ENTITIES.search(self.code, helper.start_byte, helper.end_byte):
                return mark(taint, ESCAPED)  # `esc(s)` replacing '<' by "&lt;" (and '&' or '>' by theirs)
        return taint

    def _body_bound(self, name: str) -> bool:
        """Whether `name` is bound by a body extractor: `Json(name)`, `Form(name)`, `name: web::Json<..>`."""
        if self.decoded is None:  # decoded once per snippet, on the first look-up
            self.decoded = self.code.decode("utf-8", "replace")
        return _body_extractor(name).search(self.decoded) is not None

    def loop_binding(self, node: ts.Node):
        if node.type == "for_expression":  # `for entry in archive.entries()? { .. }`: entry is an element
            pattern, value = node.child_by_field_name("pattern"), node.child_by_field_name("value")
            self.loop_numbers = self._tuple_numbers(pattern, value)
            return pattern, value
        return None

    def _tuple_numbers(self, pattern: ts.Node | None, value: ts.Node | None) -> list[str]:
        """The names a `for (id, name) in rows` binds at the positions `rows` was declared to hold numbers
        (`let rows: Vec<(i64, String)> = sqlx::query_as(..)`)."""
        while pattern is not None and pattern.type == "reference_pattern" and pattern.named_children:
            pattern = pattern.named_children[0]
        while value is not None and value.type in ("reference_expression", "call_expression"):
            if value.type == "call_expression":  # `rows.iter()`, `rows.into_iter()`
                name, receiver, _ = self.call_parts(value)
                if receiver is None or name.rsplit(".", 1)[-1] not in ("iter", "into_iter"):
                    return []
                value = receiver
            else:
                value = value.named_children[-1] if value.named_children else None
        if pattern is None or pattern.type != "tuple_pattern" or value is None or value.type != "identifier":
            return []
        declared = re.search(r"\blet\s+(?:mut\s+)?" + re.escape(self.text(value)) +
                             r"\s*:\s*Vec\s*<\s*\(([^()]*)\)\s*>", self.code.decode("utf-8", "replace"))
        if declared is None:
            return []
        kinds = [k.strip() for k in declared.group(1).split(",") if k.strip()]
        names = pattern.named_children
        return [self.text(n) for n, k in zip(names, kinds) if n.type == "identifier" and _NUMBER_TYPE.match(k)
                ] if len(names) == len(kinds) else []

    def _check_sink(self, sink, node, raw, args, arg_taints, receiver) -> None:
        if sink.rule.rule.cwe == "CWE-377" and _EXCLUSIVE.search(self.text(node)):
            return  # `OpenOptions::new().write(true).create_new(true).open(p)`: fails where the name exists
        if sink.rule.rule.cwe == "CWE-915":
            if raw.endswith("bind") and not _WRITE_SQL.search(self.text(node)):
                return  # a value bound into a SELECT's WHERE is read against, not stored
            # `body.is_admin` declared `bool` holds no text, yet the client chose it: the struct's own taint, where
            # the struct is a body the client sent (`Json(body)`, `body: web::Form<..>`), not an auth extractor
            arg_taints = [self.env.get(self.dotted(base), EMPTY) if base is not None and self._body_bound(
                self.text(base)) else EMPTY for base in (unref(arg).child_by_field_name("value") if unref(
                    arg).type == "field_expression" else None for arg in args)]
        super()._check_sink(sink, node, raw, args, arg_taints, receiver)

    # -- statements and expressions ---------------------------------------------------------------
    def exits(self, node: ts.Node | None) -> bool:
        if super().exits(node):
            return True
        last = node
        while last is not None and last.type in ("block", "expression_statement") and last.named_children:
            last = [c for c in last.named_children if c.type not in ("line_comment", "block_comment")][-1]
        if last is not None and last.type == "macro_invocation":
            return self.text(last.child_by_field_name("macro")) in EXIT_MACROS
        return False

    def eval(self, node):
        if self.random_names and node is not None and node.type in _NAME_BUILDS and node.id != self.unfiltered and (
                _RANDOM_NAME.search(self.code, node.start_byte, node.end_byte)):
            # `temp_dir().join(format!("upload-{}", Uuid::new_v4()))`: a name nobody can guess
            saved, self.unfiltered = self.unfiltered, node.id
            try:
                taint = self.eval(node)
            finally:
                self.unfiltered = saved
            return frozenset(label for label in taint if label[0] != SHARED_TEMP_PATH)
        if node is None:
            return EMPTY
        kind = node.type
        if self.model.wants_temp and (kind in self.STRINGS and SHARED_TEMP.match(self.code, node.start_byte) or (
                kind == "call_expression" and _TEMP_DIR.search(self.text(node.child_by_field_name("function"))))):
            return TEMP_LABEL  # "/tmp/x", `env::temp_dir()`: a folder every local user shares
        if kind in ("call_expression", "index_expression") and self._constant_lookup(node):
            super().eval(node)  # (the key is still read)
            return EMPTY  # `COLUMNS.get(key).copied().unwrap_or("name")`: one of the table's literals
        if kind == "macro_invocation":
            return self._macro(node)
        if kind == "field_expression" and (self.const_fields or self.number_fields) and self._constant_field(node):
            return EMPTY  # `self.mount` that every struct literal sets to a constant, `q.page` declared `u32`
        if kind == "binary_expression" and self.operator(node) in _ARITHMETIC:
            for child in node.named_children:
                self.eval(child)  # sinks inside still count
            return EMPTY  # `q.page * 20`: a number
        if kind == "try_expression" and node.named_children and node.named_children[0].type == "call_expression":
            call = node.named_children[0]  # `validate_host(&host)?;`: below, host passed the helper's checks
            name, receiver, args = self.call_parts(call)
            taint = super().eval(node)
            if receiver is None and args and self._rejects_unless_valid(name):
                self.validate(self.checked(args[0]))
            return taint
        if kind == "await_expression" and node.named_children and node.named_children[0].type == "call_expression":
            call = node.named_children[0]
            name = self.call_parts(call)[0]
            taint = super().eval(node)
            if taint and self._user_function(name) is None and self.source(self.resolve(name)) is None:
                # `crate::sso::exchange_code(&p.code).await`, `users::find(&db, id).await`: what a database or
                # another service answered for the value (rules that take "@looked-up" as checked)
                return mark(taint, LOOKED_UP)
            return taint
        if kind == "let_condition":  # `if let Some(name) = query.get("name")`
            value = node.child_by_field_name("value")
            taint = self.eval(value)
            pattern = node.child_by_field_name("pattern")
            if self._error_of(pattern, value):
                taint = EMPTY  # `if let Err(e) = sqlx::query(..).bind(&name).execute(&db).await`: the crate's error
            for name in self._names(pattern) if pattern is not None else ():
                self.assign(name, taint, value)  # (`if let Some(host) = url.host_str()`: host is url's host)
            return EMPTY
        if kind == "tuple_expression" and len(node.named_children) == 2 and _LOCATION.match(
                self.text(node.named_children[0])):
            value = node.named_children[1]
            taint = self.eval(value)  # `(header::LOCATION, url)` in `append_header(...)` or an axum response tuple
            for sink in self.model.callee("http.header.location")[0]:
                self._check_sink(sink, node, "Location header", [value], [taint], EMPTY)
            return taint
        if kind == "type_cast_expression":  # `n as usize`: a number
            self.eval(node.child_by_field_name("value"))
            return EMPTY
        if kind in ("unsafe_block", "block") and node.named_children:
            return self._block_value(node)
        if kind == "match_expression":
            return self._match(node)
        if kind == "if_expression":  # `let target = if ALLOWED.contains(&next) { next } else { "/".into() }`
            alternative = node.child_by_field_name("alternative")
            other = alternative.named_children[0] if alternative is not None and alternative.named_children else None
            return self.choice(node.child_by_field_name("condition"), node.child_by_field_name("consequence"), other)
        if kind == "compound_assignment_expr":
            taint = super().eval(node)
            key = self.dotted(node.child_by_field_name("left"))
            if taint and key in self.markup_names:  # `page += &name` on a page of markup
                self.env[key] = self.env.get(key, EMPTY) | mark(self.eval(node.child_by_field_name("right")), HTML)
            return taint
        if kind == "call_expression":
            name, receiver, _ = self.call_parts(node)
            last = name.rsplit(".", 1)[-1]
            callee = node.child_by_field_name("function")
            if last == "parse" and receiver is not None and callee.type == "generic_function" and TEXT_TYPES.search(
                    self.text(callee.child_by_field_name("type_arguments"))):
                return self.eval(receiver)  # `next.parse::<Uri>()`: the same text as a URI, not a number
            if receiver is not None and last in PARSERS:
                super().eval(node)
                return EMPTY  # `raw.parse::<i32>()?`, `name.len()`: numbers and booleans
        return super().eval(node)

    def _match(self, node: ts.Node):
        """`match sort.as_str() { "name" | "date" => ..., _ => ... }`: the value of the arm that ran.

        In an arm whose pattern is literals only the subject is one of them (an allow-list); the match's value is
        its arms' values, not the subject's.
        """
        subject = node.child_by_field_name("value")
        subject_taint = self.eval(subject)
        keys = self.checked(subject) if subject is not None else ()
        origin = self._url_parsed(subject) or self._url_part_of(subject)
        block = node.child_by_field_name("body")
        before = self.snapshot()
        states, taint = [], EMPTY
        for arm in block.named_children if block is not None else ():
            if arm.type != "match_arm":
                continue
            self.restore(before)
            pattern = arm.child_by_field_name("pattern")
            literals = [c for c in _pattern_leaves(pattern)] if pattern is not None else []
            if literals and all(self._literal(c) for c in literals):
                self.validate(keys)
            bound = EMPTY if self._error_of(pattern, subject) else subject_taint
            for name in self._names(pattern) if pattern is not None and bound else ():
                self.assign(name, bound, None)  # `Some(next) => ...`: next holds the subject's value
            if origin and pattern is not None:  # `match Url::parse(&next) { Ok(url) ... }`: url is next parsed
                for name in self._names(pattern):
                    self.parsed[self.text(name)] = origin
            condition = pattern.child_by_field_name("condition") if pattern is not None else None
            if condition is not None:  # `Ok(url) if url.host_str() == Some("example.com") => ...`
                self.eval(condition)
                self._containment(condition)  # `Ok(p) if p.starts_with(&base) => ...` after canonicalize()
                self.validate(self.guards(condition)[0])
            value = arm.child_by_field_name("value")
            taint = taint | self.eval(value)
            if not self.exits(value):
                states.append(self.snapshot())
        if states:
            self.merge(states)
        else:
            self.restore(before)
        return taint

    def _error_of(self, pattern: ts.Node | None, subject: ts.Node | None) -> bool:
        """Whether `pattern` is `Err(e)` on what a library call answered (`match raw.parse::<u32>()`, `if let
        Err(err) = res` after `let res = sqlx::query(..).execute(&db).await`): the crate's error message, not the
        text it was given. A helper of the snippet may put its input into its error (`Err(format!("bad {}", s))`)."""
        if pattern is not None and pattern.type == "match_pattern" and pattern.named_children:
            pattern = pattern.named_children[0]  # the arm's pattern, without its `if` guard
        if pattern is None or subject is None or pattern.type != "tuple_struct_pattern":
            return False
        kind = pattern.child_by_field_name("type")
        if kind is None or self.text(kind).rsplit("::", 1)[-1] != "Err":
            return False
        while subject.type in ("parenthesized_expression", "reference_expression") and subject.named_children:
            subject = subject.named_children[0]
        if subject.type == "identifier":
            return self.text(subject) in self.library_results
        return self._library_call(subject)

    def _library_call(self, node: ts.Node) -> bool:
        """Whether `node` is a call (awaited, with `?`) of no function of the snippet."""
        while node.type in ("await_expression", "try_expression") and node.named_children:
            node = node.named_children[0]
        return node.type == "call_expression" and self._user_function(self.call_parts(node)[0]) is None

    def _block_value(self, node: ts.Node):
        block = node if node.type == "block" else next((c for c in node.named_children if c.type == "block"), None)
        if block is None:
            return EMPTY
        children = [c for c in block.named_children if c.type not in ("line_comment", "block_comment")]
        for child in children[:-1]:
            self.statement(child)
        if not children:
            return EMPTY
        last = children[-1]
        if last.type in ("expression_statement", "let_declaration"):
            self.statement(last)
            return EMPTY
        return self.eval(last)

    def is_const(self, node: ts.Node) -> bool:
        if node.type in ("reference_expression", "try_expression", "parenthesized_expression") and node.named_children:
            return self.is_const(node.named_children[-1])
        if node.type == "field_expression" and (self.const_fields or self.number_fields) and self._constant_field(node):
            return True
        if node.type == "binary_expression" and self.operator(node) in _ARITHMETIC:
            return True  # `q.page * 20`: a number (text is joined with `+` or `format!`)
        if node.type == "if_expression":  # `if q.sort == "desc" { "DESC" } else { "ASC" }`
            values = self._branch_values(node)
            return bool(values) and all(value is not None and self.is_const(value) for value in values)
        if node.type == "call_expression" and self._formatted_now(node):
            return True  # `Utc::now().format("%Y-%m-%d")`: a date in a fixed format
        if node.type == "type_cast_expression":
            return True
        if node.type == "array_expression":
            return all(self.is_const(c) for c in node.named_children)
        if node.type == "call_expression" and self.resolve(self.call_parts(unwrapped(node))[0]) in _CONFIGURATION:
            return True  # `env::var("BACKUP_DIR").unwrap_or(..)`: the deployment's setting, not a request's text
        if node.type == "macro_invocation" and self.text(node.child_by_field_name("macro")) in (
                "env", "option_env", "include_str", "concat", "stringify"):
            return True  # fixed when the program is built
        if node.type == "match_expression":  # every arm's value is a constant
            block = node.child_by_field_name("body")
            arms = [a for a in block.named_children if a.type == "match_arm"] if block is not None else []
            return bool(arms) and all(a.child_by_field_name("value") is not None
                                      and self.is_const(a.child_by_field_name("value")) for a in arms)
        if node.type == "tuple_expression":
            return all(self.is_const(c) for c in node.named_children)
        if node.type in ("call_expression", "index_expression") and self._constant_lookup(node):
            return True
        if node.type == "call_expression":
            name, receiver, args = self.call_parts(node)
            if receiver is not None and name.rsplit(".", 1)[-1] in PARSERS:
                return True
            if receiver is not None and name.rsplit(".", 1)[-1] in _CONSTANT_PRESERVING and (
                    self.is_const(receiver) and all(self.is_const(arg) for arg in args)):
                return True  # `[("a", "b")].into_iter().collect()`
            if receiver is None and name in _TEXT_FROM and args:  # `String::from("localhost")`
                return all(self.is_const(arg) for arg in args)
            if receiver is not None and name.rsplit(".", 1)[-1] in ("to_string", "to_owned", "as_str", "clone",
                                                                     "into"):
                return self.is_const(receiver)
        if node.type == "call_expression" and self.static_text(self.call_parts(node)[0]):
            return True  # `order_clause(p.sort.as_deref())` declared `-> &'static str`: one of its literals
        if node.type == "macro_invocation" and _REPEATED_LITERAL.fullmatch(self.text(node)):
            return True  # `vec!["?"; ids.len()]`: copies of one constant (the placeholders of an `IN (..)` list)
        if node.type == "macro_invocation":
            return False
        if node.type == "call_expression" and self.call_parts(node)[0] in ("std.iter.repeat", "iter.repeat",
                                                                           "repeat_n", "std.iter.repeat_n"):
            return all(self.is_const(arg) for arg in self.call_parts(node)[2])  # `iter::repeat("?").take(n)`
        return super().is_const(node)

    def static_text(self, name: str) -> bool:
        """Whether `name` is a function of the snippet declared to return `&'static str` (a literal or a
        constant: no text built at run time can be one)."""
        if not name:
            return False
        # a method of the snippet (`job.argv()`): whatever the receiver, a `'static` answer is fixed text
        definition = self._user_function(name) if "." not in name else self.functions.get(name.rsplit(".", 1)[-1])
        kind = definition.child_by_field_name("return_type") if definition is not None else None
        return kind is not None and _STATIC_TEXT.match(self.text(kind)) is not None

    def _constant_field(self, node: ts.Node) -> bool:
        field = node.child_by_field_name("field")
        return field is not None and (self.text(field) in self.const_fields or self.text(field) in self.number_fields)

    def _branch_values(self, node: ts.Node) -> list:
        """The tail values of an `if`/`else if`/`else` chain's blocks ([] when a branch is missing)."""
        values = []
        while node is not None and node.type == "if_expression":
            consequence = node.child_by_field_name("consequence")
            alternative = node.child_by_field_name("alternative")
            values.append(_tail(consequence))
            if alternative is None:
                return []
            inner = next((c for c in alternative.named_children if c.type in ("block", "if_expression")), None)
            if inner is not None and inner.type == "block":
                values.append(_tail(inner))
                return values
            node = inner
        return []

    def _formatted_now(self, node: ts.Node) -> bool:
        if b"now" not in self.code and b"today" not in self.code:
            return False
        name, receiver, args = self.call_parts(node)
        if receiver is None or name.rsplit(".", 1)[-1] != "format" or len(args) != 1 or args[0].type != "string_literal":
            return False
        root = receiver
        while root.type == "call_expression":
            callee = self.call_parts(root)[0]
            if callee.rsplit(".", 1)[-1] in ("now", "now_utc", "now_local", "today"):
                return True
            inner = self.call_parts(root)[1]
            if inner is None:
                return False
            root = inner
        return False

    def _constant_lookup(self, node: ts.Node) -> bool:
        """A value read out of a constant table: `TABLE[i]`, `MAP.get(k)`, and `.copied()`, `.cloned()`,
        `.unwrap_or("literal")` on such a read."""
        if node.type == "index_expression":
            table = node.named_children[0] if node.named_children else None
            return table is not None and table.type in self.IDENTIFIERS and self.dotted(table) in self.consts
        if node.type != "call_expression":
            return False
        name, receiver, args = self.call_parts(node)
        last = name.rsplit(".", 1)[-1]
        if receiver is None:
            return False
        if last == "get":  # a table bound to literals here, or a `static`/`const` table (`ROUTES.get(k)`)
            return receiver.type in self.IDENTIFIERS and (self.dotted(receiver) in self.consts or CONSTANT_NAME.match(
                self.dotted(receiver)) is not None and not self.env.get(self.dotted(receiver)))
        if last == "find" and len(args) == 1 and args[0].type == "closure_expression":
            return self._fixed(receiver)  # `SERVICES.iter().find(|s| **s == name)`: one of the table's entries
        if last in ("copied", "cloned", "unwrap", "expect", "unwrap_or", "unwrap_or_default", "to_string", "as_str"):
            return (last != "unwrap_or" or all(self.is_const(arg) for arg in args)) and self._constant_lookup(
                unref(receiver))
        return False

    def _fixed(self, node: ts.Node) -> bool:
        if node.type in ("reference_expression", "parenthesized_expression") and node.named_children:
            return self._fixed(node.named_children[-1])
        if node.type == "array_expression":
            return all(self._literal(c) or self.is_const(c) for c in node.named_children)
        if node.type == "call_expression":  # `ALLOWED.iter()`, `vec![..]` handled as macros
            name, receiver, _ = self.call_parts(node)
            if receiver is not None and name.rsplit(".", 1)[-1] in ("iter", "as_slice", "keys", "values"):
                return self._fixed(receiver)
        if node.type == "macro_invocation" and self.text(node.child_by_field_name("macro")) == "vec":
            return not self._macro(node)
        return super()._fixed(node)

    def assign(self, target, taint, value) -> None:
        super().assign(target, taint, value)
        if value is None and target is not None and target.type in ("tuple_pattern", "reference_pattern") and (
                self.loop_numbers):
            for name in self.loop_numbers:  # `for (id, name) in rows` with rows declared `Vec<(i64, String)>`
                self.env.pop(name, None)
                self.consts.add(name)
            self.loop_numbers = []
        if target is not None and target.type == "tuple_struct_pattern" and len(target.named_children) == 2 and (
                target.named_children[-1].type == "identifier"):
            target = target.named_children[-1]  # `let Ok(uri) = next.parse::<Uri>() else { .. }`
            if value is not None and self.is_const(value):
                self.consts.add(self.text(target))  # `let Some(s) = SERVICES.iter().find(..) else { .. }`
        if value is None or target is None or target.type != "identifier":
            return
        name = self.text(target)
        self.checks.pop(name, None)
        self.library_results.discard(name)
        if self._library_call(value):
            self.library_results.add(name)  # `let res = sqlx::query(..).execute(&db).await;`
        start, end = value.start_byte, value.end_byte
        if value.type in ("binary_expression", "call_expression", "unary_expression", "macro_invocation") and (
                _CHECKISH.search(self.code, start, end)):
            proved = self.guards(value)
            if proved[0] or proved[1]:
                self.checks[name] = proved  # a boolean that holds a check, tested later (`if !is_local {..}`)
        if MARKUP.search(self.code, start, end):
            self.markup_names.add(name)  # `let mut html = String::from("<ul>")`: a page being built
        if _URLISH.search(self.code, start, end):
            inner = unwrapped(value)  # `Url::parse(&q.next)?`, `url.host_str()`, `let uri: Uri = next.parse()?`
            origin = self._url_parsed(inner) or self._url_part_of(value) or self._uri_parsed(target, inner)
            if origin:
                self.parsed[name] = origin

    def holds_markup(self, node: ts.Node) -> bool:
        """Whether `node` is HTML text: markup in its literal text, a `const`/`static` of this snippet holding
        markup (`PAGE`), a name bound to markup, or `include_str!("page.html")`."""
        node = unref(node)
        if node.type in self.STRINGS or node.type == "macro_invocation":
            return MARKUP.search(self.code, node.start_byte, node.end_byte) is not None or bool(
                re.search(r'include_str!\s*\(\s*"[^"]*\.html?"', self.text(node)))
        if node.type == "identifier":
            name = self.text(node)
            if name in self.markup_names:
                return True
            return bool(CONSTANT_NAME.match(name)) and re.search(
                rb"\b(?:const|static)\s+" + re.escape(name.encode()) + rb"\s*:[^=;]*=\s*(?:r#*)?\"[^\"]*<[A-Za-z/!]",
                self.code) is not None
        if node.type == "call_expression":
            _, receiver, _ = self.call_parts(node)
            return receiver is not None and self.holds_markup(receiver)  # `PAGE.to_string()`
        return False

    def call(self, node: ts.Node):
        name, receiver, args = self.call_parts(node)
        if receiver is not None and len(args) == 1 and name.rsplit(".", 1)[-1] in ("then_some", "then") and (
                _CHECKISH.search(self.code, receiver.start_byte, receiver.end_byte) or receiver.type == "identifier"):
            value = args[0]  # `ok.then_some(s)`, `s.chars().all(..).then(|| s.to_string())`: s where the test held
            if value.type == "closure_expression":
                value = value.child_by_field_name("body")
            return self.choice(receiver, value, None)
        if receiver is not None and len(args) == 1 and args[0].type == "identifier" and (
                name.rsplit(".", 1)[-1] in _MAPPERS):
            definition = self._user_function(self.text(args[0]))
            summary = self.summary_of(definition) if definition is not None else None
            if summary is not None:  # `.and_then(sanitize)`: the snippet's helper applied to each value
                return self._apply_summary(self.text(args[0]), summary, [self.eval(receiver)])
        if receiver is not None and args and args[-1].type == "closure_expression" and (
                name.rsplit(".", 1)[-1] in _MAPPERS) and not self._warp_filter_closure(args[-1]):
            # `rows.iter().map(|(b,)| format!("<li>{}</li>", h(b)))`: the closure's value, made from each element
            element = self.eval(receiver)
            other = EMPTY
            for arg in args[:-1]:
                other = other | self.eval(arg)
            closure = args[-1]
            before = self.snapshot()
            for param, _ in self.parameters(closure):
                self.env[param] = element
                self.consts.discard(param)
            value = self.eval(closure.child_by_field_name("body"))
            self.restore(before)
            return value | other
        taint = super().call(node)
        if taint and receiver is not None and name.rsplit(".", 1)[-1] in ("filter", "retain") and args and (
                args[0].type == "closure_expression" and _CHAR_CLASS.match(self.text(args[0]))):
            return mark(taint, VALIDATED)  # `name.chars().filter(|c| c.is_ascii_alphanumeric()).collect()`
        if taint and receiver is not None and name.rsplit(".", 1)[-1] in ("replace", "replacen") and (
                self.holds_markup(receiver)):
            return mark(taint, HTML)  # `PAGE.replace("{{name}}", &name)`: a value put into an HTML template
        if receiver is not None and name.rsplit(".", 1)[-1] in self.MUTATORS and args:
            key = self.dotted(receiver)
            if any(MARKUP.search(self.code, a.start_byte, a.end_byte) for a in args):
                self.markup_names.add(key)
            elif key in self.markup_names:  # `html.push_str(&name)` on a page of markup: the value is in HTML
                added = EMPTY
                for arg in args:
                    added = added | self.eval(arg)
                if added:
                    self.env[key] = self.env.get(key, EMPTY) | mark(added, HTML)
        script = self._shell_script(node, receiver, name.rsplit(".", 1)[-1], args)
        if script:
            # `Command::new("sh").arg("-c").arg(script)`: the script is parsed by a shell
            for sink in self.model.callee("std.process.Command.shell")[0]:
                self._check_sink(sink, node, "Command::new(shell).arg", script, [self.eval(a) for a in script], EMPTY)
        return taint

    def _shell_script(self, node: ts.Node, receiver: ts.Node | None, last: str, args: list) -> list:
        """The argument of `.arg(..)`/`.args([..])` that a shell runs as its script: the one right after `-c`.

        The arguments after the script are the script's `$0`, `$1`, ...: text the shell does not parse
        (`sh -c 'tar czf "$1" "$2"' sh "$name" "$dir"`).
        """
        if receiver is None or last not in ("arg", "args") or not args:
            return []
        before = _SHELL_SCRIPT.search(self.text(receiver))
        if before is not None:
            rest = self.text(receiver)[before.end():]
            if rest.startswith(",") or re.search(r"\.args?\(", rest):
                return []  # the script was given already: this is one of its positional parameters
            return [args[0]] if last == "arg" else _elements(args[0])[:1]
        if last == "args" and _SHELL_PROGRAM.match(self.text(receiver)) and _SHELL_SCRIPT.search(self.text(node)):
            items = _elements(args[0])
            for index, item in enumerate(items):
                if self.text(item) in ('"-c"', '"/C"', '"/c"', '"-Command"'):
                    return items[index + 1:index + 2]
            return items if len(items) == 1 else []
        return []


_SHELL_SCRIPT = re.compile(r"""Command::new\(\s*"(/usr)?(/bin/)?((ba|z|da|k)?sh|cmd(\.exe)?|powershell(\.exe)?|pwsh)"""
                           r""""\s*\)[\s\S]*\.args?\(\s*(\[\s*)?"(-c|/[cC]|-Command)"\s*""")


_SHELL_PROGRAM = re.compile(r"""(\w+::)*Command::new\(\s*"(/usr)?(/bin/)?((ba|z|da|k)?sh|cmd(\.exe)?|"""
                            r"""powershell(\.exe)?|pwsh)"\s*\)$""")
# a closure that keeps only characters of a safe class (`|c| c.is_ascii_alphanumeric() || *c == '-'`)
_CHAR_CLASS = re.compile(r"^\|[^|]*\|\s*\{?\s*(\*?\w+\.is_(ascii_)?(alphanumeric|alphabetic|digit|hexdigit|lowercase|uppercase)"
                         r"\(\)|\*?\w+\s*==\s*'[^'\\/.]'|\s|\|\||\(|\)|matches!\(\*?\w+,\s*('[^'\\/.]'|'[\w]'\s*\.\.=\s*'[\w]')"
                         r"(\s*\|\s*('[^'\\/.]'|'\w'\s*\.\.=\s*'\w'))*\))+\}?$")
_LOCATION = re.compile(r"""^((\w+::)*LOCATION|"[Ll]ocation")$""")
_WARP_REPLY = re.compile(r"\bRejection\b|impl\s+(warp::)?Reply\b")
_PLAIN_EXTRACTED = re.compile(r"^(\w+::)*(Path|Query)<\s*(\(\s*)?(i\d+|u\d+|isize|usize|f32|f64|bool|Uuid|uuid::Uuid)"
                              r"(\s*,\s*(i\d+|u\d+|isize|usize|bool|Uuid|uuid::Uuid))*\s*(\)\s*)?>$")
# cheap tests on an assigned value's text before the walk looks for a check or a URL in it
LOOKED_UP = "@looked-up"  # the answer of an awaited call to a database or service, given the value
ESCAPED = "@escaped"  # a helper of the snippet writes HTML entities for what it is given
_ENTITIES = re.compile(rb'"&lt;"[\s\S]*?"&(?:gt|amp|quot|#39|#x27);"|"&(?:gt|amp|quot|#39|#x27);"[\s\S]*?"&lt;"')
_MAPPERS = frozenset({"map", "filter_map", "flat_map", "and_then", "map_or", "map_or_else"})
_WRITE_SQL = re.compile(r"(?i)\b(?:UPDATE\s+\w+\s+SET|INSERT\s+INTO)\b")
_EXCLUSIVE = re.compile(r"\.create_new\(\s*true\s*\)")
# where a name may be pasted from parts
_NAME_BUILDS = frozenset({"call_expression", "macro_invocation", "binary_expression"})
# a random part or a temp-file API: `tempfile::`/`tempfile()`/`tempdir()` as code, not the word inside a path
# literal (`"/tmp/tempfile-{}.json"` is a fixed name)
_RANDOM_NAME = re.compile(rb"\b(?:Uuid::new_v4|new_v4\(|tempfile(?:::|\s*\()|NamedTempFile|tempdir\s*\(|"
                          rb"TempDir|thread_rng|OsRng|nanoid!)")
_TEMP_DIR = re.compile(r"(?:^|::)temp_dir$")
_CHECKISH = re.compile(rb"&&|\|\||\.(?:starts_with|contains|all|any|is_\w+|matches|ends_with)\b|\bis_\w+\(|matches!|==|!=")
_URLISH = re.compile(rb"\b(?:Url|Uri|parse|host_str|host|domain)\b")
# the process's own configuration: fixed by whoever deploys it
_CONFIGURATION = frozenset({"std.env.var", "std.env.var_os", "env.var", "env.var_os", "dotenvy.var", "dotenv.var"})
_STATIC_TEXT = re.compile(r"^(Option<\s*)?&'static\s+(str|\[\s*&'static\s+str\s*(;\s*\w+\s*)?\])(\s*>)?$")
_REPEATED_LITERAL = re.compile(r'vec!\s*\[\s*"(?:[^"\\]|\\.)*"\s*;[^;\]]*\]')
_CONSTANT_PRESERVING = frozenset({"into_iter", "iter", "collect", "to_vec", "into", "to_owned", "clone", "join",
                                  "repeat", "take"})  # `vec!["?"; ids.len()].join(",")`, `"?,".repeat(n)`
_TEXT_FROM = frozenset({"String.from", "std.string.String.from", "OsString.from", "std.ffi.OsString.from",
                        "HashMap.from", "BTreeMap.from", "HashSet.from", "BTreeSet.from", "IndexMap.from",
                        "std.collections.HashMap.from", "std.collections.BTreeMap.from",
                        "std.collections.HashSet.from"})


# field types that hold a number, a flag or an id (an address is still a place to connect to: not here)
_NUMBER_TYPE = re.compile(r"^(Option<\s*)?(i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize|f32|f64|bool|Uuid|"
                          r"uuid::Uuid)(\s*>)?$")
# operators whose result is a number whatever the operands (text is joined with `+`, `format!` or `push_str`)
_ARITHMETIC = frozenset({"*", "/", "%", "-", "<<", ">>", "&", "|", "^"})


def _tail(block: ts.Node | None) -> ts.Node | None:
    """A block's value: its last expression when it has no semicolon after it."""
    if block is None:
        return None
    children = [c for c in block.named_children if c.type not in ("line_comment", "block_comment")]
    if not children or children[-1].type in _NOT_VALUES:
        return None
    return children[-1]


# statements of a block that give no value (its tail is a value only when it is an expression)
_NOT_VALUES = frozenset({"expression_statement", "let_declaration", "function_item", "use_declaration", "struct_item",
                         "impl_item", "const_item", "static_item", "macro_definition", "empty_statement", "enum_item"})
_STRUCT_LITERAL = re.compile(rb"\b[A-Z]\w*\s*\{\s*\w+\s*:")  # `Probe { mount: ... }`
# derives and attributes that fill a struct from outside the code (a request, the command line, a row)
_FILLED_FROM_OUTSIDE = re.compile(r"Deserialize|Parser|Args\b|StructOpt|FromForm|FromRow|FromRequest|FromQueryResult|"
                                  r"Queryable|Validate|Subcommand|Insertable|Selectable")


def _elements(node: ts.Node) -> list[ts.Node]:
    """The items of an array argument (`["-c", script]`, `&[..]`); any other value as itself."""
    node = unref(node)
    if node.type == "array_expression":
        return [c for c in node.named_children if c.type not in ("line_comment", "block_comment")]
    return [node]


def _pattern_leaves(pattern: ts.Node) -> list[ts.Node]:
    """The alternatives of a match arm's pattern (`"a" | "b"` -> two literals; `_` -> none)."""
    out, stack = [], list(pattern.named_children)
    while stack:
        node = stack.pop()
        if node.type in ("or_pattern", "match_pattern"):
            stack.extend(node.named_children)
        else:
            out.append(node)
    return out


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, RustWalk)
