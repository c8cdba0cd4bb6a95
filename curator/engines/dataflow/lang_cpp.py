"""The C++ adapter: C's, plus `std::` qualified names, `this->field`, methods and lambdas, `new`/`delete`.

C++ snippets get the C rules (see `curator.engines.languages.EXTENDS`): the C++ grammar names every C
construct those rules look at as the C grammar does; `rules/cpp/` adds what only C++ has. The memory
checks see `delete p` / `delete[] p` as releases and `new T[n * m]` as an allocation size.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import CONTAINMENT, EMPTY, NORMALIZED, SHARED_TEMP_PATH, TaintModel, mark
from curator.engines.dataflow.lang_c import CModel, CWalk
from curator.engines.dataflow.lang_c_memory import MALLOC_FAMILY
from curator.engines.dataflow.lang_c_numbers import NUMBER
from curator.ruleset import Rule


class CppWalk(CWalk):
    IDENTIFIERS = frozenset({"identifier", "field_identifier", "this", "qualified_identifier", "namespace_identifier"})
    IMPLICIT_THIS = True

    def __init__(self, model: TaintModel, code: bytes) -> None:
        super().__init__(model, code)
        self.paths: set[str] = set()  # names declared as std::filesystem::path
        self.element_refs: set[str] = set()  # `T &x = v.back()`: names that are an element of a container
        self.root: ts.Node | None = None
        self._constant_fields: set[tuple[str, str]] | None = None  # members only ever given constants (computed on demand)
        self._member_allocations: dict[tuple[str, str], str] | None = None  # see `member_allocations`
        self.relative_of: dict[str, str] = {}  # `rel = p.lexically_relative(root)`: rel -> p
        self.mismatches: dict[str, ts.Node] = {}  # `auto [m, _] = std::mismatch(...)`: m -> the call

    def _user_function(self, raw: str) -> ts.Node | None:
        """Also `board.at_rank(s, r)` on an object of a class the snippet defines: the one method of that name
        in the snippet's classes (names the standard containers and strings have are left out)."""
        found = super()._user_function(raw)
        if found is not None or "." not in raw:
            return found
        last = raw.rsplit(".", 1)[-1]
        if last in LIBRARY_METHODS or last in self.namesakes:
            return None
        definition = self.functions.get(last)
        if definition is None or _class_of(self, definition.child_by_field_name("body") or definition) == "":
            return None
        return definition

    def is_route(self, function: ts.Node, params) -> bool:
        """A lambda a C++ web framework calls with the parts of the request path: Crow's
        `CROW_ROUTE(app, "/rank/<int>")([](int rank) {...})`, Drogon's `registerHandler("/u/{1}", [](req, cb,
        int id) {...})`."""
        if function.type != "lambda_expression" or not params:
            return False
        holder = function.parent.parent if function.parent is not None else None
        if holder is None or holder.type != "call_expression":
            return False
        callee = holder.child_by_field_name("function")
        if callee is not None and callee.type == "call_expression":  # CROW_ROUTE(app, "...")(lambda)
            return self.call_parts(callee)[0].rsplit(".", 1)[-1] in ROUTE_MACROS
        return self.call_parts(holder)[0].rsplit(".", 1)[-1] in ("registerHandler", "registerHandlerViaRegex")

    def route_parameter(self, name: str, param: ts.Node) -> bool:
        kind = self.text(param.child_by_field_name("type"))  # the request, the response, the callback are no text
        return not any(word in kind for word in ("request", "Request", "response", "Response", "function", "auto"))

    def release(self, node: ts.Node, target: ts.Node, how: str) -> None:
        key = self._memory_key(_unwrap(target)) if b"new " in self.code else None
        if key is not None and key not in self.allocated and key.removeprefix("this.").isidentifier():
            # `delete data_;` in a destructor: the member was allocated in a constructor or another method
            kind = self.member_allocations().get((_class_of(self, node), key.removeprefix("this.")))
            if kind is not None:
                self.allocated[key] = kind
        super().release(node, target, how)

    def member_allocations(self) -> dict[tuple[str, str], str]:
        """(class, member) -> how every allocation the snippet stores in it was made ("new", "new[]",
        "malloc"): `: data_(new char[n])`, `data_ = new char[n];`, `this->buf = malloc(n);`."""
        if self._member_allocations is None:
            kinds: dict[tuple[str, str], set[str]] = {}
            stack = [self.root] if self.root is not None else []
            while stack:
                current = stack.pop()
                member, value = None, None
                if current.type == "field_initializer":
                    member = next((c for c in current.named_children if c.type == "field_identifier"), None)
                    given = next((c for c in current.named_children if c.type in ("argument_list",
                                                                                    "initializer_list")), None)
                    value = given.named_children[0] if given is not None and len(given.named_children) == 1 else None
                elif current.type == "assignment_expression" and self.operator(current) == "=":
                    member, value = current.child_by_field_name("left"), current.child_by_field_name("right")
                if member is not None and value is not None:
                    kind = _allocation_kind(self, _unwrap(value))
                    name = self.text(member).removeprefix("this->")
                    if kind is not None and name.isidentifier():
                        kinds.setdefault((_class_of(self, current), name), set()).add(kind)
                stack.extend(current.named_children)
            self._member_allocations = {member: next(iter(found)) for member, found in kinds.items() if len(found) == 1}
        return self._member_allocations

    def run(self, root: ts.Node):
        self.root = root
        return super().run(root)

    def is_const(self, node: ts.Node) -> bool:
        if super().is_const(node):
            return True
        if node.type in ("identifier", "field_identifier", "field_expression") and not self.env.get(self.dotted(node)) and (
                self.constant_fields()):
            name = self.dotted(node)
            name = name[5:] if name.startswith("this.") else name
            return "." not in name and (_class_of(self, node), name) in self.constant_fields() and (
                name not in self._local_names(node))
        return False

    def constant_fields(self) -> set[tuple[str, str]]:
        """Members of the snippet's classes that only ever get a constant: a default member initializer, a
        constructor's `table_("users")`, `name_ = "x"` in a method, or a constructor parameter that every
        construction in the snippet (`Store s(db, "users")`, `Store(db, t)` with `t` a choice of literals)
        passes a constant."""
        if self._constant_fields is None:  # members exist only where a class or struct is declared
            declares = self.root is not None and (b"class " in self.code or b"struct " in self.code)
            self._constant_fields = _constant_fields(self, self.root) if declares else set()
        return self._constant_fields

    def _local_names(self, node: ts.Node) -> set[str]:
        """Parameters and locals of the function around `node` (they hide a member of the same name)."""
        function = node.parent
        while function is not None and function.type not in ("function_definition", "lambda_expression"):
            function = function.parent
        if function is None:
            return set()
        names = {name for name, _ in self.parameters(function)} if function.type == "function_definition" else set()
        body = function.child_by_field_name("body")
        stack = [body] if body is not None else []
        while stack:
            current = stack.pop()
            if current.type == "declaration":
                for declarator in current.children_by_field_name("declarator"):
                    inner = _declared(declarator)
                    if inner is not None:
                        names.add(self.text(inner))
            stack.extend(current.named_children)
        return names

    def dotted(self, node: ts.Node | None) -> str:
        if node is not None and node.type == "qualified_identifier":
            text = self.text(node)
            return text[5:] if text.startswith("std::") else text.replace("::", ".")
        if node is not None and node.type == "template_function":
            return self.dotted(node.child_by_field_name("name"))
        return super().dotted(node)

    def eval(self, node: ts.Node | None):
        if node is not None and self.freed and self.element_refs and node.type in (
                "identifier", "assignment_expression", "update_expression"):
            target = node if node.type == "identifier" else (
                node.child_by_field_name("left") or node.child_by_field_name("argument"))
            while target is not None and target.type == "field_expression":  # `c.fd = 1` writes into c
                target = target.child_by_field_name("argument")
            key = self.text(target) if target is not None and target.type == "identifier" else "?"
            # `Task &t = tasks.back(); tasks.push_back(x); t.title`: the element may have moved
            if key in self.element_refs and key in self.gone and key in self.freed:
                line = self.freed[key].start_point[0] + 1
                self.flag("use-after-free", target, f"{key} refers into a container changed on snippet line {line}")
        if node is not None and node.type == "update_expression" and self.freed:
            target = node.child_by_field_name("argument")
            key = self.text(target) if target is not None and target.type == "identifier" else "?"
            erased = self.freed.get(key)
            if erased is not None and key in self.gone and erased.type == "call_expression" and (
                    self.call_parts(erased)[0].rsplit(".", 1)[-1] == "erase"):
                # `v.erase(it); ... ++it`: the erased iterator is stepped (`it = v.erase(it)` is the fix)
                line = erased.start_point[0] + 1
                self.flag("use-after-free", node, f"{key} is stepped after its erase on snippet line {line}")
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
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if self.model.wants_temp and left is not None and left.type == "call_expression" and right is not None and (
                    self.call_parts(left)[0].rsplit(".", 1)[-1] == "temp_directory_path") and (
                    right.type == "string_literal" and "XXXXXX" not in self.text(right)):
                taint = taint | frozenset({(SHARED_TEMP_PATH, frozenset())})  # temp_directory_path() / "cache.json"
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

    def guards(self, node: ts.Node) -> tuple[tuple, tuple]:
        when_true, when_false = super().guards(node)
        if node.type == "binary_expression" and self.operator(node) in ("==", "!=") and (
                self.relative_of or b"mismatch" in self.code):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if right is not None and self.text(right) != '".."':
                left, right = right, left
            outside = self._mismatch_outside(left, right)
            if outside is not None:  # `std::mismatch(root.begin(), root.end(), p.begin()).first != root.end()`
                keys = ((CONTAINMENT, outside),)
                return (when_true, when_false + keys) if self.operator(node) == "!=" else (when_true + keys, when_false)
            escaped = self._relative_escapes(left) if right is not None and self.text(right) == '".."' else None
            if escaped is not None and all(NORMALIZED in applied for _, applied in self.env.get(escaped, EMPTY)):
                # `*rel.begin() == ".."` false: the (canonical) path stays under the base it is relative to
                keys = ((CONTAINMENT, escaped),)
                return (when_true, when_false + keys) if self.operator(node) == "==" else (when_true + keys, when_false)
        return when_true, when_false

    def _mismatch_outside(self, left: ts.Node | None, right: ts.Node | None) -> str | None:
        """The canonical path `p` a test `m != root.end()` (with `m` the first of `std::mismatch(root.begin(),
        root.end(), p.begin())`, named by `auto [m, _] = ...` or read as `.first`) proves under root when false."""
        for mismatch, end in ((left, right), (right, left)):
            if mismatch is None or end is None or end.type != "call_expression":
                continue
            method, root, _ = self.call_parts(end)
            if root is None or method.rsplit(".", 1)[-1] != "end":
                continue
            call = self.mismatches.get(self.text(mismatch)) if mismatch.type == "identifier" else None
            if call is None and mismatch.type == "field_expression" and self.member(mismatch)[1] == "first":
                call = self.member(mismatch)[0]
            if call is None or call.type != "call_expression" or self.call_parts(call)[0].rsplit(".", 1)[-1] != "mismatch":
                continue
            args = self.call_parts(call)[2]
            if len(args) < 3 or self.text(args[0]) != f"{self.text(root)}.begin()" or args[2].type != "call_expression":
                continue
            path = self.call_parts(args[2])[1]
            key = self.dotted(path) if path is not None else "?"
            if key != "?" and all(NORMALIZED in applied for _, applied in self.env.get(key, EMPTY)):
                return key
        return None

    def _relative_escapes(self, node: ts.Node | None) -> str | None:
        """`*rel.begin()` / `rel.begin()->string()` of `rel = p.lexically_relative(base)`: p's name."""
        while node is not None and node.type in ("pointer_expression", "call_expression", "field_expression",
                                                 "parenthesized_expression"):
            if node.type == "call_expression":
                method, receiver, _ = self.call_parts(node)
                if receiver is not None and method.rsplit(".", 1)[-1] == "begin":
                    return self.relative_of.get(self.dotted(receiver))
                node = receiver if receiver is not None else None
            elif node.type == "field_expression":
                node = node.child_by_field_name("argument")
            else:
                node = node.named_children[-1] if node.named_children else None
        return None

    def assigned(self, key: str, value: ts.Node | None) -> None:
        if value is not None and value.type == "call_expression":  # `rel = p.lexically_relative(root)`
            method, receiver, args = self.call_parts(value)
            last = method.rsplit(".", 1)[-1]
            if last == "lexically_relative" and receiver is not None:
                self.relative_of[key] = self.dotted(receiver)
            elif last == "relative" and receiver is None and args:  # std::filesystem::relative(p, root)
                self.relative_of[key] = self.dotted(args[0])
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
        if node.type == "for_statement":  # the step runs after the body: `for (...; ++it) { v.erase(it); }`
            step, body = node.child_by_field_name("update"), node.child_by_field_name("body")
            if step is not None and body is not None and b".erase(" in self.code[body.start_byte:body.end_byte]:
                self.eval(step)
        if node.type == "declaration":
            for declarator in node.children_by_field_name("declarator"):
                inner = declarator.child_by_field_name("declarator")
                if inner is not None and inner.type == "structured_binding_declarator" and inner.named_children and (
                        declarator.child_by_field_name("value") is not None):  # `auto [m, _] = std::mismatch(...)`
                    self.mismatches[self.text(inner.named_children[0])] = declarator.child_by_field_name("value")
                value = declarator.child_by_field_name("value")
                if declarator.type == "init_declarator" and inner is not None and inner.type == "reference_declarator" and (
                        value is not None):  # `int &first = v[0]`, `auto &last = v.back()`: an element, not a copy
                    container = self._element_of(value)
                    if container is not None:
                        key = self.text(inner.named_children[-1]) if inner.named_children else "?"
                        self.views.setdefault(container, set()).add(key)
                        self.element_refs.add(key)
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


