"""The TypeScript adapter: JavaScript's, seeing through type-only syntax (`x as T`, `x!`, `x satisfies T`).

TypeScript snippets get the JavaScript rules (see `curator.engines.languages.EXTENDS`): the TSX grammar
names every construct those rules look at as JavaScript's does; parameters come wrapped in
`required_parameter`/`optional_parameter`, which the JavaScript adapter already unwraps.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import TaintModel
from curator.engines.dataflow.lang_javascript import JavaScriptWalk
from curator.ruleset import Rule

TYPE_WRAPPERS = frozenset({"as_expression", "non_null_expression", "satisfies_expression", "type_assertion"})


class TypeScriptWalk(JavaScriptWalk):
    def dotted(self, node: ts.Node | None) -> str:
        while node is not None and node.type in TYPE_WRAPPERS and node.named_children:
            node = node.named_children[0]
        return super().dotted(node)

    def checked(self, node: ts.Node | None) -> tuple:
        while node is not None and node.type in TYPE_WRAPPERS and node.named_children:
            node = node.named_children[0]
        return super().checked(node)


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, TypeScriptWalk)
