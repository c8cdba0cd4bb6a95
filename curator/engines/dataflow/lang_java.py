"""The Java adapter: tree-sitter-java node kinds; Spring and JAX-RS handler parameters are route parameters.

Servlet request data comes from calls (`request.getParameter(...)`), listed as sources in
`rules/java/taint.yaml`; a Spring `@GetMapping`/JAX-RS `@GET` method's `@RequestParam`/`@PathVariable`/
`@QueryParam`... parameters (and its plain `String` parameters) are labelled `route-parameters`.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import TaintModel
from curator.engines.dataflow.walk import Walk
from curator.ruleset import Rule

ROUTE_ANNOTATIONS = frozenset({"GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping",
                               "RequestMapping", "GET", "POST", "PUT", "DELETE", "PATCH", "Path"})
PARAMETER_ANNOTATIONS = frozenset({"RequestParam", "PathVariable", "RequestBody", "RequestHeader", "CookieValue",
                                   "ModelAttribute", "QueryParam", "PathParam", "FormParam", "HeaderParam",
                                   "CookieParam", "MatrixParam"})
TEXT_TYPES = frozenset({"String", "CharSequence", "Object", "String[]", "List<String>", "Map<String, String>",
                        "MultiValueMap<String, String>"})


class JavaWalk(Walk):
    FUNCTIONS = frozenset({"method_declaration", "constructor_declaration", "lambda_expression"})
    CALLS = frozenset({"method_invocation", "object_creation_expression"})
    MEMBERS = frozenset({"field_access"})
    SUBSCRIPTS = frozenset({"array_access"})
    IDENTIFIERS = frozenset({"identifier", "this"})
    STRINGS = frozenset({"string_literal", "text_block"})
    DECLARATORS = frozenset({"variable_declarator", "resource"})
    LITERALS = frozenset({"decimal_integer_literal", "hex_integer_literal", "octal_integer_literal",
                          "decimal_floating_point_literal", "true", "false", "null_literal", "character_literal",
                          "line_comment", "block_comment", "class_literal"})
    IMPLICIT_THIS = True
    EXIT_CALLS = ("exit", "sendError")
    URL_PARSERS = frozenset({"URL", "URI", "URI.create", "java.net.URL", "java.net.URI"})
    FORMATTERS = frozenset({"String.format", "MessageFormat.format", "formatted"})
    MUTATORS = frozenset({"append", "add", "put", "insert", "addAll", "set"})

    def imports(self, root: ts.Node) -> None:
        for child in root.named_children:
            if child.type == "import_declaration" and child.named_children:
                name = self.text(child.named_children[0])
                if not any(c.type == "asterisk" for c in child.named_children):
                    self.aliases[name.rsplit(".", 1)[-1]] = name

    def resolve(self, name: str) -> str:
        return name  # sinks are written with simple class names (`Runtime.getRuntime.exec`, `Files.readString`)

    def call_parts(self, node: ts.Node):
        args = self.arguments(node.child_by_field_name("arguments"))
        if node.type == "object_creation_expression":
            kind = node.child_by_field_name("type")
            name = self.text(kind).split("<", 1)[0] if kind is not None else "?"
            return name, None, args
        obj = node.child_by_field_name("object")
        method = self.text(node.child_by_field_name("name"))
        if obj is None:
            return method, None, args
        base = self.dotted(obj)
        return f"{base}.{method}", obj, args

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        return [a for a in args.named_children if a.type not in ("line_comment", "block_comment")] if args else []

    def member(self, node: ts.Node):
        return node.child_by_field_name("object"), self.text(node.child_by_field_name("field"))

    def subscript_object(self, node: ts.Node):
        return node.child_by_field_name("array")

    def string_parts(self, node: ts.Node) -> list[ts.Node]:
        return []

    def _annotations(self, node: ts.Node) -> set[str]:
        names = set()
        for child in node.named_children:
            if child.type == "modifiers":
                for mod in child.named_children:
                    if mod.type in ("annotation", "marker_annotation"):
                        names.add(self.text(mod.child_by_field_name("name")).rsplit(".", 1)[-1])
        return names

    def parameters(self, function: ts.Node):
        params = function.child_by_field_name("parameters")
        if params is None:
            return []
        if params.type == "identifier":
            return [(self.text(params), params)]
        out = []
        for param in params.named_children:
            name = param.child_by_field_name("name") if param.type != "identifier" else param
            if name is not None:
                out.append((self.text(name), param))
        return out

    def is_route(self, function: ts.Node, params) -> bool:
        return function.type == "method_declaration" and bool(self._annotations(function) & ROUTE_ANNOTATIONS)

    def route_parameter(self, name: str, param: ts.Node) -> bool:
        if self._annotations(param) & PARAMETER_ANNOTATIONS:
            kind = param.child_by_field_name("type")
            return kind is None or self.text(kind) in TEXT_TYPES or self.text(kind)[:1].isupper() and self.text(
                kind) not in ("Integer", "Long", "Boolean", "Double", "UUID", "LocalDate", "Float", "Short")
        kind = param.child_by_field_name("type")
        return kind is not None and self.text(kind) == "String"

    def loop_binding(self, node: ts.Node):
        if node.type == "enhanced_for_statement":
            return node.child_by_field_name("name"), node.child_by_field_name("value")
        return None

    def block_kinds(self) -> frozenset:
        return _JAVA_BLOCKS


_JAVA_BLOCKS = frozenset({"program", "block", "expression_statement", "local_variable_declaration",
                          "class_declaration", "class_body", "constructor_body", "try_statement",
                          "try_with_resources_statement", "catch_clause", "finally_clause", "switch_expression",
                          "switch_block", "switch_block_statement_group", "while_statement", "do_statement",
                          "for_statement", "labeled_statement", "field_declaration", "interface_declaration",
                          "interface_body", "enum_declaration", "enum_body", "enum_body_declarations",
                          "synchronized_statement", "resource_specification", "switch_rule",
                          "static_initializer"})


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, JavaWalk)