def _allocation_kind(walk: CppWalk, value: ts.Node) -> str | None:
    """How `value` allocates: "new[]" (`new T[n]`), "new" (`new T(...)`), "malloc" (the malloc family)."""
    if value.type == "new_expression":
        declarator = value.child_by_field_name("declarator")
        return "new[]" if declarator is not None and declarator.type == "new_declarator" else "new"
    if value.type == "call_expression" and walk.call_parts(value)[0] in MALLOC_FAMILY:
        return "malloc"
    return None


def _unwrap(node: ts.Node) -> ts.Node:
    while node.type in ("cast_expression", "parenthesized_expression") and node.named_children:
        node = node.child_by_field_name("value") or node.named_children[-1]
    return node


def _declared(declarator: ts.Node | None) -> ts.Node | None:
    """The identifier a declarator declares (`*p`, `&r`, `a[3]`, `x = 1` -> the name)."""
    while declarator is not None and declarator.type not in ("identifier", "field_identifier"):
        inner = declarator.child_by_field_name("declarator")
        if inner is None:
            inner = next((c for c in declarator.named_children if c.type in ("identifier", "field_identifier")), None)
        declarator = inner
    return declarator


_LITERALS = frozenset({"string_literal", "raw_string_literal", "concatenated_string", "number_literal", "char_literal",
                       "true", "false", "nullptr"})


