"""The Rust adapter's tests on values: what a condition, a helper or a match arm proves about a value.

Allow-lists and literal arms (`Some("example.com")`, `Host::Domain(..)`, `CONST` names), anchored raw-string
regexes, `parse::<IpAddr>()` checks, path component checks (`matches!(c, Component::Normal(_))`, `ParentDir`),
local-path checks for redirects (`starts_with('/') && !starts_with("//")`), hosts of parsed URLs (through
`host_str()`, match arms and host variables), resolved-address checks before a request, and the snippet's own
validators: a function that returns a check of its parameter, or returns `Err` unless it passes. `RustWalk`
(lang_rust.py) inherits these.
"""

from __future__ import annotations

import re

import tree_sitter as ts

# a snippet's own predicate named for a check (`is_valid_host`, `is_safe_name`, `is_allowed`)
# (not an address test: `is_local_ip(&ip)` true is the bad case)
_PREDICATE = re.compile(r"^(?!.*_(ip|addr|address)s?$)is_(\w+_)?(valid|safe|allowed|permitted|trusted|whitelisted|"
                        r"allowlisted|local|relative|same_origin)(_\w+)?$")
# parts that only an absolute URL has (`uri.host().is_some()`: not a path on this site)
_ABSOLUTE_PARTS = frozenset({"host", "host_str", "scheme", "scheme_str", "authority", "domain"})
# tests of an address's class (`ip.is_private()`, `is_internal_ip(&ip)`)
_IP_CLASS = re.compile(r"^is_(private|loopback|link_local|unspecified|multicast|broadcast|documentation|global|"
                      r"unique_local|shared|reserved|internal|local)(_\w+)?$|^is_\w+_(private|internal|loopback)(_\w+)?$")
_CONSTRUCTOR = re.compile(r"^(\w+::)*[A-Z]\w*$")  # `Some`, `Host::Domain`: a variant or tuple struct
CONSTANT_NAME = re.compile(r"^(\w+::)*[A-Z][A-Z0-9_]+$")  # `ALLOWED_HOST`, `config::ROUTES`
# what `parse::<T>()` turns text into while keeping its text: addresses and paths, not numbers
TEXT_TYPES = re.compile(r"\b(Uri|Url|PathBuf|String|HeaderValue|Authority)\b")


