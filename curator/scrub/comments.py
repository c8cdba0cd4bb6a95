"""Strip comments from code with tree-sitter, keeping the code parseable and the result a fixed point."""

from __future__ import annotations

import re

from curator.engines.languages import parser

COMMENT_TYPES = {"comment", "line_comment", "block_comment"}
# Comments that change how code is read or run: shebangs, encoding cookies, build constraints, pragmas.
KEEP = re.compile(rb"^(#!|#.*coding[:=]|//go:|// \+build|#\s*(type|pragma|pylint|noqa|nosec)\b|//\s*@ts-)")


class StripError(Exception):
    """The code cannot be stripped without breaking it."""


def _comment_spans(root) -> list[tuple[int, int]]:
    spans = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in COMMENT_TYPES:
            spans.append((node.start_byte, node.end_byte))
            continue
        stack.extend(node.children)
    return sorted(spans)


def strip_comments(code: str, language: str) -> tuple[str, int]:
    """Return the code without comments and how many were removed.

    A comment alone on its line takes the line with it; a trailing comment takes the spaces before it;
    a block comment between two tokens leaves one space. Raise StripError when the stripped code would
    not parse although the original did, or when the language has no grammar.
    """
    ts_parser = parser(language)
    if ts_parser is None:
        raise StripError(f"no grammar for {language!r}")
    data = code.encode("utf-8", "surrogatepass")
    tree = ts_parser.parse(data)
    spans = [(s, e) for s, e in _comment_spans(tree.root_node) if not KEEP.match(data[s:e])]
    if not spans:
        return code, 0
    out = bytearray()
    cursor = 0
    for start, end in spans:
        if start < cursor:
            continue
        line_start = data.rfind(b"\n", 0, start) + 1
        line_end = data.find(b"\n", end)
        line_end = len(data) if line_end < 0 else line_end
        before = data[line_start:start]
        after = data[end:line_end]
        if line_start >= cursor and not before.strip() and not after.strip():
            # whole line(s): drop them with one line break
            out += data[cursor:line_start]
            if line_end < len(data):
                cursor = line_end + 1
            else:
                while out.endswith(b"\n") or out.endswith(b"\r"):
                    out.pop()
                cursor = len(data)
            continue
        if not after.strip():
            head = data[cursor:start].rstrip(b" \t")
            out += head
            cursor = end if after.startswith((b"\r", b"\n")) or not after else line_end
            continue
        out += data[cursor:start]
        prev, nxt = data[start - 1 : start], data[end : end + 1]
        if prev.strip() and nxt.strip():
            out += b" "
        cursor = end
    out += data[cursor:]
    stripped = bytes(out)
    if not tree.root_node.has_error and ts_parser.parse(stripped).root_node.has_error:
        raise StripError("the code would not parse without its comments")
    if code.endswith("\n") and stripped and not stripped.endswith(b"\n"):
        stripped += b"\n"
    return stripped.decode("utf-8", "surrogatepass"), len(spans)
