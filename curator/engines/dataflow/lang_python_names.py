"""Python syntax facts the Python adapter's walk reads: web-route decorators, validators, URL parsers,
node kinds, and small helpers over string nodes."""

from __future__ import annotations

import re
from typing import Iterator

import tree_sitter as ts

SHARED_TEMP_LITERAL = re.compile(rb"""[rbuRBU]{0,2}(?:'{3}|"{3}|'|")/(?:var/tmp|tmp|dev/shm)/[^'"/{}]""")
AS_TEXT = "@as-text"  # made a string (`str(v)`, `v.strip()`, `isinstance(v, str)`): no JSON object or list
# The source of rules that take any value the snippet did not write as a constant (`pickle.loads(blob)`):
# a sink argument that is not constant carries it.
NON_CONSTANT = "non-constant"
NON_CONSTANT_LABEL = frozenset({(NON_CONSTANT, frozenset())})
NO_NEWLINES = "@no-newlines"  # CR/LF removed: the value cannot start a new log line or header
# Methods only a string has: a JSON object or list in their receiver raises instead of passing through.
TEXT_METHODS = frozenset({"strip", "lstrip", "rstrip", "lower", "upper", "casefold", "title", "encode"})
# Exceptions whose text is the server's, not the program's: anything unexpected, database and OS errors.
BROAD_EXCEPTION = re.compile(r"^(?:\w+\.)*(?:Exception|BaseException|Error|DatabaseError|OperationalError|"
                             r"ProgrammingError|IntegrityError|SQLAlchemyError|DBAPIError|OSError|IOError)$")
WRITE_MODE = re.compile(r"""^[rbuRBU]{0,2}["'][^"']*[wax+]""")
# Calls that raise unless their argument is an IP address/network, a UUID or a number: their result, and a plain
# name passed to them (once the call returned), can hold no shell, path or SQL syntax.
PARSE_CHECKS = frozenset({"ipaddress.ip_address", "ipaddress.ip_network", "ipaddress.ip_interface",
                          "ipaddress.IPv4Address", "ipaddress.IPv6Address", "ipaddress.IPv4Network",
                          "ipaddress.IPv6Network", "ipaddress.IPv4Interface", "ipaddress.IPv6Interface",
                          "uuid.UUID", "int", "float", "jsonschema.validate"})
FILE_NAME_ATTRS = frozenset({"filename", "name", "raw_filename", "original_filename"})
UPLOAD_ANNOTATIONS = frozenset({"UploadFile", "fastapi.UploadFile", "starlette.datastructures.UploadFile",
                                "FileStorage", "UploadedFile"})
FIXED_PREFIX_TEXT = re.compile(r"""^[rbuRBU]{0,2}(?:'{3}|"{3}|'|")(?:/[^/\\]|https?://[^/{}'"]+/)""")
# What string formatting looks like in source text: `%`, `+`, `.format`, `", ".join`, an f-string.
# (Only asked whether it matches: an `rf"` prefix holds `f"`, so it needs no branch of its own.)
_FORMAT_CALL = re.compile(rb"\.format\b")
_JOIN_CALL = re.compile(rb"""["']\.join\b""")
_F_STRING = re.compile(rb"""[fF][rR]?["']""")


def builds_string(code: bytes, start: int = 0, end: int | None = None) -> bool:
    """Whether `code[start:end]` looks like it formats a string: `%`, `+`, `.format`, `", ".join`, an f-string.

    One regex of all four alternatives costs ~15 µs a snippet (the `re` engine tries each branch at every
    byte); literal finds first, and a regex only where its literal word occurs, give the same answer."""
    if end is None:
        end = len(code)
    find = code.find
    if find(b"%", start, end) != -1 or find(b"+", start, end) != -1:
        return True
    if find(b".format", start, end) != -1 and _FORMAT_CALL.search(code, start, end) is not None:
        return True
    if find(b".join", start, end) != -1 and _JOIN_CALL.search(code, start, end) is not None:
        return True
    return _F_STRING.search(code, start, end) is not None
# Decorator callee names (last part) that make a function a web route whose parameters come from the URL.
ROUTE_DECORATORS = {"route", "get", "post", "put", "patch", "delete", "api_route", "websocket", "view_config",
                    "api_view", "require_http_methods", "require_GET", "require_POST"}
