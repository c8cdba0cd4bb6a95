"""The Python adapter's tests on values: allow-lists, anchored patterns, host checks on parsed URLs,
containment after normalization. `PythonWalk` inherits them; they read and mark its `env`."""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import CONTAINMENT, FIXED_PREFIX, NORMALIZED, VALIDATED, mark
from curator.engines.dataflow.lang_python_names import (
    AS_TEXT, FORM_VALIDATORS, SAME_HOST, STRING_TYPES, URL_PARSERS, URL_PARTS, VALIDATORS, without_default,
)

# A literal URL prefix that ends the host with a slash: `"https://example.com/"`, `'http://localhost:8000/'`.
SITE_PREFIX = re.compile(r"""[rbuRBU]?(['"])https?://[A-Za-z0-9.-]+(?::\d+)?/[^'"]*\1""")
# A pattern that fixes the scheme and host and ends the host with a slash: `r"^https://(www\.)?example\.com/"`
# (only escaped dots in the host: `.` there would match any character).
SITE_PATTERN = re.compile(
    r"""[rbuRBU]{0,2}(['"])\^?https\??://(?:[A-Za-z0-9-]|\\\.|\((?:[A-Za-z0-9-]|\\\.|\|)+\)\??)+(?::\d+)?/""")
SUBDOMAIN_SUFFIX = re.compile(r"""[rbuRBU]?(['"])\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\1""")
TEXT_TYPES = re.compile(r"\(?\s*(?:str|int|float|bool)(?:\s*,\s*(?:str|int|float|bool))*\s*,?\s*\)?")


def _anchored_end(literal: str) -> bool:
    """Whether a pattern literal ends in `$`, `\\Z` or `\\z` (else `re.match` with it tests a prefix only)."""
    body = literal.rstrip("'\"")
    return body.endswith(("$", "\\Z", "\\z"))


