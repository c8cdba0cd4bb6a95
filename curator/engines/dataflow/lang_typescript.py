"""The TypeScript adapter: JavaScript's, seeing through type-only syntax (`x as T`, `x!`, `x satisfies T`).

TypeScript snippets get the JavaScript rules (see `curator.engines.languages.EXTENDS`): the TSX grammar
names every construct those rules look at as JavaScript's does; parameters come wrapped in
`required_parameter`/`optional_parameter`, which the JavaScript adapter already unwraps. NestJS handlers
are routes: parameters decorated `@Query()`, `@Body()`, `@Param()`, `@Headers()` ... hold request data; what
they return is the response body (HTML unless it is an object, sent as JSON, or the handler declares a
plain-text or JSON content type).
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import TaintModel, mark
from curator.engines.dataflow.lang_javascript import JavaScriptWalk
from curator.engines.dataflow.lang_javascript_values import FIELD, SCHEMA
from curator.ruleset import Rule

TYPE_WRAPPERS = frozenset({"as_expression", "non_null_expression", "satisfies_expression", "type_assertion"})
# NestJS parameter decorators whose value comes from the request
REQUEST_DECORATORS = frozenset({"Query", "Body", "Param", "Headers", "Cookies", "Ip", "HostParam", "UploadedFile",
                                "UploadedFiles", "Req", "Request"})


_PLAIN_HEADER = re.compile(r"""(?i)Header\(\s*["'`]content-type["'`]\s*,\s*["'`](?:text/plain|application/json)""")


# a parameter typed as a request DTO (`dto: UpdateProfileDto`, `input: z.infer<typeof ProfileInput>`): the
# fields the API declares, not the entity (`Partial<User>`, `any`) the client could fill at will
_DTO_TYPE = re.compile(r"^(?:\w+(?:Dto|DTO|Input|Payload|Command|Request|Body)|z\.infer<.*>|z\.output<.*>)$")
_KEYED = re.compile(r"""^@\w+\(\s*["'`]|:\s*(?:string|number|boolean|bigint|Date)\s*$""")
# class-validator decorators on a DTO's fields
_CLASS_VALIDATOR = re.compile(r"@(?:Is[A-Z]\w*|Matches|Length|MinLength|MaxLength|Min|Max)\(")


class TypeScriptWalk(JavaScriptWalk):
    validated_classes: set[str] | None = None  # DTO classes with class-validator checks, found on first use

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

    def _walk_function(self, body: ts.Node | None, outer: dict, route: bool, params: dict) -> None:
        if route and body is not None and body.parent is not None:
            if self._declares_plain(body.parent):
                route = False  # @Header("Content-Type", "text/plain"): what the handler returns is no HTML
            for name, param in self.parameters(body.parent):
                if params.get(name) and self._validated_dto(param):
                    params = {**params, name: mark(params[name], SCHEMA)}
                elif params.get(name) and (_DTO_TYPE.match(self._type_name(param)) or _KEYED.search(self.text(param))):
                    # the DTO's declared fields only; `@Param("id") id: number`: one value, not the whole body
                    params = {**params, name: mark(params[name], FIELD)}
        super()._walk_function(body, outer, route, params)

    def _type_name(self, param: ts.Node) -> str:
        annotation = param.child_by_field_name("type")
        return self.text(annotation).lstrip(": ").strip() if annotation is not None else ""

    def _validated_dto(self, param: ts.Node) -> bool:
        """`@Body() dto: LoginDto` where the snippet's `class LoginDto` declares class-validator checks: the
        ValidationPipe hands over the declared types (no objects with `$ne` where a string is declared)."""
        annotation = param.child_by_field_name("type")
        name = self.text(annotation).lstrip(": ").strip() if annotation is not None else ""
        if not name.isidentifier():
            return False
        if self.validated_classes is None:
            self.validated_classes = set()
            stack = [param]
            while stack[-1].parent is not None:
                stack.append(stack[-1].parent)
            stack = [stack[-1]]
            while stack:
                node = stack.pop()
                if node.type == "class_declaration":
                    body = node.child_by_field_name("body")
                    if body is not None and _CLASS_VALIDATOR.search(self.text(body)):
                        self.validated_classes.add(self.text(node.child_by_field_name("name")))
                stack.extend(node.named_children)
        return name in self.validated_classes

    def _declares_plain(self, method: ts.Node) -> bool:
        """A NestJS handler decorated with a plain-text or JSON content type."""
        sibling = method.prev_named_sibling
        while sibling is not None and sibling.type == "decorator":
            if _PLAIN_HEADER.search(self.text(sibling)):
                return True
            sibling = sibling.prev_named_sibling
        return False

    def is_route(self, function: ts.Node, params: list[tuple[str, ts.Node]]) -> bool:
        return any(self._from_request(param) for _, param in params) or super().is_route(function, params)

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
