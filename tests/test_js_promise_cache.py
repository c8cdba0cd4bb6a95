"""The value a `.then` receiver was read with belongs to the names in scope then, never to a later scope.

`JavaScriptValues._then` reads a promise's receiver once and keeps its value for the chain's own read of
it; a later scope (another function's names) that happens to get the same `id()` as a freed one must read
the receiver again with its own names.
"""

from __future__ import annotations

from curator.engines.dataflow import lang_javascript
from curator.engines.dataflow.core import EMPTY
from curator.engines.languages import parser
from curator.ruleset import load_rules

CODE = b"load(target).then((page) => page.text());\n"


def _walk_and_chain():
    rules = [rule for rule in load_rules() if rule.language == "javascript" and rule.engine == "tree-sitter"
             and rule.spec.get("kind") == "taint"]
    model = lang_javascript.model(rules)
    tree = parser("javascript").parse(CODE)
    walk = model.walker(model, CODE)
    chain = tree.root_node.named_children[0].named_children[0]  # load(target).then(...)
    callee = chain.child_by_field_name("function")
    receiver = callee.child_by_field_name("object")  # load(target)
    callback = chain.child_by_field_name("arguments").named_children[0]
    return walk, receiver, callback


def test_receiver_read_in_one_scope_is_not_reused_by_a_later_one():
    walk, receiver, callback = _walk_and_chain()
    tainted = frozenset({("req.query", frozenset())})
    walk.env = {"target": tainted}
    walk._then(receiver, [callback])
    first = walk.call(receiver)  # the same scope reads the value it kept
    assert first, "the receiver reads the request value its argument holds"
    for _ in range(20):  # later scopes, each a fresh dict (CPython reuses a freed dict's address)
        walk.env = {"target": EMPTY}
        assert walk.call(receiver) != first, "a later scope read the receiver's value kept for another"