NON_STRING_ANNOTATIONS = {"int", "float", "bool", "UUID", "uuid.UUID", "date", "datetime"}
STRING_TYPES = {"string", "concatenated_string"}
# Request parts that are text as sent (not parsed JSON, not files): returned as-is, they are HTML.
TEXT_SOURCES = {"request.args", "request.form", "request.values", "request.GET", "request.POST", "request.cookies",
                "request.COOKIES", "request.headers", "request.query_params", "request.data", "request.body"}
# Tests that, when true, say the value they look at is one the program expected: `PATTERN.fullmatch(v)`,
# `v.isdigit()`, Django's host check. The checked value is the call's object for `is*` methods, else its argument.
VALIDATORS = frozenset({"match", "fullmatch", "isdigit", "isdecimal", "isnumeric", "isalnum", "isalpha",
                        "isidentifier", "url_has_allowed_host_and_scheme", "is_safe_url"})
# Form checks that, when true, say every field of the form object passed its declared validators (Django's
# `form.is_valid()`, WTForms' `form.validate_on_submit()`): what the form holds afterwards is validated.
FORM_VALIDATORS = frozenset({"is_valid", "validate_on_submit", "validate"})
# The request's own host: a parsed URL whose host equals it stays on this site.
SAME_HOST = re.compile(r"(?:self\.)?request\.(?:host|get_host\(\)|server_name|url\.hostname|url\.netloc|host_url)")
URL_PARSERS = frozenset({"urlparse", "urlsplit", "urllib.parse.urlparse", "urllib.parse.urlsplit", "urlparse.urlparse",
                         "werkzeug.urls.url_parse", "url_parse"})
# Parts of a parsed URL whose test speaks for the URL (the scheme alone says nothing of the host it reaches).
URL_PARTS = frozenset({"netloc", "hostname", "host"})
# Statements after which a branch does not fall through to the code below the `if`.
EXITS = frozenset({"return_statement", "raise_statement", "continue_statement", "break_statement"})
EXIT_CALLS = ("abort", "exit", "_exit", "HTTPException", "Http404")
# Methods that put their arguments into the object they are called on.
MUTATORS = {"append", "extend", "insert", "add", "update", "appendleft", "setdefault", "write", "push"}
LITERAL_KINDS = frozenset({"integer", "float", "true", "false", "none"})
HOLDS_DEFINITIONS = frozenset({"if_statement", "try_statement", "with_statement", "block", "else_clause",
                                "elif_clause", "except_clause", "finally_clause", "for_statement",
                                "while_statement"})
LEAF_KINDS = frozenset({"integer", "float", "true", "false", "none", "not_operator", "ellipsis", "comment"})


def without_default(node: ts.Node | None) -> ts.Node | None:
    """`url or ""`, `(url)`, `(nxt or "/")`: the value itself (a literal default only stands in for a missing
    value, parentheses change nothing)."""
    while node is not None:
        if node.type == "parenthesized_expression":
            node = node.named_children[0] if node.named_children else None
        elif node.type == "boolean_operator" and node.child_by_field_name("right") is not None and \
                node.child_by_field_name("right").type in STRING_TYPES:
            node = node.child_by_field_name("left")
        else:
            break
    return node


def stringish(node: ts.Node) -> bool:
    if node.type in STRING_TYPES:
        return True
    if node.type == "binary_operator":
        return stringish(node.child_by_field_name("left")) or stringish(node.child_by_field_name("right"))
    if node.type == "parenthesized_expression" and node.named_children:
        return stringish(node.named_children[0])
    return False


def interpolations(node: ts.Node) -> Iterator[ts.Node]:
    """The expressions interpolated into an f-string (or each part of a concatenated string)."""
    if node.type == "concatenated_string":
        for child in node.named_children:
            yield from interpolations(child)
        return
    for child in node.named_children:
        if child.type == "interpolation":
            for part in child.named_children:
                if part.type not in ("format_specifier", "type_conversion"):
                    yield part


def typed_url_parameters(route: str) -> set[str]:
    """`/item/<int:item_id>` and `{item_id:int}`: URL parts the framework converts to numbers."""
    names = set()
    start = route.find("<")
    while start != -1:
        end = route.find(">", start)
        if end == -1:
            break
        converter, _, name = route[start + 1 : end].partition(":")
        if name and converter in ("int", "float", "uuid"):
            names.add(name)
        start = route.find("<", end)
    return names
