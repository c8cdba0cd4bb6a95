"""The C adapter (C++ reuses it): declarators, `->` fields, and the library calls that write into a buffer.

Sources are data in `rules/c/taint.yaml`: `argv`, `getenv`, and out-parameter sources (`fgets(buf, ...)`,
`recv(fd, buf, ...)`, `scanf("%s", buf)`) that fill an argument. `strcpy`/`strcat`/`sprintf`/`memcpy`
carry their sources' taint into the destination buffer, as an assignment would.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, TaintModel
from curator.engines.dataflow.walk import Walk, _strip_address
from curator.ruleset import Rule

# call -> (destination argument, first argument whose value flows into it)
BUFFER_WRITERS = {"strcpy": (0, 1), "strncpy": (0, 1), "strcat": (0, 1), "strncat": (0, 1), "sprintf": (0, 1),
                  "snprintf": (0, 2), "vsprintf": (0, 1), "vsnprintf": (0, 2), "memcpy": (0, 1), "memmove": (0, 1),
                  "strlcpy": (0, 1), "strlcat": (0, 1), "wcscpy": (0, 1), "wcscat": (0, 1), "asprintf": (0, 1)}
SEARCHES = frozenset({"strchr", "strrchr", "strstr", "strpbrk", "strspn", "strcspn", "memchr"})
FORMATTING = frozenset({"sprintf", "snprintf", "vsprintf", "vsnprintf", "asprintf"})


class CWalk(Walk):
    FUNCTIONS = frozenset({"function_definition", "lambda_expression"})
    CALLS = frozenset({"call_expression"})
    MEMBERS = frozenset({"field_expression"})
    SUBSCRIPTS = frozenset({"subscript_expression"})
    IDENTIFIERS = frozenset({"identifier", "field_identifier", "this"})
    STRINGS = frozenset({"string_literal", "concatenated_string", "raw_string_literal", "char_literal"})
    DECLARATORS = frozenset({"init_declarator"})
    LITERALS = frozenset({"number_literal", "true", "false", "null", "nullptr", "comment", "char_literal",
                          "sizeof_expression", "system_lib_string"})
    EXIT_CALLS = ("exit", "_exit", "abort", "err", "errx", "perror_exit")
    SELF_PREFIXES = ("this.",)

    def member(self, node: ts.Node):
        return node.child_by_field_name("argument"), self.text(node.child_by_field_name("field"))

    def subscript_object(self, node: ts.Node):
        return node.child_by_field_name("argument")

    def string_parts(self, node: ts.Node) -> list[ts.Node]:
        return []

    def declarations(self, node: ts.Node):
        if node.type == "init_declarator":
            target, value = node.child_by_field_name("declarator"), node.child_by_field_name("value")
            return [(_declared_name(target), value)] if target is not None and value is not None else []
        return super().declarations(node)

    def function_name(self, node: ts.Node) -> str | None:
        declarator = node.child_by_field_name("declarator")
        while declarator is not None and declarator.type not in ("function_declarator",):
            declarator = declarator.child_by_field_name("declarator")
        if declarator is None:
            return None
        name = declarator.child_by_field_name("declarator")
        return self.text(name) if name is not None else None

    def parameters(self, function: ts.Node):
        declarator = function.child_by_field_name("declarator")
        while declarator is not None and declarator.type != "function_declarator":
            declarator = declarator.child_by_field_name("declarator")
        params = declarator.child_by_field_name("parameters") if declarator is not None else None
        out = []
        for param in params.named_children if params is not None else ():
            name = _declared_name(param.child_by_field_name("declarator"))
            if name is not None and name.type == "identifier":
                out.append((self.text(name), param))
        return out

    def call(self, node: ts.Node):
        taint = super().call(node)
        name = self.call_parts(node)[0]
        writer = BUFFER_WRITERS.get(name)
        if writer is not None:
            args = self.call_parts(node)[2]
            dest, first = writer
            if len(args) > dest:
                flowing = EMPTY
                for arg in args[first:]:
                    flowing = flowing | self.eval(arg)
                if name in FORMATTING:
                    flowing = flowing | self._formatting(args[first + 1 :], node, "sprintf")
                key = self.dotted(_strip_address(args[dest]))
                if key != "?":
                    if name.endswith(("cat", "catf")):
                        flowing = flowing | self.env.get(key, EMPTY)
                    self.env[key] = flowing
                    self.consts.discard(key)
        return taint

    def checked(self, node: ts.Node | None) -> tuple:
        if node is not None and node.type in self.CALLS:
            name, _, args = self.call_parts(node)
            if name in SEARCHES and args:  # `strstr(name, "..") != NULL`: a test of `name`
                return self.checked(_strip_address(args[0]))
        return super().checked(node)

    def _literal(self, node: ts.Node) -> bool:
        return super()._literal(node) or (node.type == "identifier" and self.text(node) == "NULL")

    def block_kinds(self) -> frozenset:
        return _C_BLOCKS


def _declared_name(node: ts.Node | None) -> ts.Node | None:
    """`*name`, `name[16]`, `**argv` -> the identifier they declare."""
    while node is not None and node.type in ("pointer_declarator", "array_declarator", "reference_declarator",
                                             "init_declarator", "parenthesized_declarator"):
        inner = node.child_by_field_name("declarator")
        if inner is None:
            inner = next((c for c in node.named_children if c.type == "identifier"), None)
        node = inner
    return node


_C_BLOCKS = frozenset({"translation_unit", "compound_statement", "expression_statement", "declaration",
                       "else_clause", "while_statement", "do_statement", "for_statement", "switch_statement",
                       "case_statement", "labeled_statement", "preproc_if", "preproc_ifdef", "preproc_else",
                       "preproc_elif", "namespace_definition", "declaration_list", "class_specifier",
                       "field_declaration_list", "try_statement", "catch_clause", "linkage_specification",
                       "for_range_loop"})


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, CWalk)