def _static_literal(walk: CppWalk, node: ts.Node | None, function: ts.Node | None, depth: int = 0) -> bool:
    """A literal, a choice between literals, `std::string("x")`, or a local of `function` only ever set to
    one of those (`const char *t = ok ? "audit" : "users";`)."""
    if node is None or depth > 3:
        return False
    while node.type in ("parenthesized_expression", "cast_expression") and node.named_children:
        node = node.child_by_field_name("value") or node.named_children[-1]
    if node.type in _LITERALS:
        return True
    if node.type == "conditional_expression":
        return all(_static_literal(walk, node.child_by_field_name(side), function, depth + 1)
                   for side in ("consequence", "alternative"))
    if node.type == "call_expression" and walk.call_parts(node)[0] in ("string", "std.string", "string_view"):
        args = walk.call_parts(node)[2]
        return len(args) == 1 and _static_literal(walk, args[0], function, depth + 1)
    if node.type == "identifier" and function is not None:
        name = walk.text(node)
        if name in {n for n, _ in walk.parameters(function)} if function.type == "function_definition" else False:
            return False
        values = _values_of(walk, function, name)
        return bool(values) and all(_static_literal(walk, v, function, depth + 1) for v in values)
    return False


def _values_of(walk: CppWalk, scope: ts.Node, name: str) -> list[ts.Node | None]:
    """Every value `name` is declared with or assigned in `scope` (None for a declaration with no value, an
    `&name` handed out, or a `++`/`+=` of it)."""
    values: list[ts.Node | None] = []
    stack = [scope]
    while stack:
        current = stack.pop()
        kind = current.type
        if kind == "init_declarator":
            target = _declared(current.child_by_field_name("declarator"))
            if target is not None and walk.text(target) == name:
                values.append(current.child_by_field_name("value"))
        elif kind == "declaration":
            for declarator in current.children_by_field_name("declarator"):
                if declarator.type == "identifier" and walk.text(declarator) == name:
                    values.append(None)
        elif kind in ("assignment_expression", "update_expression"):
            target = current.child_by_field_name("left") or current.child_by_field_name("argument")
            if target is not None and walk.text(target).removeprefix("this->") == name:
                plain = kind == "assignment_expression" and walk.operator(current) == "="
                values.append(current.child_by_field_name("right") if plain else None)
        elif kind == "pointer_expression" and walk.text(current).startswith("&"):
            target = current.child_by_field_name("argument")
            if target is not None and walk.text(target) == name:
                values.append(None)
        stack.extend(current.named_children)
    return values


