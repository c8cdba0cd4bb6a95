"""The JavaScript adapter: node kinds of tree-sitter-javascript, `require`/`import` aliases.

Express/Koa/Next handlers need no route detection: their request objects are sources by name in
`rules/javascript/taint.yaml` (`req.query`, `ctx.request.body`, ...); callbacks are walked where they are
passed, so a handler sees the names around it.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import TaintModel
from curator.engines.dataflow.lang_javascript_handlers import JavaScriptHandlers
from curator.engines.dataflow.lang_javascript_values import JavaScriptValues
from curator.engines.dataflow.walk import Walk
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

    def summary_of(self, function: ts.Node):
        """A helper's summary also walks the closures inside it (`return new Promise((resolve) => {...})`,
        a search callback), even where the plain walk met them first: what reaches a sink in there through
        the helper's parameters is part of what the helper does."""
        if function.id in self.summaries:
            return self.summaries[function.id]
        walked = self.walked
        nested, stack = set(), list(function.named_children)
        while stack:
            node = stack.pop()
            if node.type in self.FUNCTIONS:
                nested.add(node.id)
            stack.extend(node.named_children)
        self.walked = walked - nested
        try:
            return super().summary_of(function)
        finally:
            self.walked = walked

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


def _module(literal: str) -> str:
    """A module name from its quoted literal; Node's built-ins under their plain names (`"node:fs"` -> `fs`)."""
    name = literal.strip("'\"`")
    return name[5:] if name.startswith("node:") else name


_JS_BLOCKS = frozenset({"program", "statement_block", "expression_statement", "lexical_declaration",
                        "variable_declaration", "class_declaration", "class_body", "class", "export_statement",
                        "try_statement", "catch_clause", "finally_clause", "switch_statement", "switch_body",
                        "switch_case", "switch_default", "while_statement", "do_statement", "for_statement",
                        "else_clause", "labeled_statement", "field_definition", "public_field_definition"})


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, JavaScriptWalk)
