"""The C++ adapter: C's, plus `std::` qualified names, `this->field`, methods and lambdas, `new`/`delete`.

C++ snippets get the C rules (see `curator.engines.languages.EXTENDS`): the C++ grammar names every C
construct those rules look at as the C grammar does; `rules/cpp/` adds what only C++ has. The memory
checks see `delete p` / `delete[] p` as releases and `new T[n * m]` as an allocation size.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, TaintModel, mark
from curator.engines.dataflow.lang_c import CModel, CWalk
from curator.engines.dataflow.lang_c_numbers import NUMBER
from curator.ruleset import Rule


class CppWalk(CWalk):
    IDENTIFIERS = frozenset({"identifier", "field_identifier", "this", "qualified_identifier", "namespace_identifier"})
    IMPLICIT_THIS = True

    def __init__(self, model: TaintModel, code: bytes) -> None:
        super().__init__(model, code)
        self.paths: set[str] = set()  # names declared as std::filesystem::path

    def dotted(self, node: ts.Node | None) -> str:
        if node is not None and node.type == "qualified_identifier":
            text = self.text(node)
            return text[5:] if text.startswith("std::") else text.replace("::", ".")
        if node is not None and node.type == "template_function":
            return self.dotted(node.child_by_field_name("name"))
        return super().dotted(node)

    def eval(self, node: ts.Node | None):
        if node is not None and node.type == "binary_expression" and self.operator(node) == ">>":
            read = self._extraction(node)
            if read is not None:
                return read
        if node is not None and node.type == "binary_expression" and self.operator(node) == "<<" and self.numbered:
            self._insertion(node)
        if node is not None and node.type == "assignment_expression" and self.views and self.operator(node) == "+=":
            key = self.dotted(node.child_by_field_name("left"))
            if key in self.views:  # `s += more`: a string may move its buffer, pointers from `s.c_str()` dangle
                taint = super().eval(node)
                self.invalidated(node, key)
                return taint
        if node is not None and node.type == "binary_expression" and self.operator(node) == "/" and self._joins_path(node):
            taint = EMPTY  # `base / name`: the path carries its parts' taint (a division would not)
            for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
                taint = taint | self.eval(side)
            return taint
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

    def call(self, node: ts.Node):
        taint = super().call(node)
        name, receiver, args = self.call_parts(node)
        if name == "copy" and len(args) == 3 and receiver is None:  # std::copy(s.begin(), s.end(), buf)
            begin = args[0]
            if begin.type == "call_expression" and self.call_parts(begin)[1] is not None and (
                    self.call_parts(begin)[0].rsplit(".", 1)[-1] in ("begin", "cbegin")):
                source = self.text(self.call_parts(begin)[1])
                self.source_sized_copy(node, "std::copy", args[2], f"{source}.size()")
        elif receiver is not None and name.rsplit(".", 1)[-1] == "copy" and len(args) >= 2:  # s.copy(buf, s.size())
            self.source_sized_copy(node, "std::string::copy", args[0], self.text(args[1]))
        if receiver is not None and name.rsplit(".", 1)[-1] in RELOCATING and self.views:
            self.invalidated(node, self.dotted(receiver))
        return taint

    def assigned(self, key: str, value: ts.Node | None) -> None:
        if key in self.views and value is not None:  # `p = std::make_unique<W>()`, `v = {}`: the old object is gone
            self.invalidated(value, key)
        super().assigned(key, value)
        for views in self.views.values():
            views.discard(key)
        container = self._viewed(value) if value is not None else None
        if container is not None:
            self.views.setdefault(container, set()).add(key)

    def _viewed(self, value: ts.Node) -> str | None:
        """`v.begin()`, `v.data()`, `&v[i]`: the container a new iterator or pointer points into."""
        while value.type in ("cast_expression", "parenthesized_expression") and value.named_children:
            value = value.child_by_field_name("value") or value.named_children[-1]
        if value.type == "call_expression":
            name, receiver, _ = self.call_parts(value)
            if receiver is not None and name.rsplit(".", 1)[-1] in ("begin", "end", "cbegin", "data", "rbegin", "c_str",
                                                                    "get", "find", "lower_bound", "upper_bound"):
                if name.endswith(".get") and receiver.type == "subscript_expression":  # items[0].get()
                    return self.dotted(receiver.child_by_field_name("argument"))
                return self.dotted(receiver)  # `s.c_str()`, `p.get()` (a smart pointer's object), `m.find(k)` too
        if value.type == "pointer_expression" and self.text(value).startswith("&"):
            inner = value.child_by_field_name("argument")
            if inner is not None and inner.type == "subscript_expression":
                return self.dotted(inner.child_by_field_name("argument"))
        return None

    def _joins_path(self, node: ts.Node) -> bool:
        """`base / name` on std::filesystem paths: a side is a literal, a `path(...)` or a name declared a path."""
        for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
            if side is None:
                continue
            if side.type in ("string_literal", "raw_string_literal"):
                return True
            if side.type == "call_expression" and self.call_parts(side)[0].rsplit(".", 1)[-1] == "path":
                return True
            if side.type == "identifier" and self.text(side) in self.paths:
                return True
            if side.type == "binary_expression" and self.operator(side) == "/" and self._joins_path(side):
                return True
        return False

    def _element_of(self, value: ts.Node) -> str | None:
        """The container `v[i]`, `v.at(i)`, `v.front()`, `v.back()` reads an element of."""
        if value.type == "subscript_expression":
            return self.dotted(value.child_by_field_name("argument"))
        if value.type == "call_expression":
            name, receiver, _ = self.call_parts(value)
            if receiver is not None and name.rsplit(".", 1)[-1] in ("at", "front", "back"):
                return self.dotted(receiver)
        return None

    def statement(self, node: ts.Node) -> None:
        super().statement(node)
        if node.type == "declaration":
            for declarator in node.children_by_field_name("declarator"):
                inner = declarator.child_by_field_name("declarator")
                value = declarator.child_by_field_name("value")
                if declarator.type == "init_declarator" and inner is not None and inner.type == "reference_declarator" and (
                        value is not None):  # `int &first = v[0]`, `auto &last = v.back()`: an element, not a copy
                    container = self._element_of(value)
                    if container is not None:
                        key = self.text(inner.named_children[-1]) if inner.named_children else "?"
                        self.views.setdefault(container, set()).add(key)
            kind = self.text(node.child_by_field_name("type")).rsplit("::", 1)[-1].split("<", 1)[0]
            if kind == "path":  # `fs::path base = "/srv"`, `const std::filesystem::path root{...}`
                for declarator in node.children_by_field_name("declarator"):
                    inner = declarator.child_by_field_name("declarator") or declarator
                    if inner.type == "identifier":
                        self.paths.add(self.text(inner))
            if kind in FILE_STREAMS or self.model.sinks.lookup(kind):
                self._constructed(node, kind)
            elif kind in STRING_STREAMS:  # an empty stream: literal text until something else is inserted
                for declarator in node.children_by_field_name("declarator"):
                    if declarator.type == "identifier":
                        self.numbered.add(self.text(declarator))

    def _constructed(self, node: ts.Node, kind: str) -> None:
        """`std::ifstream in(path)`, `httplib::Client cli(host)`: a constructor call given `path` (sinks may name
        the class: `ifstream`, `Client`)."""
        sinks = self.model.sinks.lookup(kind)
        if not sinks:
            return
        for declarator in node.children_by_field_name("declarator"):
            if declarator.type == "init_declarator":
                value = declarator.child_by_field_name("value")
                args = self.arguments(value) if value is not None and value.type == "argument_list" else []
            elif declarator.type == "function_declarator":  # `std::ifstream in(path);` parses as a declaration
                params = declarator.child_by_field_name("parameters")
                args = [p.child_by_field_name("type") for p in (params.named_children if params else [])
                        if p.child_by_field_name("declarator") is None and p.child_by_field_name("type") is not None]
            else:
                continue
            if not args:
                continue
            taints = [self.env.get(self.text(a), EMPTY) if a.type == "type_identifier" else self.eval(a) for a in args]
            for sink in sinks:
                self._check_sink(sink, declarator, kind, args, taints, EMPTY)

    def _insertion(self, node: ts.Node) -> None:
        """`out << "sleep " << n`: a string stream that got only literals and numbers keeps that status."""
        parts = []
        base = node
        while base.type == "binary_expression" and self.operator(base) == "<<":
            right = base.child_by_field_name("right")
            if right is not None:
                parts.append(right)
            base = base.child_by_field_name("left")
        key = self.dotted(base)
        if key in self.numbered and not all(self._literals_and_numbers(part) for part in parts):
            self.numbered.discard(key)

    def _extraction(self, node: ts.Node):
        """`std::cin >> a >> b`: each target gets the stream's taint (and is no longer a known constant)."""
        targets = []
        base = node
        while base.type == "binary_expression" and self.operator(base) == ">>":
            right = base.child_by_field_name("right")
            if right is not None:
                targets.append(right)
            base = base.child_by_field_name("left")
        name = self.dotted(base)
        if name not in STREAMS and not self.env.get(name):
            return None
        taint = self.eval(base)
        source = self.source(name)  # `std::cin` reads as `cin`, the name the rules list
        if source is not None:
            taint = taint | frozenset({(source, frozenset())})
        bounded = any(self.text(t).startswith(("std::setw", "setw")) for t in targets)
        for target in reversed(targets):
            if target.type == "call_expression":  # manipulators: std::setw(n), std::ws
                self.eval(target)
                continue
            key = self.dotted(target)
            if key == "?":
                continue
            self.env[key] = mark(taint, NUMBER) if key in self.numeric else taint
            self.consts.discard(key)
            self.uninit.discard(key)
            for known in (self.ints, self.lengths):
                known.pop(key, None)
            size = self.sizes.get(key)
            if not bounded and key in self.arrays and size is not None and size[1] == 1:
                self.flag("stream-into-array", node, f"{name} >> {key} ({size[0]} bytes)")
        return taint


STREAMS = frozenset({"cin", "wcin"})
# container methods that may reallocate or remove elements: iterators and pointers into it dangle
RELOCATING = frozenset({"push_back", "emplace_back", "insert", "emplace", "resize", "reserve", "clear", "assign",
                        "shrink_to_fit", "push_front", "pop_back", "append", "erase", "replace",
                        "reset"})  # `p.reset()`: a smart pointer deletes its object
STRING_STREAMS = frozenset({"ostringstream", "stringstream", "wostringstream", "wstringstream"})
FILE_STREAMS = frozenset({"ifstream", "ofstream", "fstream", "wifstream", "wofstream"})


def model(rules: list[Rule]) -> TaintModel:
    return CModel(rules, CppWalk)
