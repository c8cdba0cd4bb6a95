"""The C++ adapter: C's, plus `std::` qualified names, `this->field`, methods and lambdas.

C++ snippets get the C rules (see `curator.engines.languages.EXTENDS`): the C++ grammar names every C
construct those rules look at as the C grammar does.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import TaintModel
from curator.engines.dataflow.lang_c import CWalk
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


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, CppWalk)
