"""The TypeScript adapter: JavaScript's, seeing through type-only syntax (`x as T`, `x!`, `x satisfies T`).

TypeScript snippets get the JavaScript rules (see `curator.engines.languages.EXTENDS`): the TSX grammar
names every construct those rules look at as JavaScript's does; parameters come wrapped in
`required_parameter`/`optional_parameter`, which the JavaScript adapter already unwraps. NestJS handlers
are routes: parameters decorated `@Query()`, `@Body()`, `@Param()`, `@Headers()` ... hold request data.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import TaintModel
from curator.engines.dataflow.lang_javascript import JavaScriptWalk
from curator.ruleset import Rule

TYPE_WRAPPERS = frozenset({"as_expression", "non_null_expression", "satisfies_expression", "type_assertion"})
# NestJS parameter decorators whose value comes from the request
REQUEST_DECORATORS = frozenset({"Query", "Body", "Param", "Headers", "Cookies", "Ip", "HostParam", "UploadedFile",
                                "UploadedFiles", "Req", "Request"})


class TypeScriptWalk(JavaScriptWalk):
    def dotted(self, node: ts.Node | None) -> str:
        while node is not None and node.type in TYPE_WRAPPERS and node.named_children:
            node = node.named_children[0]
        return super().dotted(node)

    def checked(self, node: ts.Node | None) -> tuple:
        return super().checked(_untyped(node))

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        return [_untyped(arg) for arg in super().arguments(args)]  # new URL(req.query.url as string)

    def is_const(self, node: ts.Node) -> bool:
        return super().is_const(_untyped(node))  # ["name", "price"] as const

    def _fixed(self, node: ts.Node) -> bool:
        return super()._fixed(_untyped(node))  # (allowed as readonly string[]).includes(x)

    def statement_extra(self, node: ts.Node) -> bool:
        if node.type == "enum_declaration":  # enum SortField { Name = "name" }: a fixed set of values
            name = node.child_by_field_name("name")
            if name is not None:
                self.consts.add(self.text(name))
            return True
        return super().statement_extra(node)

    def is_route(self, function: ts.Node, params: list[tuple[str, ts.Node]]) -> bool:
        return any(self._from_request(param) for _, param in params)

    def route_parameter(self, name: str, param: ts.Node) -> bool:
        return self._from_request(param)

    def _from_request(self, param: ts.Node) -> bool:
        """`@Query("url") url: string`: a parameter NestJS fills from the request."""
        for child in param.named_children:
            if child.type == "decorator" and child.named_children:
                call = child.named_children[0]
                callee = call.child_by_field_name("function") if call.type == "call_expression" else call
                if self.text(callee).rsplit(".", 1)[-1] in REQUEST_DECORATORS:
                    return True
        return False


def _untyped(node: ts.Node | None) -> ts.Node | None:
    """The value under its type-only syntax and parentheses: `(x as T)`, `x!`, `<T>x` -> x."""
    while node is not None and (node.type in TYPE_WRAPPERS or node.type == "parenthesized_expression") and (
            node.named_children):
        node = node.named_children[0]
    return node


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, TypeScriptWalk)
