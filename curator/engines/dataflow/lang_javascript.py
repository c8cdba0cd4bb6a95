"""The JavaScript adapter: node kinds of tree-sitter-javascript, `require`/`import` aliases.

Express/Koa/Next handlers need no route detection: their request objects are sources by name in
`rules/javascript/taint.yaml` (`req.query`, `ctx.request.body`, ...); callbacks are walked where they are
passed, so a handler sees the names around it.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, SHARED_TEMP_PATH, TaintModel
from curator.engines.dataflow.lang_javascript_handlers import JavaScriptHandlers
from curator.engines.dataflow.lang_javascript_values import JavaScriptValues
from curator.engines.dataflow.walk import PARAM, Summary, Walk
from curator.ruleset import Rule


class JavaScriptWalk(JavaScriptHandlers, JavaScriptValues, Walk):
    FUNCTIONS = frozenset({"function_declaration", "function_expression", "arrow_function", "method_definition",
                           "generator_function_declaration", "function", "generator_function"})
    CALLS = frozenset({"call_expression", "new_expression"})
    MEMBERS = frozenset({"member_expression"})
    SUBSCRIPTS = frozenset({"subscript_expression"})
    IDENTIFIERS = frozenset({"identifier", "this", "shorthand_property_identifier_pattern",
                             "shorthand_property_identifier"})
    STRINGS = frozenset({"string", "template_string"})
    INTERPOLATIONS = frozenset({"template_substitution"})
    DECLARATORS = frozenset({"variable_declarator"})
    LITERALS = frozenset({"number", "true", "false", "null", "undefined", "comment", "regex"})
    URL_PARSERS = frozenset({"URL", "url.parse", "new URL"})
    FORMATTERS = frozenset({"util.format"})

    def imports(self, root: ts.Node) -> None:
        for child in root.named_children:
            if child.type == "import_statement":
                source = child.child_by_field_name("source")
                module = _module(self.text(source)) if source is not None else ""
                if module.startswith((".", "/")):
                    continue  # a file of the project (`./logger`): its local name says more than its path
                for clause in child.named_children:
                    if clause.type != "import_clause":
                        continue
                    for part in clause.named_children:
                        if part.type == "identifier":  # import cp from "child_process"
                            self.aliases[self.text(part)] = module
                        elif part.type == "namespace_import":
                            for name in part.named_children:
                                self.aliases[self.text(name)] = module
                        elif part.type == "named_imports":
                            for spec in part.named_children:
                                name, alias = spec.child_by_field_name("name"), spec.child_by_field_name("alias")
                                if name is not None:
                                    self.aliases[self.text(alias or name)] = f"{module}.{self.text(name)}"
            elif child.type in ("lexical_declaration", "variable_declaration"):
                for declarator in child.named_children:
                    if declarator.type != "variable_declarator":
                        continue
                    value = declarator.child_by_field_name("value")
                    target = declarator.child_by_field_name("name")
                    if target is not None and target.type == "identifier":
                        self.logger_alias(self.text(target), value)
                        wrapped = self._promisified(value)
                        if wrapped is not None:  # const run = promisify(exec): `run` is exec, awaited
                            self.aliases[self.text(target)] = wrapped
                            continue
                    module = self._required(value)
                    if module is None or module.startswith((".", "/")) or target is None:
                        continue
                    if target.type == "identifier":
                        self.aliases[self.text(target)] = module
                    elif target.type == "object_pattern":
                        for part in target.named_children:
                            if part.type == "shorthand_property_identifier_pattern":
                                self.aliases[self.text(part)] = f"{module}.{self.text(part)}"
                            elif part.type == "pair_pattern":
                                key, local = part.child_by_field_name("key"), part.child_by_field_name("value")
                                if key is not None and local is not None:
                                    self.aliases[self.text(local)] = f"{module}.{self.text(key)}"

    def _promisified(self, value: ts.Node | None) -> str | None:
        """`promisify(exec)`, `util.promisify(cp.execFile)`, `promisify(require("child_process").exec)` -> the
        wrapped function's resolved name; the promise settles with what the callback would have got."""
        if value is None or value.type != "call_expression":
            return None
        callee, args = value.child_by_field_name("function"), self.arguments(value.child_by_field_name("arguments"))
        if callee is None or len(args) != 1 or self.resolve(self.text(callee)) not in _PROMISIFY:
            return None
        wrapped = args[0]
        if wrapped.type == "member_expression":
            module = self._required(wrapped.child_by_field_name("object"))
            if module is not None:
                return f"{module}.{self.text(wrapped.child_by_field_name('property'))}"
        name = self.dotted(wrapped)
        return self.resolve(name) if name and name != "?" else None

    def _required(self, value: ts.Node | None) -> str | None:
        """`require("child_process")` (or `.promises` of it) -> its module name, else None."""
        if value is None:
            return None
        if value.type == "member_expression":
            inner = self._required(value.child_by_field_name("object"))
            prop = value.child_by_field_name("property")
            return f"{inner}.{self.text(prop)}" if inner is not None and prop is not None else None
        if value.type != "call_expression":
            return None
        callee = value.child_by_field_name("function")
        args = value.child_by_field_name("arguments")
        if callee is None or self.text(callee) != "require" or args is None or not args.named_children:
            return None
        first = args.named_children[0]
        return _module(self.text(first)) if first.type == "string" else None

    def call(self, node: ts.Node):
        """`view.render()` on `const view = new CommentView(a, b)` of a class in this snippet: what the method
        returns of the fields the constructor filled (`escapeHtml(this.text)`), not every argument as it came."""
        taint = super().call(node)
        if not taint or node.type != "call_expression":
            return taint
        callee = node.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            return taint
        obj, prop = callee.child_by_field_name("object"), callee.child_by_field_name("property")
        method = self.functions.get(self.text(prop)) if prop is not None else None
        if obj is None or obj.type != "identifier" or method is None or method.type != "method_definition":
            return taint
        owner = method.parent.parent if method.parent is not None else None
        name = owner.child_by_field_name("name") if owner is not None else None
        created = self._instance_of(obj)
        if name is None or created is None or self.text(name) != self.dotted(created.child_by_field_name("constructor")):
            return taint
        summary = self._method_summary(method, owner)
        if summary is None:
            return taint
        args = self.arguments(node.child_by_field_name("arguments"))
        built = self.arguments(created.child_by_field_name("arguments"))
        taints = [self.eval(obj)] + [self.eval(a) for a in args]
        taints += [EMPTY] * (1 + len(self.parameters(method)) - len(taints)) + [self.eval(a) for a in built]
        return self._apply_summary(self.text(prop), summary, taints)

    def _instance_of(self, name: ts.Node) -> ts.Node | None:
        """The `new CommentView(...)` that binds `name` (`const view = new ...`), in a block around it."""
        wanted = self.text(name)
        scope = name.parent
        while scope is not None:
            for child in scope.named_children:
                if child.type in ("lexical_declaration", "variable_declaration"):
                    for declarator in child.named_children:
                        target = declarator.child_by_field_name("name")
                        value = declarator.child_by_field_name("value")
                        if target is not None and self.text(target) == wanted and value is not None:
                            return value if value.type == "new_expression" else None
            scope = scope.parent
        return None

    def _method_summary(self, method: ts.Node, owner: ts.Node) -> Summary | None:
        """A method's summary: `this` is parameter 0, the method's own parameters follow, then the arguments
        of the constructor, which reach the fields it fills (`this.text = text`, TypeScript's
        `constructor(private readonly text: string)`)."""
        cache = self.__dict__.setdefault("_method_summaries", {})
        if method.id in cache:
            return cache[method.id]  # None while it is being computed (recursion)
        cache[method.id] = None
        summary = Summary()
        this = frozenset({(f"{PARAM}0", frozenset())})
        # a field this snippet assigns that the constructor does not fill: the instance's taint as a whole
        labels = {key: this for key in self.fields if key.startswith("this.") and key not in self.consts}
        own = self.parameters(method)
        for field, indexes in self._constructor_fields(owner).items():
            labels["this." + field] = frozenset((f"{PARAM}{1 + len(own) + i}", frozenset()) for i in indexes)
        labels["this"] = this
        for i, (param, _) in enumerate(own):
            labels[param] = frozenset({(f"{PARAM}{i + 1}", frozenset())})
        saved = (self.summary, self.findings, self.reported, self.walked)
        self.summary, self.findings, self.reported, self.walked = summary, [], set(), set()
        try:
            self._walk_function(self.body(method), {}, False, labels)
        finally:
            self.summary, self.findings, self.reported, self.walked = saved
        cache[method.id] = summary
        return summary

    def _constructor_fields(self, owner: ts.Node) -> dict[str, set[int]]:
        """Field name -> indexes of the constructor parameters it is filled from."""
        body = owner.child_by_field_name("body")
        ctor = next((m for m in (body.named_children if body is not None else ()) if m.type == "method_definition"
                     and self.text(m.child_by_field_name("name")) == "constructor"), None)
        if ctor is None:
            return {}
        params = self.parameters(ctor)
        index = {name: i for i, (name, _) in enumerate(params)}
        fields: dict[str, set[int]] = {}
        for i, (name, param) in enumerate(params):
            if any(c.type in ("accessibility_modifier", "readonly") for c in param.children):
                fields[name] = {i}  # constructor(private readonly text: string)
        stack = [ctor.child_by_field_name("body")]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if node.type == "assignment_expression":
                left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
                if left is not None and left.type == "member_expression" and self.text(
                        left.child_by_field_name("object")) == "this" and right is not None:
                    used, inner = set(), [right]
                    while inner:
                        part = inner.pop()
                        if part.type in ("identifier", "shorthand_property_identifier") and self.text(part) in index:
                            used.add(index[self.text(part)])
                        inner.extend(part.named_children)
                    fields[self.text(left.child_by_field_name("property"))] = used
            if node.type not in self.FUNCTIONS:
                stack.extend(node.named_children)
        return fields

    def _check_sink(self, sink, node: ts.Node, raw: str, args: list, arg_taints: list, receiver) -> None:
        """`res.sendFile(name, { root: dir })` / `res.download(name, file, { root })`: Express's send refuses a
        path that leaves `root` (403 for `..`), so the name chooses a file inside it only. A temp file opened
        for exclusive creation cannot be a link someone planted."""
        if SHARED_TEMP_PATH in sink.rule.sources and any(_EXCLUSIVE.search(self.text(arg)) for arg in args[1:]):
            return  # `{ flag: "wx" }`, `O_EXCL`: the write fails where a file (or a planted link) already is
        if raw.rsplit(".", 1)[-1] in ("sendFile", "download") and any(
                arg.type == "object" and any(self._option_name(pair) == "root" for pair in arg.named_children)
                for arg in args[1:]):
            return
        super()._check_sink(sink, node, raw, args, arg_taints, receiver)

    def _option_name(self, pair: ts.Node) -> str | None:
        if pair.type == "shorthand_property_identifier":
            return self.text(pair)
        key = pair.child_by_field_name("key") if pair.type == "pair" else None
        return self.text(key).strip("'\"") if key is not None else None

    def call_parts(self, node: ts.Node):
        if node.type == "new_expression":
            callee = node.child_by_field_name("constructor")
            return self.dotted(callee), None, self.arguments(node.child_by_field_name("arguments"))
        callee = node.child_by_field_name("function")
        args = self.arguments(node.child_by_field_name("arguments"))
        if callee is not None and callee.type == "member_expression":
            obj = callee.child_by_field_name("object")
            module = self._required(obj)
            prop = self.text(callee.child_by_field_name("property"))
            if module is not None:  # require("child_process").exec(...)
                return f"{module}.{prop}", None, args
            return self.dotted(callee), obj, args
        return self.dotted(callee), None, args

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        return [a for a in args.named_children if a.type != "comment"] if args is not None else []

    def parameters(self, function: ts.Node) -> list[tuple[str, ts.Node]]:
        params = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
        if params is None:
            return []
        if params.type == "identifier":  # x => ...
            return [(self.text(params), params)]
        out = []
        for param in params.named_children:
            node = param
            if node.type in ("required_parameter", "optional_parameter"):  # TypeScript
                node = param.child_by_field_name("pattern") or node
            if node.type == "assignment_pattern":
                node = node.child_by_field_name("left") or node
            if node.type == "identifier":
                out.append((self.text(node), param))
        return out

    def is_route(self, function: ts.Node, params: list[tuple[str, ts.Node]]) -> bool:
        """A hapi handler (`(request, h) => ...`): what it returns is the response body."""
        return [name for name, _ in params[:2]] == ["request", "h"]

    def route_parameter(self, name: str, param: ts.Node) -> bool:
        return False  # hapi's request and toolkit objects: their data is read through `request.query` ...

    def function_name(self, node: ts.Node) -> str | None:
        name = node.child_by_field_name("name")
        if name is not None:
            return self.text(name)
        parent = node.parent  # const helper = (x) => ...
        if parent is not None and parent.type == "variable_declarator":
            target = parent.child_by_field_name("name")
            return self.text(target) if target is not None and target.type == "identifier" else None
        return None

    def loop_binding(self, node: ts.Node):
        if node.type == "for_in_statement":
            return node.child_by_field_name("left"), node.child_by_field_name("right")
        return None

    def block_kinds(self) -> frozenset:
        return _JS_BLOCKS


_PROMISIFY = frozenset({"promisify", "util.promisify", "node:util.promisify"})
_EXCLUSIVE = re.compile(r"""["'`]wx\+?["'`]|O_EXCL""")
_VERSION = re.compile(r"(?<=[\w-])@[^/]*")  # `hono@4.2.0` -> `hono`; a scope's own `@` stays


def _module(literal: str) -> str:
    """A module name from its quoted literal; Node's built-ins under their plain names (`"node:fs"` -> `fs`)."""
    name = literal.strip("'\"`")
    if name.startswith("node:"):
        return name[5:]
    if name.startswith(("npm:", "jsr:")):  # Deno: `npm:hono@4/html` is the package hono's `html` module
        return _VERSION.sub("", name[4:])
    return name


_JS_BLOCKS = frozenset({"program", "statement_block", "expression_statement", "lexical_declaration",
                        "variable_declaration", "class_declaration", "class_body", "class", "export_statement",
                        "try_statement", "catch_clause", "finally_clause", "switch_statement", "switch_body",
                        "switch_case", "switch_default", "while_statement", "do_statement", "for_statement",
                        "else_clause", "labeled_statement", "field_definition", "public_field_definition"})


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, JavaScriptWalk)
