"""The shared walk of the data-flow engine for every language but Python: statements, expressions, guards,
function summaries. A language adapter subclasses `Walk` and fills in its node kinds and a few small methods.

What the walk does, per snippet:
- module-level code is walked as one function; every function met on the way (declaration, lambda, arrow
  function, callback argument) is walked where it appears, starting from a copy of the enclosing names
  (a closure sees what its parent saw), with its parameters labelled as route or function parameters;
- assignments replace a name's taint, so a value overwritten by a constant is clean; `x += y` adds;
- an `if` whose branch leaves (return/throw/exit) validates the names its condition tests on the way out:
  equality with a literal, allow-list membership, an anchored pattern, an exact host, a prefix test after a
  normalizer (containment) -- the tests are in `walk_guards.py`;
- a call to a function defined in the snippet uses that function's summary: which parameters reach its
  return value (with the markers applied on the way: a helper that validates or escapes its parameter is a
  sanitizer) and which reach a sink inside it (reported at that sink, naming the helper);
- attributes set on `this`/`self`/`@` (constructors) are seen by every later function of the snippet.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import (
    CLEAN, EMPTY, FIXED_PREFIX, FUNCTION_PARAMETERS, HTML, MARKUP, MISSING, PARSED, ROUTE_PARAMETERS, SQL, SQL_TEXT,
    STRING_FORMATTING, VALIDATED, Sink, Taint, TaintModel, TaintRule, describe, mark,
)
from curator.engines.dataflow.walk_guards import Guards
from curator.ruleset import Rule

PARAM = "@param:"  # the label of parameter i while a function's summary is computed
_FIXED_PREFIX = re.compile(r"""^["'`](?:/[^/\\]|https?://[^/{}'"$`]+/)""")


class Summary:
    """What a function of the snippet does with its parameters."""

    def __init__(self) -> None:
        self.returns: dict[int, list[frozenset]] = {}  # parameter -> marker sets it reaches the return with
        self.own: Taint = EMPTY  # labels of real sources the function returns
        self.sinks: list[tuple[int, Sink, ts.Node, str, frozenset]] = []  # parameter reaching a sink inside


class Walk(Guards):
    """One snippet of one language. Subclasses set the node kinds below and may override the hooks."""

    FUNCTIONS: frozenset = frozenset()
    CALLS: frozenset = frozenset()
    MEMBERS: frozenset = frozenset()  # `a.b`: object/property fields (see `member`)
    SUBSCRIPTS: frozenset = frozenset()
    IDENTIFIERS: frozenset = frozenset({"identifier"})
    STRINGS: frozenset = frozenset()  # string literals, possibly with interpolations
    INTERPOLATIONS: frozenset = frozenset()  # the child kinds of a string that hold an expression
    BINARIES: frozenset = frozenset({"binary_expression"})
    CONCAT_OPERATORS: frozenset = frozenset({"+"})
    ASSIGNMENTS: frozenset = frozenset({"assignment_expression"})
    AUGMENTED: frozenset = frozenset({"augmented_assignment_expression"})
    DECLARATORS: frozenset = frozenset()  # `name = value` inside a declaration: name/value fields
    IFS: frozenset = frozenset({"if_statement"})
    RETURNS: frozenset = frozenset({"return_statement"})
    EXITS: frozenset = frozenset({"throw_statement", "break_statement", "continue_statement"})
    EXIT_CALLS: tuple = ("exit", "abort", "die", "panic")
    NOTS: frozenset = frozenset({"unary_expression"})
    LITERALS: frozenset = frozenset({"number", "true", "false", "null", "undefined", "comment"})
    CLASSES: frozenset = frozenset()
    SELF_PREFIXES: tuple = ("this.", "self.")
    IMPLICIT_THIS = False  # a bare name may be a field set as `this.name` (Java, C#, C++)
    IMPLICIT_RETURN = False  # a function's last expression is its value (Ruby)
    # Methods/functions that test a value against a fixed collection: receiver is the collection.
    MEMBERSHIP_METHODS = frozenset({"includes", "has", "contains", "containsKey", "include?", "member?", "key?",
                                    "indexOf"})
    MEMBERSHIP_FUNCTIONS = frozenset({"in_array", "array_key_exists", "slices.Contains", "isset"})
    PATTERN_TESTS = frozenset({"test", "matches", "MatchString", "match", "match?", "fullmatch", "preg_match"})
    PREFIX_METHODS = frozenset({"startsWith", "start_with?", "startswith", "HasPrefix", "strings.HasPrefix",
                                "str_starts_with", "strncmp"})
    URL_PARSERS = frozenset()  # callee names whose result is a parsed URL of their first argument
    URL_PARTS = frozenset({"host", "hostname", "origin", "Host", "getHost", "netloc"})
    FORMATTERS = frozenset()  # `fmt.Sprintf`, `String.format`: build a string from their arguments
    MUTATORS = frozenset({"push", "append", "add", "put", "set", "unshift", "concat", "write", "WriteString"})
    REMOVERS = frozenset({"remove", "delete", "pop", "shift", "clear", "splice"})

    def __init__(self, model: TaintModel, code: bytes) -> None:
        self.model = model
        self.code = code
        self.src = code.decode("ascii") if code.isascii() else None
        self.findings: list[tuple[Rule, ts.Node, str]] = []
        self.reported: set[tuple[str, int, int]] = set()
        self.snippet_gates: dict[int, bool] = {}  # id of a TaintRule -> its unless/when_snippet disarm this snippet
        self.aliases: dict[str, str] = {}
        self.env: dict[str, Taint] = {}
        self.consts: set[str] = set()
        self.parsed: dict[str, str] = {}  # name -> the name it is a parsed URL of
        self.checked_calls = False  # a request call's text was validated: look calls up by their text
        self.function_start = 0  # where the body being walked starts (for a sink's `unless_function`)
        self.sql_names: set[str] = set()  # names bound to text that reads as SQL (a query being built)
        self.fields: dict[str, Taint] = {}  # `this.x` set anywhere (constructors): seen by later functions
        self.route = False
        self.functions: dict[str, ts.Node] = {}  # name -> definition, for summaries
        self.namesakes: dict[str, list[ts.Node]] = {}  # name -> every definition, where several share it
        self.summaries: dict[int, Summary | None] = {}  # definition id -> summary (None while computing)
        self.summary: Summary | None = None  # set while a summary is computed
        self.summary_body: int | None = None  # id of the body whose summary is computed (its tail is a value)
        self.walked: set[int] = set()  # node ids (stable per tree) of the functions walked
        self.known_parts: dict[int, Taint] = {}  # node id -> taint, of string parts being formatted

    # -- text -------------------------------------------------------------------------------------
    def text(self, node: ts.Node | None) -> str:
        if node is None:
            return ""
        if self.src is not None:
            return self.src[node.start_byte : node.end_byte]
        return self.code[node.start_byte : node.end_byte].decode("utf-8", "replace")

    # -- hooks a language may override ------------------------------------------------------------
    def imports(self, root: ts.Node) -> None:
        """Fill `self.aliases` (local name -> dotted name) from the snippet's imports."""

    def function_name(self, node: ts.Node) -> str | None:
        name = node.child_by_field_name("name")
        return self.text(name) if name is not None else None

    def parameters(self, function: ts.Node) -> list[tuple[str, ts.Node]]:
        """(name, parameter node) in order."""
        params = function.child_by_field_name("parameters")
        out = []
        for param in params.named_children if params is not None else ():
            name = param if param.type in self.IDENTIFIERS else (
                param.child_by_field_name("name") or param.child_by_field_name("pattern"))
            if name is not None and name.type in self.IDENTIFIERS:
                out.append((self.text(name), param))
        return out

    def is_route(self, function: ts.Node, params: list[tuple[str, ts.Node]]) -> bool:
        return False

    def route_parameter(self, name: str, param: ts.Node) -> bool:
        """Whether a route's parameter holds client text (not the request/response objects)."""
        return True

    def body(self, function: ts.Node) -> ts.Node | None:
        return function.child_by_field_name("body")

    def call_parts(self, node: ts.Node) -> tuple[str, ts.Node | None, list[ts.Node]]:
        """(dotted callee name, receiver node or None, argument nodes)."""
        callee = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        receiver = None
        if callee is not None and callee.type in self.MEMBERS:
            receiver = self.member(callee)[0]
        return self.dotted(callee), receiver, self.arguments(args)

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        return [a for a in args.named_children if a.type != "comment"] if args else []

    def member(self, node: ts.Node) -> tuple[ts.Node | None, str]:
        obj = node.child_by_field_name("object")
        prop = node.child_by_field_name("property") or node.child_by_field_name("field")
        return obj, self.text(prop)

    def subscript_object(self, node: ts.Node) -> ts.Node | None:
        return node.child_by_field_name("object") or (node.named_children[0] if node.named_children else None)

    def string_parts(self, node: ts.Node) -> list[ts.Node]:
        parts = []
        for child in node.named_children:
            if child.type in self.INTERPOLATIONS:
                parts.extend(child.named_children if child.named_children else [child])
        return parts

    def declarations(self, node: ts.Node) -> list[tuple[ts.Node, ts.Node]] | None:
        """(target, value) pairs when `node` declares or assigns; None when it does not."""
        if node.type in self.ASSIGNMENTS:
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            return [(left, right)] if left is not None and right is not None else []
        if node.type in self.DECLARATORS:
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            return [(name, value)] if name is not None and value is not None else []
        return None

    def if_parts(self, node: ts.Node) -> tuple[ts.Node | None, ts.Node | None, list[ts.Node]]:
        """(condition, consequence, alternatives): an alternative is an else body or another `if`."""
        alternatives = []
        for alt in node.children_by_field_name("alternative"):
            if alt.type == "else_clause":
                inner = alt.child_by_field_name("body") or (alt.named_children[0] if alt.named_children else None)
                if inner is not None:
                    alternatives.append(inner)
            else:
                alternatives.append(alt)
        return node.child_by_field_name("condition"), node.child_by_field_name("consequence"), alternatives

    def operator(self, node: ts.Node) -> str:
        op = node.child_by_field_name("operator")
        if op is not None:
            return self.text(op)
        for child in node.children:
            if not child.is_named:
                return child.type
        return ""

    def loop_binding(self, node: ts.Node) -> tuple[ts.Node | None, ts.Node | None] | None:
        """For a for-each loop: (loop variable, iterated value); None for other statements."""
        return None

    def keyword(self, node: ts.Node) -> tuple[str, ts.Node] | None:
        """A keyword argument (`render inline: x`, `f(mode="w")`): (name, value); None for a positional one."""
        return None

    def negated_if(self, node: ts.Node) -> bool:
        """Whether the branch of this `if` runs when its condition is false (Ruby `unless`)."""
        return False

    def statement_extra(self, node: ts.Node) -> bool:
        """A language's own statements (PHP `echo`); True when handled."""
        return False

    # -- names ------------------------------------------------------------------------------------
    def dotted(self, node: ts.Node | None) -> str:
        """`req.query.id` for a member chain; calls inside drop their arguments (`r.URL.Query().Get`)."""
        if node is None:
            return ""
        kind = node.type
        if kind in self.IDENTIFIERS:
            return self.text(node)
        if kind in self.MEMBERS:
            obj, prop = self.member(node)
            base = self.dotted(obj) if obj is not None else ""
            return f"{base}.{prop}" if base else prop
        if kind in self.CALLS:
            return self.call_parts(node)[0]
        if kind in self.SUBSCRIPTS:
            return self.dotted(self.subscript_object(node))
        if kind in ("parenthesized_expression", "await_expression"):
            return self.dotted(node.named_children[0]) if node.named_children else ""
        return "?"

    def resolve(self, name: str) -> str:
        head, dot, rest = name.partition(".")
        target = self.aliases.get(head)
        if target is None:
            return name
        return f"{target}.{rest}" if dot else target

    def source(self, name: str) -> str | None:
        if not name or name == "?":
            return None
        # The answer depends on the two spellings alone: shared by every snippet the model walks.
        resolved = self.resolve(name)
        cache = self.model.source_cache
        key = (name, resolved)
        found = cache.get(key, MISSING)
        if found is MISSING:
            if len(cache) > 50_000:
                cache.clear()
            found = cache[key] = self._find_source(name, resolved)
        return found

    def _find_source(self, name: str, resolved: str) -> str | None:
        sources = self.model.sources
        for candidate in (name, resolved):
            end = len(candidate)
            while end > 0:
                prefix = candidate[:end]
                hit = sources.exact.get(prefix)
                if hit:
                    return hit[0]
                if sources.suffix:
                    dot = prefix.find(".")
                    while dot != -1:
                        hit = sources.suffix.get(prefix[dot:])
                        if hit:
                            return hit[0]
                        dot = prefix.find(".", dot + 1)
                end = prefix.rfind(".")
        return None

    # -- driver -----------------------------------------------------------------------------------
    def run(self, root: ts.Node) -> list[tuple[Rule, ts.Node, str]]:
        self.imports(root)
        self._collect(root)
        self._walk_function(root, {}, route=False, params={})
        return self.findings

    def _collect(self, root: ts.Node) -> None:
        stack = [root]
        functions = self.functions
        while stack:
            node = stack.pop()
            if node.type in self.FUNCTIONS:
                name = self.function_name(node)
                if name and name not in functions:
                    functions[name] = node
                elif name:
                    self.namesakes.setdefault(name, [functions[name]]).append(node)
            stack.extend(node.named_children)

    def _walk_function(self, body: ts.Node | None, outer: dict[str, Taint], route: bool,
                       params: dict[str, Taint]) -> None:
        if body is None:
            return
        saved = (self.env, self.consts, self.parsed, self.route, self.function_start)
        self.function_start = body.start_byte
        self.env = {**outer, **self.fields, **params}
        self.consts = {name for name in self.consts if name not in params}  # a closure sees the constants around it
        self.parsed, self.route = {}, route
        if body.type in self.block_kinds() or body.type in _BLOCKS:
            self.statements(body)
            if self.IMPLICIT_RETURN and self.summary is not None and body.id == self.summary_body:
                tail = self.implicit_value(body)  # read while the function's own names are still bound
                if tail is not None:
                    self._returned(self.eval(tail))
        else:  # `x => x.trim()`: the body is the value, read while the parameters are bound
            self._returned(self.eval(body))
        self.env, self.consts, self.parsed, self.route, self.function_start = saved

    def _function(self, node: ts.Node) -> None:
        """A function met during the walk: walked once, from a copy of the names around it."""
        if node.id in self.walked or (self.summary is not None and node.id in self.summaries):
            return  # walked already, or the function whose summary is being computed
        self.walked.add(node.id)
        params = self.parameters(node)
        route = self.is_route(node, params)
        labels: dict[str, Taint] = {}
        if route and self.model.wants_routes:
            labels = {name: frozenset({(ROUTE_PARAMETERS, frozenset())})
                      for name, param in params if self.route_parameter(name, param)}
        elif self.model.wants_parameters:  # a parameter named as a source (C's `argv`) stays that source too
            labels = {name: frozenset({(FUNCTION_PARAMETERS, frozenset())} | (
                {(source, frozenset())} if (source := self.source(name)) is not None else set())) for name, _ in params}
        outer = {k: v for k, v in self.env.items() if k not in dict(params)}
        self._walk_function(self.body(node), outer, route, labels)

    # -- summaries --------------------------------------------------------------------------------
    def summary_of(self, function: ts.Node) -> Summary | None:
        key = function.id
        if key in self.summaries:
            return self.summaries[key]  # None while it is being computed (recursion)
        self.summaries[key] = None
        summary = Summary()
        params = self.parameters(function)
        labels = {name: frozenset({(f"{PARAM}{i}", frozenset())}) for i, (name, _) in enumerate(params)}
        saved = (self.summary, self.findings, self.reported, self.walked, self.summary_body)
        body = self.body(function)
        self.summary_body = body.id if body is not None else None
        # The closures inside the function are part of what it does (`return new Promise((resolve) => {...})`),
        # also where the plain walk met them first; each is walked once per summary (only they are met here).
        self.summary, self.findings, self.reported, self.walked = summary, [], set(), set()
        try:
            self._walk_function(body, {}, False, labels)
        finally:
            self.summary, self.findings, self.reported, self.walked, self.summary_body = saved
        self.summaries[key] = summary
        return summary

    def block_kinds(self) -> frozenset:
        return _BLOCKS

    def implicit_value(self, body: ts.Node) -> ts.Node | None:
        """The expression a function's body ends with, its value where `IMPLICIT_RETURN` (Ruby, Rust); None
        when the body ends with a statement that gives no value (a `return` is read where it stands)."""
        last = None
        for child in body.named_children:
            if not child.type.endswith("comment"):
                last = child
        if last is None or last.type in self.RETURNS or last.type in _NO_VALUES:
            return None
        return last

    def _returned(self, taint: Taint) -> None:
        summary = self.summary
        if summary is None:
            return
        for source, applied in taint:
            if source.startswith(PARAM):
                summary.returns.setdefault(int(source[len(PARAM):]), []).append(applied)
            else:
                summary.own = summary.own | {(source, applied)}

    def _apply_summary(self, name: str, summary: Summary, arg_taints: list[Taint]) -> Taint:
        result = summary.own
        for index, marker_sets in summary.returns.items():
            if index < len(arg_taints) and arg_taints[index]:
                for applied in marker_sets:
                    result = result | mark(arg_taints[index], *applied)
        for index, sink, node, shown, applied in summary.sinks:
            if index < len(arg_taints) and arg_taints[index]:
                taint = mark(arg_taints[index], *applied)
                self._record_sink(sink, node, taint, f"{name}() -> {shown}")
                self._report(sink.rule, node, taint, sink.html, sink.sql, f"{name}() -> {shown}")
        return result

    def _record_sink(self, sink: Sink, node: ts.Node, taint: Taint, shown: str) -> None:
        """While a summary is computed: the parameters that reach `sink` (also through a nested helper)."""
        if self.summary is not None:
            for source, applied in taint:
                if source.startswith(PARAM):
                    self.summary.sinks.append((int(source[len(PARAM):]), sink, node, shown, applied))

    # -- statements -------------------------------------------------------------------------------
    def statements(self, node: ts.Node) -> None:
        if node.type in self.block_kinds():
            for child in node.named_children:
                self.statement(child)
        else:
            self.statement(node)

    def statement(self, node: ts.Node) -> None:
        kind = node.type
        if kind in self.IFS:
            self._if(node)
        elif kind in self.RETURNS:
            value = node.named_children[0] if node.named_children else None
            if value is not None:
                taint = self.eval(value)
                self._returned(taint)
                if taint and self.route:
                    for trule in self.model.route_sinks:
                        self._report(trule, node, taint, trule.return_html, False, "returned from a route")
        elif kind in self.FUNCTIONS:
            self._function(node)
        elif self.statement_extra(node):
            return
        elif kind in _BLOCKS or kind in self.block_kinds():
            for child in node.named_children:
                self.statement(child)
        else:
            binding = self.loop_binding(node)
            if binding is not None:
                target, value = binding
                taint = self.eval(value)
                if target is not None:
                    self.assign(target, taint, None)
                body = node.child_by_field_name("body")
                if body is not None:
                    self.statements(body)
                return
            self.eval(node)

    def _if(self, node: ts.Node) -> None:
        condition, consequence, alternatives = self.if_parts(node)
        self.eval(condition)
        self._containment(condition)
        when_true, when_false = self.guards(condition) if condition is not None else ((), ())
        if self.negated_if(node):
            when_true, when_false = when_false, when_true
        before = self.snapshot()
        self.validate(when_true)
        if consequence is not None:
            self.statements(consequence)
        branches = [] if self.exits(consequence) else [self.snapshot()]
        if alternatives:
            for alt in alternatives:
                self.restore(before)
                self.validate(when_false)
                self.statements(alt)
                if not self.exits(alt):
                    branches.append(self.snapshot())
        elif when_false:
            self.restore(before)
            self.validate(when_false)
            branches.append(self.snapshot())
        else:
            branches.append(before)
        if branches:
            self.merge(branches)
        else:
            self.restore(before)

    def snapshot(self) -> tuple[dict, set]:
        return dict(self.env), set(self.consts)

    def restore(self, state: tuple[dict, set]) -> None:
        self.env, self.consts = dict(state[0]), set(state[1])

    def merge(self, states: list[tuple[dict, set]]) -> None:
        env: dict[str, Taint] = {}
        for branch_env, _ in states:
            for key, taint in branch_env.items():
                env[key] = env.get(key, EMPTY) | taint
        self.env = env
        self.consts = set.intersection(*(consts for _, consts in states))

    def exits(self, node: ts.Node | None) -> bool:
        """Whether a branch ends by leaving: return, throw, break, continue, exit()/die()/panic()."""
        if node is None:
            return False
        last = node
        while last.type in self.block_kinds() or last.type in _BLOCKS:
            children = [c for c in last.named_children if c.type != "comment"]
            if not children:
                return False
            last = children[-1]
        if last.type in self.RETURNS or last.type in self.EXITS:
            return True
        call = last
        while call.named_children and call.type not in self.CALLS:
            call = call.named_children[0]
        if call.type in self.CALLS:
            name = self.call_parts(call)[0]
            return name.rsplit(".", 1)[-1] in self.EXIT_CALLS
        return False


    # -- assignment -------------------------------------------------------------------------------
    def assign(self, target: ts.Node | None, taint: Taint, value: ts.Node | None) -> None:
        if target is None:
            return
        kind = target.type
        stores = self.model.assign_sinks
        if taint and (stores.exact or stores.suffix) and (kind in self.MEMBERS or kind in self.SUBSCRIPTS):
            self._stored(target, taint)
        if kind in self.IDENTIFIERS or kind in self.MEMBERS:
            key = self.dotted(target)
            self.env[key] = taint
            if key.startswith(self.SELF_PREFIXES):
                self.fields[key] = taint
            if value is not None and (self.is_const(value) or value.type in self.CALLS and self._anchored(value)):
                self.consts.add(key)  # a constant, or a compiled anchored pattern (`regexp.MustCompile("^..$")`)
            else:
                self.consts.discard(key)
            if value is not None and SQL_TEXT.search(self.code, value.start_byte, value.end_byte):
                self.sql_names.add(key)
            else:
                self.sql_names.discard(key)
            self.parsed.pop(key, None)
            if value is not None and value.type in self.CALLS:
                origin = self._parsed_argument(value)
                if origin:
                    self.parsed[key] = origin
        elif kind in self.SUBSCRIPTS:  # d[k] = tainted taints d
            key = self.dotted(target)
            if key != "?":
                self.env[key] = self.env.get(key, EMPTY) | taint
                self.consts.discard(key)
        else:  # destructuring: every name gets the value's taint
            for child in target.named_children:
                if child.type in self.IDENTIFIERS or child.named_children:
                    self.assign(_pattern_name(child), taint, None)

    def _stored(self, target: ts.Node, taint: Taint) -> None:
        """An assignment sink: a value stored into a matching name or under it (`req.session.role = x`)."""
        name = whole = self.resolve(self.dotted(target))
        while name and name != "?":
            for sink in self.model.assign_sinks.lookup(name):
                if sink.unless_function is not None and sink.unless_function.search(
                        self.code, self.function_start, target.start_byte):
                    continue
                if sink.unless_target is not None and sink.unless_target.search(whole):
                    continue
                node = target.parent if target.parent is not None else target
                self._record_sink(sink, node, taint, name)
                self._report(sink.rule, node, taint, sink.html, sink.sql, f"{name} =")
            name = name.rpartition(".")[0]

    # -- expressions ------------------------------------------------------------------------------
    def eval(self, node: ts.Node | None) -> Taint:
        if node is None:
            return EMPTY
        kind = node.type
        if kind in self.IDENTIFIERS:
            name = self.text(node)
            known = self.env.get(name)
            if known is not None:
                return known
            if self.IMPLICIT_THIS and self.fields:
                known = self.fields.get("this." + name)
                if known is not None:
                    return known
            source = self.source(name)
            return frozenset({(source, frozenset())}) if source is not None else EMPTY
        if kind in self.CALLS:
            return self.call(node)
        if kind in self.MEMBERS:
            name = self.dotted(node)
            known = self.env.get(name)
            if known is not None:
                return known
            source = self.source(name)
            if source is not None:
                return frozenset({(source, frozenset())})
            obj = self.member(node)[0]
            return self.eval(obj)
        if kind in self.SUBSCRIPTS:
            obj = self.subscript_object(node)
            if obj is not None and self._fixed(obj) and obj.type not in ("array", "list"):
                for child in node.named_children[1:]:
                    self.eval(child)  # sinks inside the key still count
                return EMPTY  # `ROUTES[key]`: a value from a fixed table
            taint = self.eval(obj)
            for child in node.named_children:
                if child != obj:
                    self.eval(child)  # the index carries no taint into the element, its sinks still count
            return taint
        if kind in self.STRINGS:
            return self._string(node)
        if kind in self.BINARIES:
            return self._binary(node)
        if kind in self.FUNCTIONS:
            self._function(node)
            return EMPTY
        declared = self.declarations(node)
        if declared is not None:
            taint = EMPTY
            for target, value in declared:
                taint = self.eval(value)
                self.assign(target, taint, value)
            return taint
        if kind in self.AUGMENTED:
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            taint = self.eval(right)
            if left is not None:
                key = self.dotted(left)
                self.env[key] = self.env.get(key, EMPTY) | taint | self._formatting([left, right], node)
                stores = self.model.assign_sinks
                if taint and (stores.exact or stores.suffix) and left.type in self.MEMBERS:
                    self._stored(left, taint)  # `el.innerHTML += x`
                if not self.is_const(right):
                    self.consts.discard(key)
                return self.env[key]
            return taint
        if kind in self.LITERALS:
            return EMPTY
        taint = EMPTY
        for child in node.named_children:
            taint = taint | self.eval(child)
        return taint

    def _string(self, node: ts.Node) -> Taint:
        parts = self.string_parts(node)
        if not parts:
            return EMPTY
        taint = EMPTY
        known = {}
        for part in parts:
            known[part.id] = part_taint = self.eval(part)
            taint = taint | part_taint
        if taint and MARKUP.search(self.code, node.start_byte, node.end_byte):
            taint = mark(taint, HTML)
        if taint and _FIXED_PREFIX.match(self.text(node)[:80]):
            taint = mark(taint, FIXED_PREFIX)
        return taint | self._formatting_known(parts, node, "interpolation", known)

    def _binary(self, node: ts.Node) -> Taint:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        op = self.operator(node)
        taint_left, taint_right = self.eval(left), self.eval(right)
        if op not in self.CONCAT_OPERATORS:
            if op in ("==", "===", "!=", "!==", "<", ">", "<=", ">=", "&&", "||", "and", "or", "instanceof"):
                return EMPTY  # a comparison yields a boolean
            return taint_left | taint_right
        taint = taint_left | taint_right
        if not (self._stringish(left) or self._stringish(right)):
            return taint
        if taint and any(side is not None and side.type in self.STRINGS and MARKUP.search(
                self.code, side.start_byte, side.end_byte) for side in (left, right)):
            taint = mark(taint, HTML)
        if taint and left is not None and left.type in self.STRINGS and _FIXED_PREFIX.match(self.text(left)[:80]):
            taint = mark(taint, FIXED_PREFIX)
        known = {side.id: t for side, t in ((left, taint_left), (right, taint_right)) if side is not None}
        return taint | self._formatting_known([left, right], node, "string concatenation", known)

    def _stringish(self, node: ts.Node | None) -> bool:
        if node is None:
            return False
        if node.type in self.STRINGS:
            return True
        if node.type in self.BINARIES and self.operator(node) in self.CONCAT_OPERATORS:
            return self._stringish(node.child_by_field_name("left")) or self._stringish(
                node.child_by_field_name("right"))
        return False

    def _formatting_known(self, parts: list, node: ts.Node, how: str, known: dict) -> Taint:
        """`_formatting` with the taint of parts the caller evaluated already (node id -> taint): evaluating
        them again would make a chain of `+` exponential in its length."""
        saved, self.known_parts = self.known_parts, known
        try:
            return self._formatting(parts, node, how)
        finally:
            self.known_parts = saved

    def choice(self, condition: ts.Node | None, consequence: ts.Node | None,
               alternative: ts.Node | None) -> Taint:
        """`test ? a : b` (and `a if test else b`-like forms): the test yields a boolean, evaluated for its
        effects; each side is evaluated with what the test proves on its way (`ALLOWED.includes(x) ? x : "/"`)
        and the value carries either side's taint."""
        self.eval(condition)
        when_true, when_false = self.guards(condition) if condition is not None else ((), ())
        taint = EMPTY
        for side, proved in ((consequence, when_true), (alternative, when_false)):
            before = self.snapshot()
            self.validate(proved)
            taint = taint | self.eval(side)
            self.restore(before)
        return taint

    def sql_inserts(self, label: Taint, parts: list, node: ts.Node) -> Taint:
        """`label` plus, when the text `node` builds reads as SQL, the SQL marker on the values pasted into it
        themselves (a driver call counts request data inside SQL text, a bound parameter does not)."""
        if SQL_TEXT.search(self.code, node.start_byte, node.end_byte):
            inserted = EMPTY
            known = self.known_parts  # parts the caller evaluated already: again, a `.` chain is exponential
            for part in parts:
                if part is not None:
                    taint = known.get(part.id)
                    inserted = inserted | (self.eval(part) if taint is None else taint)
            if inserted:
                label = label | mark(inserted, SQL)
        return label

    def _formatting(self, parts: list, node: ts.Node, how: str = "string concatenation") -> Taint:
        """The `string-formatting` label when `node` builds a string from a part not known constant."""
        if not self.model.wants_formatting:
            return EMPTY
        applied: frozenset | None = None
        for part in parts:
            if part is None or self.is_const(part):
                continue
            marks = self._applied(part, self.known_parts.get(part.id))
            applied = marks if applied is None else applied & marks
        if applied is None:
            return EMPTY
        label = frozenset({(STRING_FORMATTING, applied | {how})})
        if SQL_TEXT.search(self.code, node.start_byte, node.end_byte):
            label = mark(label, SQL)
        return label

    def _applied(self, part: ts.Node, taint: Taint | None = None) -> frozenset:
        """Markers every label of an inserted part went through (none when unknown)."""
        if taint is None:
            taint = self.eval(part)
        common = None
        for _, marks in taint:
            common = marks if common is None else common & marks
        return common or frozenset()

    def is_const(self, node: ts.Node) -> bool:
        kind = node.type
        if kind in self.LITERALS:
            return True
        if kind in self.STRINGS:
            return all(self.is_const(p) for p in self.string_parts(node))
        if kind in self.IDENTIFIERS or kind in self.MEMBERS:
            name = self.dotted(node)
            last = name.rsplit(".", 1)[-1].lstrip("$@")
            return name in self.consts or (last.isupper() and len(last) > 1 and not self.env.get(name)
                                           and self.source(name) is None)  # `$_GET` is no constant
        if kind in self.BINARIES or kind == "parenthesized_expression":
            return all(self.is_const(c) for c in node.named_children)
        if kind in self.CALLS:
            name = self.call_parts(node)[0]
            return bool(self.model.converters.lookup(self.resolve(name)))
        return False

    def call(self, node: ts.Node) -> Taint:
        raw, receiver_node, args = self.call_parts(node)
        evaluate = self.eval
        arg_taints = [evaluate(arg) for arg in args]
        receiver = evaluate(receiver_node) if receiver_node is not None else EMPTY
        if receiver_node is None:
            callee = node.child_by_field_name("function")
            if callee is not None and callee.type not in self.IDENTIFIERS and callee.type not in self.MEMBERS:
                receiver = evaluate(callee)  # `(() => ...)()`, `getHandler()(x)`
        name = self.resolve(raw)
        last = name.rsplit(".", 1)[-1]
        model = self.model
        if receiver_node is not None and (last in self.MUTATORS or last in self.REMOVERS):
            key = self.dotted(receiver_node)
            if key != "?":
                if last in self.MUTATORS:
                    added = EMPTY
                    for t in arg_taints:
                        added = added | t
                    if key in self.sql_names:  # `sb.append(x)` on a builder started with SQL text
                        formatted = self._formatting(args, node, "string concatenation")
                        added = added | (mark(formatted, SQL) if formatted else EMPTY)
                    if added:
                        self.env[key] = self.env.get(key, EMPTY) | added
                        self.consts.discard(key)
        if last == "filter" and receiver and args and args[0].type in self.FUNCTIONS:
            kept = self._filter_keeps(args[0])  # names.filter(n => ALLOWED.includes(n)): an allow-list kept them
            if kept:
                return mark(receiver, VALIDATED)
        sinks, converter, markers, normal = model.callee(name)
        for sink in sinks:
            self._check_sink(sink, node, raw, args, arg_taints, receiver)
        out = model.out_sources.lookup(name)
        for position, source in out:
            if position < len(args):
                key = self.dotted(_strip_address(args[position]))
                if key != "?":
                    self.env[key] = frozenset({(source, frozenset())})
        if converter:
            if args and args[0].type in self.IDENTIFIERS and self.env.get(self.text(args[0])):
                key = self.text(args[0])
                self.env[key] = mark(self.env[key], PARSED)  # `Integer.parseInt(id)` threw unless a number
            return EMPTY
        source = self.source(raw) if raw else None
        if source is not None:
            if self.checked_calls:  # the same request value checked earlier (`r.FormValue("next")`)
                known = self.env.get(self.text(node))
                if known is not None:
                    return known
            return frozenset({(source, frozenset())})
        definition = self._user_function(raw)
        if definition is not None:
            summary = self.summary_of(definition)
            if summary is not None:  # None: a recursive call while its summary is computed
                return self._apply_summary(raw.rsplit(".", 1)[-1], summary, arg_taints)
        taint = receiver
        for t in arg_taints:
            taint = taint | t
        if not taint:
            if markers:
                return frozenset({(CLEAN, frozenset(markers))})
            if name in self.FORMATTERS or last in self.FORMATTERS:
                return self._formatting_known(args[1:], node, "sprintf", _known(args, arg_taints))
            return EMPTY
        if markers or normal:
            taint = mark(taint, *markers, *normal)
        if name in self.FORMATTERS or last in self.FORMATTERS:
            taint = taint | self._formatting_known(args[1:], node, "sprintf", _known(args, arg_taints))
            if args and args[0].type in self.STRINGS and MARKUP.search(self.code, args[0].start_byte, args[0].end_byte):
                taint = mark(taint, HTML)
        return taint

    def _filter_keeps(self, function: ts.Node) -> bool:
        """Whether a filter callback keeps only elements its test validates (`x => ALLOWED.has(x)`)."""
        params = [name for name, _ in self.parameters(function)]
        body = self.body(function)
        if not params or body is None:
            return False
        if body.type in self.block_kinds():
            returns = [c for c in body.named_children if c.type in self.RETURNS and c.named_children]
            if len(returns) != 1:
                return False
            body = returns[0].named_children[0]
        kept, _ = self.guards(body)
        return params[0] in kept

    def _user_function(self, raw: str) -> ts.Node | None:
        """A function of this snippet that `raw` calls (`helper(x)`, `this.helper(x)`, `$this->helper()`)."""
        if not raw or raw == "?":
            return None
        head, _, last = raw.rpartition(".")
        # `this.helper()` is the class's own method; `this.users.update()` is a method of a field's object
        own = head in ("this", "self", "$this", "@")
        if head and not own and head not in self.functions:
            return None
        namesakes = self.namesakes.get(last)
        if namesakes is not None and (own or (not head and self.IMPLICIT_THIS)):
            found = self._own_class_method(namesakes)
            if found is not None:
                return found
        return self.functions.get(last)

    def _own_class_method(self, definitions: list[ts.Node]) -> ts.Node | None:
        """Of methods that share a name (`login` in two classes), the one of the class the calling function
        is in (the innermost one); None when none is."""
        best, size = None, None
        at = self.function_start
        for definition in definitions:
            owner = definition.parent
            while owner is not None and owner.type not in _CLASS_KINDS and owner.type not in self.CLASSES:
                owner = owner.parent
            if owner is not None and owner.start_byte <= at < owner.end_byte and (
                    size is None or owner.end_byte - owner.start_byte < size):
                best, size = definition, owner.end_byte - owner.start_byte
        return best

    def _check_sink(self, sink: Sink, node: ts.Node, raw: str, args: list, arg_taints: list, receiver: Taint) -> None:
        if node.has_error:
            return
        if sink.unless_function is not None and sink.unless_function.search(
                self.code, self.function_start, node.start_byte):
            return
        if self._snippet_disarms(sink.rule):
            return
        if sink.unless_kwarg and any(
                (kw := self.keyword(arg)) is not None and sink.unless_kwarg.get(kw[0]) == self.text(kw[1])
                for arg in args):
            return  # a keyword that disarms this sink (`allow_other_host: false`)
        if sink.when_args:
            positional = [arg for arg in args if self.keyword(arg) is None]
            if not all(i < len(positional) and pattern.fullmatch(self.text(positional[i]))
                       for i, pattern in sink.when_args.items()):
                return
        taint = receiver if "receiver" in sink.args else EMPTY
        position = 0
        for arg, t in zip(args, arg_taints):
            keyword = self.keyword(arg)
            if keyword is not None:
                if not sink.args or keyword[0] in sink.args:
                    taint = taint | t
                continue
            if not sink.args or position in sink.args:
                taint = taint | t
            position += 1
        if not taint:
            return
        shown = raw.replace("?.", "") if raw else "call"
        self._record_sink(sink, node, taint, shown)
        self._report(sink.rule, node, taint, sink.html, sink.sql, shown)

    def _snippet_disarms(self, trule: TaintRule) -> bool:
        """Whether the rule's `unless_snippet` matches the snippet or its `when_snippet` does not: searched once
        per rule for the walk (a Walk sees one snippet), not on every sink the rule's calls hit."""
        disarmed = self.snippet_gates.get(id(trule))
        if disarmed is None:
            disarmed = (trule.unless_snippet is not None and trule.unless_snippet.search(self.code) is not None) or (
                trule.when_snippet is not None and trule.when_snippet.search(self.code) is None)
            self.snippet_gates[id(trule)] = disarmed
        return disarmed

    def _report(self, trule: TaintRule, node: ts.Node, taint: Taint, html: bool, sql: bool, shown: str) -> None:
        label = trule.first_unclean(taint, html, sql)
        if label is None:
            return
        key = (trule.rule.id, node.start_byte, node.end_byte)
        if key in self.reported:
            return
        self.reported.add(key)
        self.findings.append((trule.rule, node, f"{describe(label)} -> {shown}"))


_BLOCKS = frozenset({"program", "statement_block", "block", "expression_statement", "compound_statement",
                     "source_file", "translation_unit", "module", "body_statement", "else_clause",
                     "class_body", "class_declaration", "class", "class_definition", "declaration_list",
                     "export_statement", "labeled_statement", "try_statement", "catch_clause", "finally_clause",
                     "switch_statement", "switch_body", "switch_case", "switch_default", "case_statement",
                     "while_statement", "do_statement", "for_statement", "with_statement", "then", "else",
                     "begin", "rescue", "ensure", "unless", "program_body", "constructor_body",
                     "method_declaration_body", "interface_body", "enum_body", "field_declaration",
                     "lexical_declaration", "variable_declaration", "local_variable_declaration",
                     "var_declaration", "const_declaration", "declaration",
                     "class_declaration_body", "namespace_definition", "compound_statement_body",
                     "expression_switch_statement", "expression_case", "default_case", "type_switch_statement",
                     "block_statement", "translation_unit_body", "php_tag_block", "text_interpolation"})

# the kinds of a class-like body whose methods `this.name(...)` calls
_CLASS_KINDS = frozenset({"class_declaration", "class", "abstract_class_declaration", "class_specifier",
                          "struct_specifier", "struct_declaration", "record_declaration", "interface_declaration",
                          "enum_declaration", "impl_item", "trait_item", "module", "singleton_class"})

# statements that end a body without giving it a value (Rust items and `;`-terminated expressions)
_NO_VALUES = frozenset({"expression_statement", "let_declaration", "function_item", "use_declaration", "struct_item",
                        "impl_item", "const_item", "static_item", "macro_definition", "empty_statement", "enum_item"})


def _known(args: list, arg_taints: list) -> dict:
    """node id -> taint of the arguments a call evaluated: a formatter's parts are not evaluated again (nested
    `sprintf(..., sprintf(...))` would double the work per level)."""
    return {arg.id: taint for arg, taint in zip(args, arg_taints)}


def _pattern_name(node: ts.Node) -> ts.Node:
    """A destructured name (`{ cmd } = req.body`, `[a, b] = ...`): the identifier inside a pattern part."""
    value = node.child_by_field_name("value") or node.child_by_field_name("name")
    return value if value is not None and node.type not in ("identifier",) else node


def _strip_address(node: ts.Node) -> ts.Node:
    """`&buf` / `*p` -> `buf` (an out-parameter written through its address)."""
    while node.type in ("pointer_expression", "unary_expression") and node.named_children:
        node = node.named_children[-1]
    return node
