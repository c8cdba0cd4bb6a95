"""The C++ adapter: C's, plus `std::` qualified names, `this->field`, methods and lambdas, `new`/`delete`.

C++ snippets get the C rules (see `curator.engines.languages.EXTENDS`): the C++ grammar names every C
construct those rules look at as the C grammar does; `rules/cpp/` adds what only C++ has. The memory
checks see `delete p` / `delete[] p` as releases and `new T[n * m]` as an allocation size.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import TaintModel
from curator.engines.dataflow.lang_c import CModel, CWalk
from curator.ruleset import Rule


class CppWalk(CWalk):
    IDENTIFIERS = frozenset({"identifier", "field_identifier", "this", "qualified_identifier", "namespace_identifier"})
    IMPLICIT_THIS = True

    def dotted(self, node: ts.Node | None) -> str:
        if node is not None and node.type == "qualified_identifier":
            text = self.text(node)
            return text[5:] if text.startswith("std::") else text.replace("::", ".")
        if node is not None and node.type == "template_function":
            return self.dotted(node.child_by_field_name("name"))
        return super().dotted(node)

    def eval(self, node: ts.Node | None):
        if node is not None and node.type == "delete_expression" and node.named_children:
            target = node.named_children[-1]
            super().eval(target)
            array = any(child.type == "[" for child in node.children)
            self.release(node, target, "delete[]" if array else "delete")
            return frozenset()
        if node is not None and node.type == "new_expression":
            declarator = node.child_by_field_name("declarator")
            length = declarator.child_by_field_name("length") if declarator is not None else None
            if length is not None:
                self.product(node, length, "new[]")
        return super().eval(node)


def model(rules: list[Rule]) -> TaintModel:
    return CModel(rules, CppWalk)