def _function_of(node: ts.Node) -> ts.Node | None:
    while node is not None and node.type not in ("function_definition", "lambda_expression"):
        node = node.parent
    return node


def _class_of(walk: CppWalk, node: ts.Node) -> str:
    """The class whose member function (or body) `node` is in: `class A {...}`, or `A::f` defined outside."""
    current = node.parent
    while current is not None:
        if current.type == "function_definition":
            name = walk.function_name(current) or ""
            if "::" in name:
                return name.rsplit("::", 2)[-2]
        elif current.type in ("class_specifier", "struct_specifier"):
            named = current.child_by_field_name("name")
            return walk.text(named) if named is not None else ""
        current = current.parent
    return ""


def _constant_fields(walk: CppWalk, root: ts.Node) -> set[tuple[str, str]]:
    """See `CppWalk.constant_fields`: (class, member) pairs."""
    values: dict[tuple[str, str], list] = {}  # (class, member) -> [(value node, function it is in)]
    constructors: dict[str, list[ts.Node]] = {}  # class name -> its constructors
    constructions: dict[str, list[list[ts.Node]]] = {}  # class name -> argument lists it is built with
    members: set[tuple[str, str]] = set()
    stack = [root]
    while stack:
        current = stack.pop()
        kind = current.type
        if kind == "field_declaration":
            for declarator in current.children_by_field_name("declarator"):
                if declarator.type == "field_identifier":
                    member = (_class_of(walk, declarator), walk.text(declarator))
                    members.add(member)
                    default = current.child_by_field_name("default_value")
                    if default is not None:
                        values.setdefault(member, []).append((default, None))
        elif kind == "field_initializer":
            field = next((c for c in current.named_children if c.type == "field_identifier"), None)
            given = next((c for c in current.named_children if c.type in ("argument_list", "initializer_list")), None)
            function = _function_of(current)
            if field is not None:
                args = given.named_children if given is not None else []
                values.setdefault((_class_of(walk, current), walk.text(field)), []).append(
                    (args[0] if len(args) == 1 else None, function))
                if function is not None:
                    name = walk.function_name(function) or ""
                    constructors.setdefault(name.rsplit("::", 1)[-1], []).append(function)
        elif kind == "assignment_expression":
            target = current.child_by_field_name("left")
            text = walk.text(target) if target is not None else ""
            text = text.removeprefix("this->")
            if text.isidentifier():
                plain = walk.operator(current) == "="
                values.setdefault((_class_of(walk, current), text), []).append(
                    (current.child_by_field_name("right") if plain else None, _function_of(current)))
        elif kind == "declaration":  # `Store s(db, "users")`, `Store s{db, "users"}`
            type_name = walk.text(current.child_by_field_name("type")).rsplit("::", 1)[-1]
            for declarator in current.children_by_field_name("declarator"):
                value = declarator.child_by_field_name("value") if declarator.type == "init_declarator" else None
                if value is not None and value.type in ("argument_list", "initializer_list"):
                    constructions.setdefault(type_name, []).append(list(value.named_children))
                elif declarator.type == "function_declarator":  # `Store s(db, t);` parses as a declaration
                    constructions.setdefault(type_name, []).append(None)
        elif kind in ("call_expression", "new_expression"):
            if kind == "new_expression":
                type_name = walk.text(current.child_by_field_name("type"))
                args = current.child_by_field_name("arguments")
            else:
                callee = current.child_by_field_name("function")
                type_name = walk.text(callee)
                if callee is not None and callee.type == "qualified_identifier" and "make_" in type_name:
                    found = [c for c in _descendants(callee) if c.type == "type_identifier"]
                    type_name = walk.text(found[0]) if found else ""
                args = current.child_by_field_name("arguments")
            type_name = type_name.rsplit("::", 1)[-1]
            if type_name and args is not None:
                constructions.setdefault(type_name, []).append(list(args.named_children))
        stack.extend(current.named_children)
    constant = set()
    for member, given in values.items():
        if member not in members:
            continue
        if all(_constant_member_value(walk, value, function, constructors, constructions) for value, function in given):
            constant.add(member)
    return constant