class RustGuards:
    """Methods of `RustWalk` (see lang_rust.py and walk_guards.py for the state they read)."""

    def _literal(self, node: ts.Node) -> bool:
        if node.type == "call_expression" and _CONSTRUCTOR.match(self.text(node.child_by_field_name("function"))):
            args = self.call_parts(node)[2]  # `Some("example.com")`, `Host::Domain("example.com")`
            return bool(args) and all(self._literal(arg) for arg in args)
        if node.type == "tuple_struct_pattern":  # the pattern `Some("example.com")` in a match arm
            parts = [c for c in node.named_children if c != node.child_by_field_name("type")]
            return bool(parts) and all(self._literal(part) for part in parts)
        if node.type in ("identifier", "scoped_identifier") and CONSTANT_NAME.match(self.text(node)):
            return not self.env.get(self.dotted(node))  # `ALLOWED_HOST`, `config::ADMIN_HOST`: a constant
        if node.type == "reference_expression" and node.named_children:
            return self._literal(node.named_children[-1])
        return super()._literal(node)

    def _url_parsed(self, node: ts.Node | None) -> str | None:
        """The name whose text `node` parses as a URL (`Url::parse(&q.next)` -> `q.next`), else None."""
        if node is None or node.type != "call_expression":
            return None
        name, _, args = self.call_parts(node)
        if args and (name in self.URL_PARSERS or self.resolve(name) in self.URL_PARSERS):
            key = self.dotted(unref(args[0]))
            return key if key != "?" else None
        return None

    def _anchored(self, node) -> bool:
        node = unwrapped(node) if node is not None else None  # `Regex::new(r"^[a-z]+$").unwrap()`
        if node is not None and node.type == "raw_string_literal":  # r"^[a-z]+$", r#"^..$"#
            body = re.sub(r'^r#*"|"#*$', "", self.text(node))
            return body.startswith(("^", "\\A")) and body.endswith(("$", "\\z")) and not body.endswith("\\$")
        return super()._anchored(node)

    def guards(self, node: ts.Node):
        if node.type == "identifier" and self.text(node) in self.checks:
            return self.checks[self.text(node)]  # `let is_local = ...; if !is_local { return ... }`
        if node.type == "macro_invocation" and self.text(node.child_by_field_name("macro")) == "matches":
            return self._matches_guard(node)
        if node.type == "call_expression":
            name, receiver, args = self.call_parts(node)
            last = name.rsplit(".", 1)[-1]
            if last in ("is_ok", "is_err") and receiver is not None and receiver.type == "call_expression":
                parser, parsed, _ = self.call_parts(receiver)  # `host.parse::<IpAddr>().is_err()`: not an address
                callee = receiver.child_by_field_name("function")
                if parser.endswith("parse") and parsed is not None and callee.type == "generic_function" and (
                        not TEXT_TYPES.search(self.text(callee.child_by_field_name("type_arguments")))):
                    keys = self.checked(parsed)
                    return (keys, ()) if last == "is_ok" else ((), keys)
            if last == "contains" and receiver is not None and args and self.text(args[0]) in (
                    '".."', "'/'", '"/"', "'\\\\'", '"\\\\"', "'.'"):
                return (), self.checked(receiver)  # `if name.contains("..") { return ... }`: below, it does not
            if last == "all" and receiver is not None and receiver.type == "call_expression":
                inner_name, inner_receiver, _ = self.call_parts(receiver)
                if inner_name.endswith(("chars", "bytes")) and inner_receiver is not None and args and re.search(
                        r"is_(ascii_)?(alphanumeric|alphabetic|digit|hexdigit|lowercase|uppercase)",
                        self.text(args[0])):
                    return self.checked(inner_receiver), ()  # `name.chars().all(|c| c.is_ascii_alphanumeric())`
            if last == "any" and receiver is not None and re.search(r'ParentDir|"\.\."', self.text(args[0] if args else node)):
                # `path.components().any(|c| c == ParentDir)`, `name.split('/').any(|p| p == "..")`
                return (), self.checked(self._chain_root(receiver))
            if last == "any" and receiver is not None and args and _NOT_NORMAL.search(self.text(args[0])) and (
                    self.call_parts(receiver)[0].endswith("components") if receiver.type == "call_expression" else False):
                return (), self.checked(self._chain_root(receiver))  # `.any(|c| !matches!(c, Component::Normal(_)))`
            if last == "all" and receiver is not None and args and "Normal" in self.text(args[0]) and (
                    self.call_parts(receiver)[0].endswith("components") if receiver.type == "call_expression" else False):
                return self.checked(self._chain_root(receiver)), ()  # every component a plain name: no `..`, no root
            if args and _PREDICATE.match(last):
                return self.checked(args[0]), ()  # `if !is_valid_host(&host) { return ... }`
            if args and receiver is None and self._validates_first(name):
                return self.checked(args[0]), ()  # a snippet function whose value is a check of its parameter
            if last in ("is_ok", "is_err") and receiver is not None and receiver.type == "call_expression":
                helper, helper_receiver, helper_args = self.call_parts(receiver)
                if helper_receiver is None and helper_args and self._rejects_unless_valid(helper):
                    keys = self.checked(helper_args[0])  # `if validate_host(&h).is_err() { return ... }`
                    return (keys, ()) if last == "is_ok" else ((), keys)
            if last in ("is_some", "is_none") and receiver is not None and receiver.type == "call_expression":
                part, address, _ = self.call_parts(receiver)  # `uri.host().is_some()`: an absolute URL
                if part.rsplit(".", 1)[-1] in _ABSOLUTE_PARTS and address is not None and (
                        self.dotted(unref(address)) in self.parsed):
                    keys = self.checked(unref(address))
                    return ((), keys) if last == "is_some" else (keys, ())
            if _IP_CLASS.match(last) and self.parsed:
                # `if ip.is_private() || ip.is_loopback() { return Err(..) }` on the address a parsed URL's host
                # resolves to: below, the URLs parsed here reach no internal address
                keys = tuple({key for name, origin in self.parsed.items() for key in (name, origin)})
                return (keys, ()) if "global" in last else ((), keys)
            if last == "any" and receiver is not None and self._fixed(receiver) and args and (
                    args[0].type == "closure_expression"):  # `ALLOWED.iter().any(|h| *h == host)`
                params = [name for name, _ in self.parameters(args[0])]
                body = self.body(args[0])
                if params and body is not None and body.type == "binary_expression" and self.operator(body) == "==":
                    sides = [_deref(body.child_by_field_name("left")), _deref(body.child_by_field_name("right"))]
                    others = [side for side in sides if self.text(side) != params[0]]
                    if len(others) == 1:
                        return self.checked(others[0]), ()
            if last in ("map_or", "is_some_and", "is_ok_and") and receiver is not None and args and (
                    args[-1].type == "closure_expression"):
                params = [name for name, _ in self.parameters(args[-1])]
                body = self.body(args[-1])  # `url.host_str().map_or(false, |h| ALLOWED.contains(&h))`
                if params and body is not None and params[0] in self.guards(body)[0]:
                    return self.checked(receiver), ()
        when_true, when_false = super().guards(node)
        if node.type == "binary_expression" and self.operator(node) in ("&&", "||"):
            local = self._local_path(node)
            if local and self.operator(node) == "&&":  # `u.starts_with('/') && !u.starts_with("//")`: a path here
                when_true = when_true + local
            elif local:  # `!u.starts_with('/') || u.starts_with("//")`: leaves unless a path on this site
                when_false = when_false + local
        return when_true, when_false

    def _validates_first(self, name: str) -> bool:
        """Whether the snippet's function `name` returns a check of its first parameter
        (`fn allowed_redirect(u: &str) -> bool { u.starts_with('/') && !u.starts_with("//") }`)."""
        function = self.functions.get(name)
        if function is None or function.type != "function_item":
            return False
        known = self.validators.get(function.id)
        if known is not None:
            return known
        self.validators[function.id] = False  # (while it is looked at: a recursive call proves nothing)
        params = [param for param, _ in self.parameters(function)]
        body = self.body(function)
        returned = body.named_children[-1] if body is not None and body.named_children else None
        if returned is not None and returned.type == "return_expression" and returned.named_children:
            returned = returned.named_children[0]
        result = bool(params) and returned is not None and returned.type in (
            "binary_expression", "call_expression", "unary_expression", "macro_invocation") and (
            params[0] in self.guards(returned)[0])
        self.validators[function.id] = result
        return result

    def _rejects_unless_valid(self, name: str) -> bool:
        """Whether the snippet's function `name` returns an error unless its first parameter passes a check
        (`if !h.chars().all(..) { return Err(..) }` before its `Ok(..)`)."""
        function = self.functions.get(name)
        if function is None or function.type != "function_item":
            return False
        key = -function.id - 1  # (the same cache as `_validates_first`, on another key)
        known = self.validators.get(key)
        if known is not None:
            return known
        self.validators[key] = False
        params = [param for param, _ in self.parameters(function)]
        body = self.body(function)
        result = False
        for statement in body.named_children if body is not None and params else ():
            node = statement.named_children[0] if statement.type == "expression_statement" and (
                statement.named_children) else statement
            if node.type == "if_expression" and self.exits(node.child_by_field_name("consequence")):
                result = result or params[0] in self.guards(node.child_by_field_name("condition"))[1]
        self.validators[key] = result
        return result

    def _matches_guard(self, node: ts.Node) -> tuple:
        """`matches!(c, Component::Normal(_))`, `matches!(x.as_str(), "a" | "b")`: the value is one of those."""
        tree = next((c for c in node.named_children if c.type == "token_tree"), None)
        groups = self._groups(tree) if tree is not None else []
        if len(groups) != 2 or len(groups[0]) != 1 or groups[0][0].type != "identifier":
            return (), ()
        pattern = "".join(self.text(tok) for tok in groups[1])
        if re.fullmatch(r"""((\w+::)*Component::Normal\(_\)|"[^"]*"|'.'|\d+)(\|((\w+::)*Component::Normal\(_\)|"[^"]*"|'.'|\d+))*""",
                        pattern):
            return self.checked(groups[0][0]), ()
        return (), ()

    def _local_path(self, node: ts.Node) -> tuple:
        """Names a condition tests to start with one `/` and not with `//`, or to hold no `://` and not start
        with `//` (a path on this site either way)."""
        text = self.text(node)
        if '"//"' not in text:
            return ()
        keys, stack = [], [node]
        while stack:
            current = stack.pop()
            if current.type == "call_expression":
                name, receiver, args = self.call_parts(current)
                if receiver is not None and args and (name.endswith("starts_with") and self.text(args[0]) in (
                        "'/'", '"/"') or name.endswith("contains") and self.text(args[0]) == '"://"'):
                    keys.extend(self.checked(receiver))
                continue
            stack.extend(current.named_children)
        return tuple(keys)

    def _chain_root(self, node: ts.Node) -> ts.Node:
        while node.type == "call_expression":
            _, receiver, _ = self.call_parts(node)
            if receiver is None:
                break
            node = receiver
        return node

    def checked(self, node):
        if node is not None and node.type in ("reference_expression", "try_expression") and node.named_children:
            return self.checked(node.named_children[-1])
        if node is not None and node.type == "call_expression":
            name, receiver, _ = self.call_parts(node)
            if receiver is not None and name.rsplit(".", 1)[-1] in ("as_str", "as_ref", "trim", "to_lowercase",
                                                                     "as_path", "to_string", "unwrap", "expect",
                                                                     "unwrap_or", "unwrap_or_default"):
                return self.checked(receiver)
        if node is not None and node.type == "identifier" and self.text(node) in self.parsed:
            origin = self.parsed[self.text(node)]  # `host` of `url` of `q.next`: a test of host tests them
            return tuple(key for key in (self.text(node), origin, self.parsed.get(origin)) if key)
        return super().checked(node)

    def _uri_parsed(self, target: ts.Node, value: ts.Node) -> str | None:
        """`let uri: Uri = next.parse()?`, `next.parse::<Uri>()`, `Uri::try_from(next)`: the text parsed as a URI."""
        if value.type == "match_expression" and value.child_by_field_name("value") is not None:
            value = unwrapped(value.child_by_field_name("value"))  # `match next.parse() { Ok(u) => u, .. }`
        if value.type != "call_expression":
            return None
        name, receiver, args = self.call_parts(value)
        last = name.rsplit(".", 1)[-1]
        if receiver is None and args and re.search(r"(^|\.)(Uri|Url)\.(try_from|from_str)$", name):
            key = self.dotted(unref(args[0]))
        elif receiver is not None and last == "parse":
            callee = value.child_by_field_name("function")
            declared = target.parent.child_by_field_name("type") if target.parent is not None and (
                target.parent.type == "let_declaration") else None
            kinds = self.text(callee.child_by_field_name("type_arguments")) if callee.type == "generic_function" else (
                self.text(declared) if declared is not None else "")
            if not re.search(r"\b(Uri|Url)\b", kinds):
                return None
            key = self.dotted(unref(receiver))
        else:
            return None
        return key if key != "?" else None

    def _url_part_of(self, node: ts.Node | None) -> str | None:
        """The URL whose host `node` reads (`url.host_str().unwrap_or("")` -> `url`), else None."""
        inner = unwrapped(node) if node is not None else None
        if inner is None or inner.type != "call_expression":
            return None
        name, receiver, _ = self.call_parts(inner)
        if receiver is None or name.rsplit(".", 1)[-1] not in self.URL_PARTS:
            return None
        key = self.dotted(unref(receiver))
        return key if key != "?" else None