class PythonGuards:
    """Methods of `PythonWalk` (see lang_python.py for the state they use)."""

    def _guards(self, node: ts.Node) -> tuple[tuple, tuple]:
        """(names validated when `node` is true, names validated when it is false)."""
        kind = node.type
        if kind == "parenthesized_expression" and node.named_children:
            return self._guards(node.named_children[0])
        if kind == "not_operator":
            argument = node.child_by_field_name("argument")
            when_true, when_false = self._guards(argument) if argument is not None else ((), ())
            return when_false, when_true
        if kind == "boolean_operator":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            operator = node.child_by_field_name("operator")
            if left is None or right is None or operator is None:
                return (), ()
            left_true, left_false = self._guards(left)
            right_true, right_false = self._guards(right)
            local = self._local_path_test(left, right, operator.type)
            if operator.type == "and":  # both held when true; when false, what either failure proves
                return left_true + right_true + local, _both(left_false, right_false)
            return _both(left_true, right_true), left_false + right_false + local
        if kind == "comparison_operator":
            operands = node.named_children
            operators = [c.type for c in node.children if not c.is_named]
            if len(operands) != 2 or len(operators) != 1:
                return (), ()
            left, right = operands
            op = operators[0]
            if op in ("in", "not in") and left.type not in STRING_TYPES and self._fixed_collection(right):
                keys = self._checked(left)  # an allow-list lookup; `"x" in value` is a substring test, not one
                return (keys, ()) if op == "in" else ((), keys)
            if op in ("is", "is not") and right.type == "none" and left.type == "identifier" and \
                    self._text(left) in self.host_of:
                # `host is None` for `host = urlparse(url).hostname`: a relative URL, no other host
                origins = self.host_of[self._text(left)]
                return (origins, ()) if op == "is" else ((), origins)
            if op in ("==", "!="):
                if (right.type in STRING_TYPES or self._constant_name(right)) and left.type not in STRING_TYPES:
                    keys = self._checked(left)
                elif (left.type in STRING_TYPES or self._constant_name(left)) and right.type not in STRING_TYPES:
                    keys = self._checked(right)
                else:
                    return (), ()
                return (keys, ()) if op == "==" else ((), keys)
            return (), ()
        if kind == "call":
            callee = node.child_by_field_name("function")
            if callee is None:
                return (), ()
            last = self._text(callee).rsplit(".", 1)[-1]
            args = node.child_by_field_name("arguments")
            positional = [a for a in (args.named_children if args is not None else ()) if a.type != "keyword_argument"]
            if last == "isinstance" and callee.type == "identifier" and len(positional) == 2 and \
                    TEXT_TYPES.fullmatch(self._text(positional[1])):
                # `isinstance(name, str)`: a string or number, not a JSON object (only marks `@as-text`)
                return tuple((key, AS_TEXT) for key in self._checked(positional[0])), ()
            if last == "startswith" and callee.type == "attribute" and len(positional) == 1 and all(
                    SITE_PREFIX.fullmatch(self._text(option)) for option in (
                        positional[0].named_children if positional[0].type == "tuple" else [positional[0]])):
                # `url.startswith("https://example.com/")`: a page of that site (the slash ends the host)
                return self._checked(callee.child_by_field_name("object")), ()
            if last == "endswith" and callee.type == "attribute" and len(positional) == 1 and \
                    positional[0].type == "string" and SUBDOMAIN_SUFFIX.fullmatch(self._text(positional[0])):
                # `host.endswith(".example.com")`: a subdomain of that site (without the dot, `evilexample.com`)
                return self._checked(callee.child_by_field_name("object")), ()
            if last in FORM_VALIDATORS and callee.type == "attribute" and not positional:
                return self._checked(callee.child_by_field_name("object")), ()  # `form.is_valid()`
            if last not in VALIDATORS:
                # `is_allowed(url)`: a function of the snippet whose result is a test of its first parameter
                if self.functions and positional and callee.type in ("identifier", "attribute"):
                    definition = self._helper(self._text(callee), callee.type)
                    marker = self._validating(definition) if definition is not None else None
                    if marker is not None:
                        keys = self._checked(positional[0])
                        return (keys if marker == VALIDATED else tuple((key, marker) for key in keys)), ()
                return (), ()
            if last.startswith("is") and callee.type == "attribute" and last != "is_safe_url":
                return self._checked(callee.child_by_field_name("object")), ()
            if last in ("match", "fullmatch"):
                # `re.match(pattern, value)` or `compiled.match(value)`
                index = 1 if self._resolve(self._text(callee)) in ("re.match", "re.fullmatch") else 0
                if last == "match" and index == 1 and len(positional) > 1 and positional[0].type == "string" \
                        and not _anchored_end(self._text(positional[0])) \
                        and not SITE_PATTERN.match(self._text(positional[0])):
                    return (), ()  # `re.match(r"https?://", url)` tests a prefix: the rest of the value is free
                return (self._checked(positional[index]) if len(positional) > index else ()), ()
            return (self._checked(positional[0]) if positional else ()), ()
        if kind == "attribute":  # `if parts.netloc:` false: a relative URL, no other host
            return (), self._checked(node)
        if kind == "identifier" and self._text(node) in self.host_of:  # `if host:` false, for `host = p.netloc`
            return (), self.host_of[self._text(node)]
        return (), ()

    def _constant_name(self, node: ts.Node) -> bool:
        """`TRUSTED_HOST`, `settings.ALLOWED_HOST` or a local holding a constant: what `==` compares against."""
        if node.type not in ("identifier", "attribute"):
            return False
        name = self._text(node)
        if SAME_HOST.fullmatch(name):  # `urlparse(ref).netloc == request.host`: this site
            return True
        return (name.rsplit(".", 1)[-1].isupper() or name in self.consts) and not self.env.get(name)

    def _local_path_test(self, left: ts.Node, right: ts.Node, operator: str) -> tuple:
        """`u.startswith("/") and not u.startswith("//")` (true), `not u.startswith("/") or u.startswith("//")`
        (false): a path on this site, so ((u, @fixed-prefix),) for the branch where that holds."""
        negated = operator == "or"
        # `u and u.startswith("/") and not u.startswith("//")`: the test just before the last one
        while left.type == "boolean_operator" and left.child_by_field_name("right") is not None and \
                self._text(left.child_by_field_name("operator")) == operator:
            left = left.child_by_field_name("right")
        if negated:
            if left.type != "not_operator":
                return ()
            left = left.child_by_field_name("argument")
        elif right.type == "not_operator":
            right = right.child_by_field_name("argument")
        else:
            return ()
        first, second = _prefix_test(self, left), _prefix_test(self, right)
        if first is None or second is None or first[0] != second[0] or (first[1], second[1]) != ("/", "//"):
            return ()
        return tuple((key, FIXED_PREFIX) for key in self._checked(first[2]))

    def _validating(self, definition: ts.Node) -> str | None:
        """What a function of the snippet proves of its first parameter when it returns true: VALIDATED for a
        test such as `return urlparse(url).hostname in ALLOWED_HOSTS` or `return bool(NAME.fullmatch(name))`,
        a weaker marker for `return u.startswith("/") and not u.startswith("//")` (FIXED_PREFIX); else None."""
        cache = self.validators
        if definition.id in cache:
            return cache[definition.id]
        cache[definition.id] = None  # a recursive call while deciding
        names = self._parameter_names(definition)
        body = definition.child_by_field_name("body")
        found = None
        saved = self.parsed
        self.parsed = {}
        try:
            for stmt in body.named_children if names and body is not None else ():
                if stmt.type == "expression_statement" and stmt.named_children and \
                        stmt.named_children[0].type == "assignment":
                    assignment = stmt.named_children[0]
                    left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
                    if left is not None and left.type == "identifier" and right is not None and right.type == "call":
                        origin = self._parsed_argument(right)  # `parsed = urlparse(url)`
                        if origin:
                            self.parsed[self._text(left)] = origin[0]
                elif stmt.type == "return_statement" and stmt.named_children:
                    value = stmt.named_children[0]
                    if value.type == "call" and self._text(value.child_by_field_name("function")) == "bool":
                        inner = value.child_by_field_name("arguments").named_children
                        value = inner[0] if inner else value
                    proved = self._guards(value)[0]
                    if names[0] in proved:
                        found = VALIDATED
                    else:
                        found = next((key[1] for key in proved if isinstance(key, tuple) and key[0] == names[0]), None)
                    break
                elif stmt.type not in ("expression_statement", "comment"):
                    break
        finally:
            self.parsed = saved
        cache[definition.id] = found
        return found

    def _checked(self, node: ts.Node | None) -> tuple:
        """Names a test on `node` speaks for: the value itself, and the URL a parsed part came from."""
        if node is None:
            return ()
        kind = node.type
        if kind == "identifier":
            name = self._text(node)
            return (name, *self.host_of.get(name, ()))  # `host` of `host = urlparse(url).hostname`: url too
        if kind == "attribute":
            obj = node.child_by_field_name("object")
            attr = node.child_by_field_name("attribute")
            if obj is not None and attr is not None and self._text(attr) in URL_PARTS:
                if obj.type == "identifier":
                    origin = self.parsed.get(self._text(obj))
                    if origin is not None:  # the URL it was parsed from, and the parsed object (`parts.geturl()`)
                        return (origin, self._text(obj))
                elif obj.type == "call":
                    return self._parsed_argument(obj)
            return (self._text(node),)
        if kind == "call":  # value.lower(), value.strip()
            callee = node.child_by_field_name("function")
            if callee is not None and callee.type == "attribute" and self._text(
                    callee.child_by_field_name("attribute")) in ("lower", "strip", "casefold", "upper"):
                return self._checked(callee.child_by_field_name("object"))
        return ()

    def _parsed_argument(self, call: ts.Node) -> tuple:
        """`urlparse(url)` -> ("url",): the name a URL-parsing call reads."""
        callee = call.child_by_field_name("function")
        args = call.child_by_field_name("arguments")
        if callee is None or args is None or self._resolve(self._text(callee)) not in URL_PARSERS:
            return ()
        first = without_default(args.named_children[0] if args.named_children else None)  # `urlsplit(url or "")`
        if first is not None and first.type == "call":
            return self._checked(first)  # `urlsplit(raw.strip())`: a test of the parts speaks for `raw`
        return (self._text(first),) if first is not None and first.type in ("identifier", "attribute") else ()

    def _fixed_collection(self, node: ts.Node) -> bool:
        kind = node.type
        if kind in ("set", "list", "tuple", "dictionary"):
            return True
        if kind in ("identifier", "attribute"):
            name = self._text(node)
            return name in self.consts or name.rsplit(".", 1)[-1].isupper() or (
                name in self.module_collections and not self.env.get(name))  # `allowed_hosts = {...}` above
        if kind == "call":  # `ROUTES.values()`, `ALLOWED.keys()`
            callee = node.child_by_field_name("function")
            if callee is not None and callee.type == "attribute" and \
                    self._text(callee.child_by_field_name("attribute")) in ("keys", "values"):
                return self._fixed_collection(callee.child_by_field_name("object"))
        return False

    def _validate(self, keys) -> None:
        env = self.env
        for key in keys:
            marker = VALIDATED
            if isinstance(key, tuple):  # (name, marker): a test that says less than a validation
                key, marker = key
            taint = env.get(key)
            if taint:
                env[key] = mark(taint, marker)

    def _contained(self, target: ts.Node | None) -> None:
        """A prefix/containment test on `target`: a normalized value it checks is contained."""
        if target is not None and target.type in ("identifier", "attribute"):
            key = self._text(target)
            taint = self.env.get(key)
            if taint:
                self.env[key] = frozenset(
                    (src, applied | {CONTAINMENT}) if NORMALIZED in applied else (src, applied) for src, applied in taint)

    def _condition(self, node: ts.Node | None) -> None:
        """Evaluate a test (for its sinks) and apply containment checks to the names it checks."""
        if node is None:
            return
        self._eval(node)
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type == "comparison_operator" and len(current.named_children) == 2:
                right = current.named_children[1]  # `base in resolved.parents`: a containment test of `resolved`
                if right.type == "attribute" and self._text(right.child_by_field_name("attribute")) == "parents":
                    self._contained(right.child_by_field_name("object"))
            if current.type == "call":
                callee = current.child_by_field_name("function")
                name = self._text(callee) if callee is not None else ""
                checked: list[ts.Node] = []
                if name.endswith((".startswith", ".is_relative_to")) and callee.type == "attribute":
                    checked.append(callee.child_by_field_name("object"))
                elif name.endswith(("commonpath", "commonprefix")):
                    args = current.child_by_field_name("arguments")
                    stack.extend(args.named_children if args is not None else ())
                    for arg in (args.named_children if args is not None else ()):
                        checked.extend(arg.named_children if arg.type in ("list", "tuple") else [arg])
                for target in checked:
                    self._contained(target)
                continue
            stack.extend(current.named_children)


def _both(first: tuple, second: tuple) -> tuple:
    """What two tests both prove (`a and b` false: one of them failed, so only what each failure proves)."""
    return tuple(key for key in first if key in second)


def _prefix_test(walk, node: ts.Node | None) -> tuple[str, str, ts.Node] | None:
    """`u.startswith("/")` -> ("u", "/", u node)."""
    if node is None or node.type != "call":
        return None
    callee, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    if callee is None or callee.type != "attribute" or args is None or len(args.named_children) != 1:
        return None
    if walk._text(callee.child_by_field_name("attribute")) != "startswith" or args.named_children[0].type != "string":
        return None
    target = callee.child_by_field_name("object")
    return walk._text(target), walk._text(args.named_children[0])[1:-1], target