def _descendants(node: ts.Node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(current.named_children)


def _constant_member_value(walk: CppWalk, value: ts.Node | None, function: ts.Node | None,
                           constructors: dict, constructions: dict) -> bool:
    if value is None:
        return False
    if _static_literal(walk, value, function):
        return True
    if value.type == "call_expression" and walk.call_parts(value)[0] in ("std.move", "move"):
        args = walk.call_parts(value)[2]
        value = args[0] if len(args) == 1 else value
    if value.type != "identifier" or function is None or function.type != "function_definition":
        return False
    params = [name for name, _ in walk.parameters(function)]
    if walk.text(value) not in params:
        return False
    position = params.index(walk.text(value))
    name = (walk.function_name(function) or "").rsplit("::", 1)[-1]
    if function not in constructors.get(name, []):
        return False
    built = constructions.get(name, [])
    if not built:
        return False
    for args in built:  # every construction in the snippet passes a constant there
        if args is None or len(args) != len(params):
            return False
        if not _static_literal(walk, args[position], _function_of(args[position])):
            return False
    return True


STREAMS = frozenset({"cin", "wcin"})
# methods of the standard library's (and Qt's) strings and containers: `v.find(x)` is no call of a snippet's `find`
LIBRARY_METHODS = frozenset({"size", "length", "find", "rfind", "at", "begin", "end", "push_back", "emplace_back",
                             "insert", "emplace", "erase", "count", "data", "c_str", "empty", "clear", "reset", "get",
                             "substr", "append", "front", "back", "contains", "value", "str", "open", "close", "read",
                             "write", "load", "store", "lock", "unlock", "swap", "release", "resize", "reserve",
                             "compare", "starts_with", "ends_with", "first", "second", "toStdString", "arg", "send",
                             "run", "start", "stop", "join", "wait", "notify_one", "notify_all", "set", "add", "remove",
                             "update", "query", "exec", "execute", "prepare", "bind", "step", "parse", "string"})
ROUTE_MACROS = frozenset({"CROW_ROUTE", "CROW_BP_ROUTE", "CROW_WEBSOCKET_ROUTE", "route_dynamic"})
# container methods that may reallocate or remove elements: iterators and pointers into it dangle
RELOCATING = frozenset({"push_back", "emplace_back", "insert", "emplace", "resize", "reserve", "clear", "assign",
                        "shrink_to_fit", "push_front", "pop_back", "append", "erase", "replace",
                        "reset"})  # `p.reset()`: a smart pointer deletes its object
STRING_STREAMS = frozenset({"ostringstream", "stringstream", "wostringstream", "wstringstream"})
FILE_STREAMS = frozenset({"ifstream", "ofstream", "fstream", "wifstream", "wofstream"})


def model(rules: list[Rule]) -> TaintModel:
    return CModel(rules, CppWalk)