# a closure true for any component that is not a plain name (`..`, the root, a Windows prefix)
_NOT_NORMAL = re.compile(r"!\s*matches!\s*\(\s*\w+\s*,\s*(\w+::)*Component::Normal\b|!=\s*(\w+::)*Component::Normal\b")


def _deref(node: ts.Node) -> ts.Node:
    """`*h`, `&host` -> `h`, `host`."""
    while node.type in ("unary_expression", "reference_expression", "parenthesized_expression") and node.named_children:
        node = node.named_children[-1]
    return node


def unwrapped(node: ts.Node) -> ts.Node:
    """`f(x).unwrap()`, `f(x)?`, `f(x).expect("..")` -> `f(x)`."""
    while True:
        if node.type == "try_expression" and node.named_children:
            node = node.named_children[0]
        elif node.type == "call_expression" and node.child_by_field_name("function").type == "field_expression" and (
                node.child_by_field_name("function").child_by_field_name("field").text in (
                b"unwrap", b"expect", b"unwrap_or_default", b"unwrap_or", b"unwrap_or_else", b"map_err", b"ok")):
            node = node.child_by_field_name("function").child_by_field_name("value")
        else:
            return node


def unref(node: ts.Node) -> ts.Node:
    while node.type in ("reference_expression", "parenthesized_expression") and node.named_children:
        node = node.named_children[-1]
    return node
