"""The Rust adapter: tree-sitter-rust node kinds, `use` aliases, `let` bindings, typed parameters, macros.

Web handlers (axum, actix-web, Rocket, warp) are routes: their extractor parameters (`Path(name): Path<String>`,
`web::Query<...>`, `Json(body)`) and Rocket route arguments hold client text; parameters typed as numbers,
booleans or UUIDs hold no text at all. `format!`-style macros are string building (`lang_rust_macros.py`
reads their token trees). Sources, sinks and sanitizers are data in `rules/rust/taint.yaml`.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, HTML, MARKUP, VALIDATED, TaintModel, mark
from curator.engines.dataflow.lang_rust_macros import PARSERS, MacroValues
from curator.engines.dataflow.walk import Walk
from curator.engines.dataflow.walk_checked_names import CheckedNames
from curator.ruleset import Rule

EXIT_MACROS = frozenset({"panic", "bail", "unreachable", "todo", "unimplemented"})
# Types that hold no text a client could shape into syntax.
_PLAIN_TYPE = re.compile(r"^&?(mut\s+)?(Option<\s*)?(i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize|f32|f64|"
                         r"bool|char|Uuid|uuid::Uuid|NaiveDate|DateTime<\w+>|IpAddr|Ipv4Addr|Ipv6Addr)(\s*>)?$")
# Extractors whose value comes from the request (axum, actix-web, warp filters' arguments).
_EXTRACTOR = re.compile(r"^(\w+::)*(Path|Query|Json|Form|Multipart|TypedHeader|RawQuery|Bytes|String|HeaderMap|"
                        r"RawForm|Body|Request|OriginalUri|Uri)\b")
_ROUTE_ATTRIBUTE = re.compile(r"^#\[\s*(\w+::)*(get|post|put|patch|delete|head|route|options)\s*\(")
_NOT_CLIENT = re.compile(r"(State|Extension|Data|Pool|Connection|Db|DbConn|Database|Config|AppState|Client)\b")


class RustWalk(CheckedNames, MacroValues, Walk):
    plain_parameters: frozenset | set = frozenset()  # parameters of the function being entered typed as numbers

    def __init__(self, model: TaintModel, code: bytes) -> None:
        super().__init__(model, code)
        self.markup_names: set[str] = set()  # names bound to text holding markup (a page being built)
        self.checks: dict[str, tuple] = {}  # boolean name -> what it proves true / false (`let ok = x.starts_with(..)`)
        self.validators: dict[int, bool] = {}  # function id -> whether it returns a check of its first parameter
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
        try:
            super()._function(node)
        finally:
            self.plain_parameters = saved

    def _walk_function(self, body, outer, route, params) -> None:
        if self.plain_parameters:  # a number any caller passes is still no text (`function-parameters` rules)
            params = {name: taint for name, taint in params.items() if name not in self.plain_parameters}
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
        if node is None:
            return EMPTY
        kind = node.type
        if kind in ("call_expression", "index_expression") and self._constant_lookup(node):
            super().eval(node)  # (the key is still read)
            return EMPTY  # `COLUMNS.get(key).copied().unwrap_or("name")`: one of the table's literals
        if kind == "macro_invocation":
            return self._macro(node)
        if kind == "try_expression" and node.named_children and node.named_children[0].type == "call_expression":
            call = node.named_children[0]  # `validate_host(&host)?;`: below, host passed the helper's checks
            name, receiver, args = self.call_parts(call)
            taint = super().eval(node)
            if receiver is None and args and self._rejects_unless_valid(name):
                self.validate(self.checked(args[0]))
            return taint
        if kind == "let_condition":  # `if let Some(name) = query.get("name")`
            value = node.child_by_field_name("value")
            taint = self.eval(value)
            pattern = node.child_by_field_name("pattern")
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
            if last == "parse" and receiver is not None and callee.type == "generic_function" and _TEXT_TYPES.search(
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
            for name in self._names(pattern) if pattern is not None and subject_taint else ():
                self.assign(name, subject_taint, None)  # `Some(next) => ...`: next holds the subject's value
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

    def _literal(self, node: ts.Node) -> bool:
        if node.type == "call_expression" and _CONSTRUCTOR.match(self.text(node.child_by_field_name("function"))):
            args = self.call_parts(node)[2]  # `Some("example.com")`, `Host::Domain("example.com")`
            return bool(args) and all(self._literal(arg) for arg in args)
        if node.type == "tuple_struct_pattern":  # the pattern `Some("example.com")` in a match arm
            parts = [c for c in node.named_children if c != node.child_by_field_name("type")]
            return bool(parts) and all(self._literal(part) for part in parts)
        if node.type in ("identifier", "scoped_identifier") and _CONSTANT_NAME.match(self.text(node)):
            return not self.env.get(self.dotted(node))  # `ALLOWED_HOST`, `config::ADMIN_HOST`: a constant
        if node.type == "reference_expression" and node.named_children:
            return self._literal(node.named_children[-1])
        return super()._literal(node)

    def _url_parsed(self, node: ts.Node | None) -> str | None:
        """The name whose text `node` parses as a URL (`Url::parse(&q.next)` -> `q.next`), else None."""
        if node is None or node.type != "call_expression":
            return None
        name, _, args = self.call_parts(node)
        if args and (name in self.URL_PARSERS or self.resolve(name) in self.URL_PARSERS):
            key = self.dotted(_unref(args[0]))
            return key if key != "?" else None
        return None

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
        if node.type == "type_cast_expression":
            return True
        if node.type == "array_expression":
            return all(self.is_const(c) for c in node.named_children)
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
        if node.type == "macro_invocation":
            return False
        return super().is_const(node)

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
            return receiver.type in self.IDENTIFIERS and (self.dotted(receiver) in self.consts or _CONSTANT_NAME.match(
                self.dotted(receiver)) is not None and not self.env.get(self.dotted(receiver)))
        if last in ("copied", "cloned", "unwrap", "expect", "unwrap_or", "unwrap_or_default", "to_string", "as_str"):
            return (last != "unwrap_or" or all(self.is_const(arg) for arg in args)) and self._constant_lookup(
                _unref(receiver))
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

    def _anchored(self, node) -> bool:
        node = _unwrapped(node) if node is not None else None  # `Regex::new(r"^[a-z]+$").unwrap()`
        if node is not None and node.type == "raw_string_literal":  # r"^[a-z]+$", r#"^..$"#
            body = re.sub(r'^r#*"|"#*$', "", self.text(node))
            return body.startswith(("^", "\\A")) and body.endswith(("$", "\\z")) and not body.endswith("\\$")
        return super()._anchored(node)

    def guards(self, node: ts.Node):
        if node.type == "identifier" and self.text(node) in self.checks:
            return self.checks[self.text(node)]  # `let is_local = ...; if !is_local { return ... }`
        if node.type == "macro_invocation" and self.text(node.child_by_field_name("macro")) == "matches":
            return self._matches_guard(node)
        if node.type == "call_expression":
            name, receiver, args = self.call_parts(node)
            last = name.rsplit(".", 1)[-1]
            if last in ("is_ok", "is_err") and receiver is not None and receiver.type == "call_expression":
                parser, parsed, _ = self.call_parts(receiver)  # `host.parse::<IpAddr>().is_err()`: not an address
                callee = receiver.child_by_field_name("function")
                if parser.endswith("parse") and parsed is not None and callee.type == "generic_function" and (
                        not _TEXT_TYPES.search(self.text(callee.child_by_field_name("type_arguments")))):
                    keys = self.checked(parsed)
                    return (keys, ()) if last == "is_ok" else ((), keys)
            if last == "contains" and receiver is not None and args and self.text(args[0]) in (
                    '".."', "'/'", '"/"', "'\\\\'", '"\\\\"', "'.'"):
                return (), self.checked(receiver)  # `if name.contains("..") { return ... }`: below, it does not
            if last == "all" and receiver is not None and receiver.type == "call_expression":
                inner_name, inner_receiver, _ = self.call_parts(receiver)
                if inner_name.endswith(("chars", "bytes")) and inner_receiver is not None and args and re.search(
                        r"is_(ascii_)?(alphanumeric|alphabetic|digit|hexdigit)", self.text(args[0])):
                    return self.checked(inner_receiver), ()  # `name.chars().all(|c| c.is_ascii_alphanumeric())`
            if last == "any" and receiver is not None and "ParentDir" in self.text(args[0] if args else node):
                return (), self.checked(self._chain_root(receiver))  # `path.components().any(|c| c == ParentDir)`
            if last == "all" and receiver is not None and args and "Normal" in self.text(args[0]) and (
                    self.call_parts(receiver)[0].endswith("components") if receiver.type == "call_expression" else False):
                return self.checked(self._chain_root(receiver)), ()  # every component a plain name: no `..`, no root
            if args and _PREDICATE.match(last):
                return self.checked(args[0]), ()  # `if !is_valid_host(&host) { return ... }`
            if args and receiver is None and self._validates_first(name):
                return self.checked(args[0]), ()  # a snippet function whose value is a check of its parameter
            if last in ("is_ok", "is_err") and receiver is not None and receiver.type == "call_expression":
                helper, helper_receiver, helper_args = self.call_parts(receiver)
                if helper_receiver is None and helper_args and self._rejects_unless_valid(helper):
                    keys = self.checked(helper_args[0])  # `if validate_host(&h).is_err() { return ... }`
                    return (keys, ()) if last == "is_ok" else ((), keys)
            if last in ("is_some", "is_none") and receiver is not None and receiver.type == "call_expression":
                part, address, _ = self.call_parts(receiver)  # `uri.host().is_some()`: an absolute URL
                if part.rsplit(".", 1)[-1] in _ABSOLUTE_PARTS and address is not None and (
                        self.dotted(_unref(address)) in self.parsed):
                    keys = self.checked(_unref(address))
                    return ((), keys) if last == "is_some" else (keys, ())
            if _IP_CLASS.match(last) and self.parsed:
                # `if ip.is_private() || ip.is_loopback() { return Err(..) }` on the address a parsed URL's host
                # resolves to: below, the URLs parsed here reach no internal address
                keys = tuple({key for name, origin in self.parsed.items() for key in (name, origin)})
                return (keys, ()) if "global" in last else ((), keys)
            if last == "any" and receiver is not None and self._fixed(receiver) and args and (
                    args[0].type == "closure_expression"):  # `ALLOWED.iter().any(|h| *h == host)`
                params = [name for name, _ in self.parameters(args[0])]
                body = self.body(args[0])
                if params and body is not None and body.type == "binary_expression" and self.operator(body) == "==":
                    sides = [_deref(body.child_by_field_name("left")), _deref(body.child_by_field_name("right"))]
                    others = [side for side in sides if self.text(side) != params[0]]
                    if len(others) == 1:
                        return self.checked(others[0]), ()
            if last in ("map_or", "is_some_and", "is_ok_and") and receiver is not None and args and (
                    args[-1].type == "closure_expression"):
                params = [name for name, _ in self.parameters(args[-1])]
                body = self.body(args[-1])  # `url.host_str().map_or(false, |h| ALLOWED.contains(&h))`
                if params and body is not None and params[0] in self.guards(body)[0]:
                    return self.checked(receiver), ()
        when_true, when_false = super().guards(node)
        if node.type == "binary_expression" and self.operator(node) in ("&&", "||"):
            local = self._local_path(node)
            if local and self.operator(node) == "&&":  # `u.starts_with('/') && !u.starts_with("//")`: a path here
                when_true = when_true + local
            elif local:  # `!u.starts_with('/') || u.starts_with("//")`: leaves unless a path on this site
                when_false = when_false + local
        return when_true, when_false

    def _validates_first(self, name: str) -> bool:
        """Whether the snippet's function `name` returns a check of its first parameter
        (`fn allowed_redirect(u: &str) -> bool { u.starts_with('/') && !u.starts_with("//") }`)."""
        function = self.functions.get(name)
        if function is None or function.type != "function_item":
            return False
        known = self.validators.get(function.id)
        if known is not None:
            return known
        self.validators[function.id] = False  # (while it is looked at: a recursive call proves nothing)
        params = [param for param, _ in self.parameters(function)]
        body = self.body(function)
        returned = body.named_children[-1] if body is not None and body.named_children else None
        if returned is not None and returned.type == "return_expression" and returned.named_children:
            returned = returned.named_children[0]
        result = bool(params) and returned is not None and returned.type in (
            "binary_expression", "call_expression", "unary_expression", "macro_invocation") and (
            params[0] in self.guards(returned)[0])
        self.validators[function.id] = result
        return result

    def _rejects_unless_valid(self, name: str) -> bool:
        """Whether the snippet's function `name` returns an error unless its first parameter passes a check
        (`if !h.chars().all(..) { return Err(..) }` before its `Ok(..)`)."""
        function = self.functions.get(name)
        if function is None or function.type != "function_item":
            return False
        key = -function.id - 1  # (the same cache as `_validates_first`, on another key)
        known = self.validators.get(key)
        if known is not None:
            return known
        self.validators[key] = False
        params = [param for param, _ in self.parameters(function)]
        body = self.body(function)
        result = False
        for statement in body.named_children if body is not None and params else ():
            node = statement.named_children[0] if statement.type == "expression_statement" and (
                statement.named_children) else statement
            if node.type == "if_expression" and self.exits(node.child_by_field_name("consequence")):
                result = result or params[0] in self.guards(node.child_by_field_name("condition"))[1]
        self.validators[key] = result
        return result

    def _matches_guard(self, node: ts.Node) -> tuple:
        """`matches!(c, Component::Normal(_))`, `matches!(x.as_str(), "a" | "b")`: the value is one of those."""
        tree = next((c for c in node.named_children if c.type == "token_tree"), None)
        groups = self._groups(tree) if tree is not None else []
        if len(groups) != 2 or len(groups[0]) != 1 or groups[0][0].type != "identifier":
            return (), ()
        pattern = "".join(self.text(tok) for tok in groups[1])
        if re.fullmatch(r"""((\w+::)*Component::Normal\(_\)|"[^"]*"|'.'|\d+)(\|((\w+::)*Component::Normal\(_\)|"[^"]*"|'.'|\d+))*""",
                        pattern):
            return self.checked(groups[0][0]), ()
        return (), ()

    def _local_path(self, node: ts.Node) -> tuple:
        """Names a condition tests to start with one `/` and not with `//`, or to hold no `://` and not start
        with `//` (a path on this site either way)."""
        text = self.text(node)
        if '"//"' not in text:
            return ()
        keys, stack = [], [node]
        while stack:
            current = stack.pop()
            if current.type == "call_expression":
                name, receiver, args = self.call_parts(current)
                if receiver is not None and args and (name.endswith("starts_with") and self.text(args[0]) in (
                        "'/'", '"/"') or name.endswith("contains") and self.text(args[0]) == '"://"'):
                    keys.extend(self.checked(receiver))
                continue
            stack.extend(current.named_children)
        return tuple(keys)

    def _chain_root(self, node: ts.Node) -> ts.Node:
        while node.type == "call_expression":
            _, receiver, _ = self.call_parts(node)
            if receiver is None:
                break
            node = receiver
        return node

    def checked(self, node):
        if node is not None and node.type in ("reference_expression", "try_expression") and node.named_children:
            return self.checked(node.named_children[-1])
        if node is not None and node.type == "call_expression":
            name, receiver, _ = self.call_parts(node)
            if receiver is not None and name.rsplit(".", 1)[-1] in ("as_str", "as_ref", "trim", "to_lowercase",
                                                                     "as_path", "to_string", "unwrap", "expect",
                                                                     "unwrap_or", "unwrap_or_default"):
                return self.checked(receiver)
        if node is not None and node.type == "identifier" and self.text(node) in self.parsed:
            origin = self.parsed[self.text(node)]  # `host` of `url` of `q.next`: a test of host tests them
            return tuple(key for key in (self.text(node), origin, self.parsed.get(origin)) if key)
        return super().checked(node)

    def assign(self, target, taint, value) -> None:
        super().assign(target, taint, value)
        if target is not None and target.type == "tuple_struct_pattern" and len(target.named_children) == 2 and (
                target.named_children[-1].type == "identifier"):
            target = target.named_children[-1]  # `let Ok(uri) = next.parse::<Uri>() else { .. }`
        if value is None or target is None or target.type != "identifier":
            return
        self.checks.pop(self.text(target), None)
        if value.type in ("binary_expression", "call_expression", "unary_expression", "macro_invocation"):
            proved = self.guards(value)
            if proved[0] or proved[1]:
                self.checks[self.text(target)] = proved  # a boolean that holds a check, tested later
        if MARKUP.search(self.code, value.start_byte, value.end_byte):
            self.markup_names.add(self.text(target))  # `let mut html = String::from("<ul>")`: a page being built
        origin = self._url_parsed(_unwrapped(value)) or self._url_part_of(value)  # `Url::parse(&q.next)?`
        if origin is None:
            origin = self._uri_parsed(target, _unwrapped(value))
        if origin:
            self.parsed[self.text(target)] = origin

    def _uri_parsed(self, target: ts.Node, value: ts.Node) -> str | None:
        """`let uri: Uri = next.parse()?`, `next.parse::<Uri>()`, `Uri::try_from(next)`: the text parsed as a URI."""
        if value.type == "match_expression" and value.child_by_field_name("value") is not None:
            value = _unwrapped(value.child_by_field_name("value"))  # `match next.parse() { Ok(u) => u, .. }`
        if value.type != "call_expression":
            return None
        name, receiver, args = self.call_parts(value)
        last = name.rsplit(".", 1)[-1]
        if receiver is None and args and re.search(r"(^|\.)(Uri|Url)\.(try_from|from_str)$", name):
            key = self.dotted(_unref(args[0]))
        elif receiver is not None and last == "parse":
            callee = value.child_by_field_name("function")
            declared = target.parent.child_by_field_name("type") if target.parent is not None and (
                target.parent.type == "let_declaration") else None
            kinds = self.text(callee.child_by_field_name("type_arguments")) if callee.type == "generic_function" else (
                self.text(declared) if declared is not None else "")
            if not re.search(r"\b(Uri|Url)\b", kinds):
                return None
            key = self.dotted(_unref(receiver))
        else:
            return None
        return key if key != "?" else None

    def _url_part_of(self, node: ts.Node | None) -> str | None:
        """The URL whose host `node` reads (`url.host_str().unwrap_or("")` -> `url`), else None."""
        inner = _unwrapped(node) if node is not None else None
        if inner is None or inner.type != "call_expression":
            return None
        name, receiver, _ = self.call_parts(inner)
        if receiver is None or name.rsplit(".", 1)[-1] not in self.URL_PARTS:
            return None
        key = self.dotted(_unref(receiver))
        return key if key != "?" else None

    def call(self, node: ts.Node):
        taint = super().call(node)
        name, receiver, args = self.call_parts(node)
        if taint and receiver is not None and name.rsplit(".", 1)[-1] in ("filter", "retain") and args and (
                args[0].type == "closure_expression" and _CHAR_CLASS.match(self.text(args[0]))):
            return mark(taint, VALIDATED)  # `name.chars().filter(|c| c.is_ascii_alphanumeric()).collect()`
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
# a snippet's own predicate named for a check (`is_valid_host`, `is_safe_name`, `is_allowed`)
_PREDICATE = re.compile(r"^is_(\w+_)?(valid|safe|allowed|permitted|trusted|whitelisted|allowlisted|local|relative|"
                        r"internal|same_origin)(_\w+)?$")
_ABSOLUTE_PARTS = frozenset({"host", "host_str", "scheme", "scheme_str", "authority", "domain"})
_IP_CLASS = re.compile(r"^is_(private|loopback|link_local|unspecified|multicast|broadcast|documentation|global|"
                      r"unique_local|shared|reserved|internal|local)(_\w+)?$|^is_\w+_(private|internal|loopback)(_\w+)?$")
_CONSTRUCTOR = re.compile(r"^(\w+::)*[A-Z]\w*$")  # `Some`, `Host::Domain`: a variant or tuple struct
_CONSTANT_NAME = re.compile(r"^(\w+::)*[A-Z][A-Z0-9_]+$")
# a closure that keeps only characters of a safe class (`|c| c.is_ascii_alphanumeric() || *c == '-'`)
_CHAR_CLASS = re.compile(r"^\|[^|]*\|\s*\{?\s*(\*?\w+\.is_(ascii_)?(alphanumeric|alphabetic|digit|hexdigit|lowercase|uppercase)"
                         r"\(\)|\*?\w+\s*==\s*'[^'\\/.]'|\s|\|\||\(|\)|matches!\(\*?\w+,\s*('[^'\\/.]'|'[\w]'\s*\.\.=\s*'[\w]')"
                         r"(\s*\|\s*('[^'\\/.]'|'\w'\s*\.\.=\s*'\w'))*\))+\}?$")
# what `parse::<T>()` turns text into while keeping its text: addresses and paths, not numbers
_TEXT_TYPES = re.compile(r"\b(Uri|Url|PathBuf|String|HeaderValue|Authority)\b")
_LOCATION = re.compile(r"""^((\w+::)*LOCATION|"[Ll]ocation")$""")
_WARP_REPLY = re.compile(r"\bRejection\b|impl\s+(warp::)?Reply\b")
_PLAIN_EXTRACTED = re.compile(r"^(\w+::)*(Path|Query)<\s*(\(\s*)?(i\d+|u\d+|isize|usize|f32|f64|bool|Uuid|uuid::Uuid)"
                              r"(\s*,\s*(i\d+|u\d+|isize|usize|bool|Uuid|uuid::Uuid))*\s*(\)\s*)?>$")
_CONSTANT_PRESERVING = frozenset({"into_iter", "iter", "collect", "to_vec", "into", "to_owned", "clone"})
_TEXT_FROM = frozenset({"String.from", "std.string.String.from", "OsString.from", "std.ffi.OsString.from",
                        "HashMap.from", "BTreeMap.from", "HashSet.from", "BTreeSet.from", "IndexMap.from",
                        "std.collections.HashMap.from", "std.collections.BTreeMap.from",
                        "std.collections.HashSet.from"})


def _deref(node: ts.Node) -> ts.Node:
    """`*h`, `&host` -> `h`, `host`."""
    while node.type in ("unary_expression", "reference_expression", "parenthesized_expression") and node.named_children:
        node = node.named_children[-1]
    return node


def _unwrapped(node: ts.Node) -> ts.Node:
    """`f(x).unwrap()`, `f(x)?`, `f(x).expect("..")` -> `f(x)`."""
    while True:
        if node.type == "try_expression" and node.named_children:
            node = node.named_children[0]
        elif node.type == "call_expression" and node.child_by_field_name("function").type == "field_expression" and (
                node.child_by_field_name("function").child_by_field_name("field").text in (
                b"unwrap", b"expect", b"unwrap_or_default", b"unwrap_or", b"unwrap_or_else", b"map_err", b"ok")):
            node = node.child_by_field_name("function").child_by_field_name("value")
        else:
            return node


def _elements(node: ts.Node) -> list[ts.Node]:
    """The items of an array argument (`["-c", script]`, `&[..]`); any other value as itself."""
    node = _unref(node)
    if node.type == "array_expression":
        return [c for c in node.named_children if c.type not in ("line_comment", "block_comment")]
    return [node]


def _unref(node: ts.Node) -> ts.Node:
    while node.type in ("reference_expression", "parenthesized_expression") and node.named_children:
        node = node.named_children[-1]
    return node


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
