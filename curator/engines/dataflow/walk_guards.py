"""Tests on values for the shared walk: which names a condition validates when it is true or false.

Equality with a literal, allow-list membership (a literal or constant collection), anchored patterns that the
whole value must match, exact-host tests on a parsed URL, a parser refusing the value (`== nil`), length
bounds (`@bounded`), and prefix tests after a normalizer (containment). `Walk` inherits these; the node kinds
and method names they look for are the adapter's class attributes.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import CONTAINMENT, NORMALIZED, VALIDATED, mark

_ANCHORED = re.compile(r"""^\W?\s*(?:\^|\\A).*(?:\$|\\z|\\Z)\s*\W?\w*$""", re.S)


class Guards:
    """Methods of `Walk` (see walk.py for the state and the node kinds they read)."""

    # -- guards -----------------------------------------------------------------------------------
    def guards(self, node: ts.Node) -> tuple[tuple, tuple]:
        """(names validated when `node` is true, names validated when it is false)."""
        kind = node.type
        if kind in ("parenthesized_expression", "condition_clause") and node.named_children:
            return self.guards(node.named_children[-1])
        if kind in self.NOTS or kind == "not":
            op = self.operator(node)
            arg = node.child_by_field_name("argument") or (node.named_children[-1] if node.named_children else None)
            if op in ("!", "not") and arg is not None:
                when_true, when_false = self.guards(arg)
                return when_false, when_true
            return (), ()
        if kind in self.BINARIES or kind in ("binary", "boolean_operator"):
            op = self.operator(node)
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is None or right is None:
                return (), ()
            if op in ("&&", "and"):
                (left_true, left_false), (right_true, right_false) = self.guards(left), self.guards(right)
                # false: one side failed; only what both sides' failures prove holds (x != "a" && x != "b")
                return left_true + right_true, tuple(key for key in left_false if key in right_false)
            if op in ("||", "or"):
                (left_true, left_false), (right_true, right_false) = self.guards(left), self.guards(right)
                # true: one side held; only what both sides prove holds (x == "a" || x == "b")
                return tuple(key for key in left_true if key in right_true), left_false + right_false
            if op in ("==", "===", "!=", "!==") and self._nil(right) and left.type in self.CALLS:
                # `net.ParseIP(host) == nil`, `parse_url($u) === false`: the parser refused the value
                name, _, args = self.call_parts(left)
                if args and self.model.converters.lookup(self.resolve(name)):
                    keys = self.checked(args[0])
                    return ((), keys) if op in ("==", "===") else (keys, ())
            if op in ("==", "===", "!=", "!==", "eq", "ne"):
                if self._literal(right) and not self._literal(left):
                    keys = self.checked(left)
                elif self._literal(left) and not self._literal(right):
                    keys = self.checked(right)
                else:
                    return (), ()
                if self._literal(right) and left.type in self.CALLS and self.call_parts(left)[0].rsplit(".", 1)[-1] in (
                        "indexOf", "strpos"):
                    return (), ()  # `s.indexOf(x) == -1`: a search, told apart below
                return (keys, ()) if op in ("==", "===", "eq") else ((), keys)
            if op in ("<", "<=", ">", ">=") and self.bounded_check(left, right):
                name = self.bounded_check(left, right)
                # `if (strlen(s) >= sizeof buf) return;`: below, s fits (true: s is short when `<`)
                return ((("@bounded", name),), ()) if op in ("<", "<=") else ((), (("@bounded", name),))
            if op in ("=~",):  # Ruby: value =~ /\A...\z/
                if self._anchored(right):
                    return self.checked(left), ()
            return (), ()
        if kind in self.CALLS:
            name, receiver, args = self.call_parts(node)
            last = name.rsplit(".", 1)[-1]
            if last in self.MEMBERSHIP_METHODS and receiver is not None and self._fixed(receiver) and args:
                if last == "indexOf":
                    return (), ()
                return self.checked(args[0]), ()
            if (name in self.MEMBERSHIP_FUNCTIONS or last in self.MEMBERSHIP_FUNCTIONS) and args:
                if last == "isset":
                    return (), ()
                if last in ("in_array", "array_key_exists") and len(args) > 1 and self._fixed(args[1]):
                    return self.checked(args[0]), ()
                if last == "Contains" and len(args) > 1 and self._fixed(args[0]):
                    return self.checked(args[1]), ()
                return (), ()
            if last in self.PATTERN_TESTS:
                return self._pattern_guard(last, receiver, args), ()
            if args and ((last[:2] in ("is", "Is") and last[2:3].isupper()) or last.lower().startswith("valid")):
                return self.checked(args[0]), ()  # a predicate guarding a leaving branch: isAllowed(x), validHost(x)
            return (), ()
        return (), ()

    def _pattern_guard(self, method: str, receiver: ts.Node | None, args: list[ts.Node]) -> tuple:
        """An anchored pattern that the whole value must match (`/^[a-z]+$/.test(v)`, `v.matches("[a-z]+")`)."""
        if method == "matches" and receiver is not None and args:  # Java String.matches: always the whole value
            return self.checked(receiver)
        if method == "matches" and receiver is not None and receiver.type in self.CALLS:
            name, _, inner = self.call_parts(receiver)  # PATTERN.matcher(v).matches(): the whole value
            return self.checked(inner[0]) if name.endswith("matcher") and inner else ()
        if method in ("preg_match",) and len(args) > 1:
            return self.checked(args[1]) if self._anchored(args[0]) else ()
        if method == "fullmatch" and args:
            return self.checked(args[-1])
        if receiver is not None and args and (self._anchored(receiver) or self._pattern_name(receiver)):
            return self.checked(args[0])
        if receiver is not None and args and method in ("match", "match?") and self._anchored(args[0]):
            return self.checked(receiver)  # Ruby: value.match?(/\A..\z/)
        return ()

    def _anchored(self, node: ts.Node | None) -> bool:
        if node is None:
            return False
        text = self.text(node)
        if node.type in self.CALLS:  # regexp.MustCompile(`^...$`), Pattern.compile("^...$")
            args = self.call_parts(node)[2]
            return bool(args) and self._anchored(args[0])
        return len(text) < 400 and _ANCHORED.match(text) is not None

    def _pattern_name(self, node: ts.Node) -> bool:
        """A compiled pattern held in a constant (`SLUG_RE`, `validName`): trusted to be anchored by name."""
        name = self.text(node)
        return node.type in self.IDENTIFIERS and (name.isupper() or name in self.consts) and not self.env.get(name)

    def _nil(self, node: ts.Node) -> bool:
        return self.text(node) in ("nil", "null", "NULL", "None", "false", "undefined", "nullptr")

    def _literal(self, node: ts.Node) -> bool:
        return (node.type in self.STRINGS and not self.string_parts(node)) or node.type in self.LITERALS

    def _fixed(self, node: ts.Node) -> bool:
        """An allow-list: a literal collection, a constant-named or constant-bound name without taint."""
        kind = node.type
        if kind in ("array", "list", "array_creation_expression", "composite_literal", "set", "hash",
                    "array_initializer", "initializer_list", "tuple", "string_array", "symbol_array"):
            return True
        name = self.dotted(node)
        if kind in self.IDENTIFIERS or kind in self.MEMBERS:
            last = name.rsplit(".", 1)[-1].lstrip("$@")
            return (last.isupper() or name in self.consts) and not self.env.get(name) and self.source(name) is None
        if kind in self.CALLS:  # new Set([...]), List.of(...), Arrays.asList(...)
            return all(self._fixed(a) or self._literal(a) for a in self.call_parts(node)[2]) and bool(
                self.call_parts(node)[2])
        return False

    def checked(self, node: ts.Node | None) -> tuple:
        """Names a test on `node` speaks for: the value itself, and the URL a parsed part came from."""
        if node is None:
            return ()
        if node.type in ("parenthesized_expression",) and node.named_children:
            return self.checked(node.named_children[0])
        if node.type in self.MEMBERS:
            obj, prop = self.member(node)
            if prop in self.URL_PARTS and obj is not None:
                origin = self.parsed.get(self.dotted(obj))
                if origin is not None:  # the parsed URL and the text it came from
                    return (origin, self.dotted(obj))
                if obj.type in self.CALLS:
                    origin = self._parsed_argument(obj)
                    if origin:
                        return (origin,)
            return (self.dotted(node),)
        if node.type in self.IDENTIFIERS:
            return (self.dotted(node),)
        if node.type in self.CALLS:
            name, receiver, args = self.call_parts(node)
            last = name.rsplit(".", 1)[-1]
            if last in self.URL_PARTS and receiver is not None:  # Java: url.getHost()
                origin = self.parsed.get(self.dotted(receiver))
                return tuple(key for key in (origin, *self.checked(receiver)) if key)
            if last in ("toLowerCase", "toLower", "lower", "strip", "trim", "downcase", "strtolower",
                        "ToLower", "TrimSpace", "toUpperCase", "upcase"):
                if receiver is not None:
                    return self.checked(receiver)
                if args:
                    return self.checked(args[0])
            if (name in self.URL_PARSERS or self.resolve(name) in self.URL_PARSERS) and args:
                return self.checked(args[0])  # parse_url($u, PHP_URL_HOST) === "x": a test of $u's host
            if self.source(name) is not None:  # `allowed(r.FormValue("to"))`: that request value
                return (self.text(node),)
        return ()

    def _parsed_argument(self, call: ts.Node) -> str | None:
        name, _, args = self.call_parts(call)
        if self.resolve(name) in self.URL_PARSERS or name in self.URL_PARSERS:
            if args and (args[0].type in self.IDENTIFIERS or args[0].type in self.MEMBERS):
                return self.dotted(args[0])
            if args and args[0].type in self.CALLS:  # url.Parse(r.FormValue("next")): that very call's value
                return self.text(args[0])
            if args and args[0].type in self.SUBSCRIPTS:  # new Uri(Request.Query["next"]): the object alone
                return "?" + self.text(args[0])
        return None

    def bounded_check(self, left: ts.Node, right: ts.Node) -> str | None:
        """The name whose length a comparison bounds (`strlen(s) < N`, `s.length > MAX`), else None."""
        for side in (left, right):
            if side.type in self.CALLS:
                name, receiver, args = self.call_parts(side)
                if name.rsplit(".", 1)[-1] in ("strlen", "strnlen", "len", "length", "size", "count") and args:
                    return self.dotted(args[0])
                if name.rsplit(".", 1)[-1] in ("length", "size") and receiver is not None:
                    return self.dotted(receiver)
            elif side.type in self.MEMBERS and self.member(side)[1] in ("length", "size"):
                return self.dotted(self.member(side)[0])
        return None

    def validate(self, keys) -> None:
        env = self.env
        for key in keys:
            marker = VALIDATED
            if isinstance(key, tuple):  # (marker, name): a narrower promise than `@validated` (`@bounded`)
                marker, key = key
            if not isinstance(key, str):
                continue
            taint = env.get(key)
            if taint is None:  # `req.query.next` checked in place: the checked source stays checked below
                if "(" in key:
                    self.checked_calls = True
                source = self.source(key.split("(", 1)[0].replace("()", ""))
                taint = frozenset({(source, frozenset())}) if source is not None else None
            if taint:
                env[key] = mark(taint, marker)

    def _containment(self, node: ts.Node | None) -> None:
        """`p.startsWith(BASE)` on a normalized `p`: contained afterwards (whatever the branch)."""
        if node is None:
            return
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type in self.CALLS:
                name, receiver, args = self.call_parts(current)
                last = name.rsplit(".", 1)[-1]
                target = None
                if last in self.PREFIX_METHODS or name in self.PREFIX_METHODS:
                    target = receiver if receiver is not None and last not in (
                        "HasPrefix", "str_starts_with", "strncmp") else (args[0] if args else None)
                elif last == "strpos" and args:
                    target = args[0]
                if target is not None:
                    key = self.dotted(self.prefix_tested(target))
                    taint = self.env.get(key)
                    if taint:
                        self.env[key] = frozenset((s, a | {CONTAINMENT}) if NORMALIZED in a else (s, a)
                                                  for s, a in taint)
            stack.extend(current.named_children)

    def prefix_tested(self, target: ts.Node) -> ts.Node:
        """The value a prefix test speaks for: the tested node itself; adapters unwrap a path's text view
        (C++ `p.string()`, Ruby `p.to_s`)."""
        return target
