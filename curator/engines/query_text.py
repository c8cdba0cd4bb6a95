"""Read a tree-sitter query's text without compiling it: where each top-level pattern is, and which of its
captures every match holds.

Compiling a query costs up to tens of milliseconds per rule with the larger grammars (C#, Ruby, TSX), and
the tree-sitter engine needs these two facts for every rule before it scans (they decide where a rule can
fire). This reader follows the syntax of tree-sitter's own query parser (query.c) and its capture
quantifiers: a capture on a step counts once, siblings and children add up, an alternation holds a capture
only when every branch does, and `?`/`*` make everything inside optional. Anything it does not know makes
it give up (None): the caller then compiles the query and asks tree-sitter.
"""

from __future__ import annotations

from dataclasses import dataclass

# Characters of identifiers (node names, field names, capture names) as tree-sitter's query parser reads them.
_IDENT_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
_IDENT = _IDENT_START | frozenset(".?!")


@dataclass
class PatternText:
    """One top-level pattern: its text (comments blanked) and the captures that every match holds."""

    text: str
    required: frozenset[str]  # captures with quantifier One or OneOrMore


class _Unknown(Exception):
    """Syntax this reader does not follow: the caller compiles the query instead."""


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip(self) -> None:
        """Whitespace and `;` comments."""
        text, pos = self.text, self.pos
        while pos < len(text):
            char = text[pos]
            if char.isspace():
                pos += 1
            elif char == ";":
                end = text.find("\n", pos)
                pos = len(text) if end == -1 else end + 1
            else:
                break
        self.pos = pos

    def ident(self) -> str:
        start = self.pos
        if not self.peek() or self.peek() not in _IDENT_START:
            raise _Unknown(f"identifier expected at {start}")
        while self.peek() and self.peek() in _IDENT:
            self.pos += 1
        return self.text[start:self.pos]

    def string(self) -> None:
        """A string literal (its value does not matter here); tree-sitter rejects a line break inside."""
        assert self.peek() == '"'
        pos = self.pos + 1
        text = self.text
        while pos < len(text):
            char = text[pos]
            if char == "\\":
                pos += 2
                continue
            if char == '"':
                self.pos = pos + 1
                return
            if char == "\n":
                break
            pos += 1
        raise _Unknown("unterminated string")

    # Each parse returns {capture: holds in every match} for the captures it names, or None for a predicate.
    def pattern(self) -> dict[str, bool] | None:
        self.skip()
        char = self.peek()
        if char == "[":
            self.pos += 1
            branches: list[dict[str, bool]] = []
            while True:
                self.skip()
                if self.peek() == "]":
                    self.pos += 1
                    break
                if not self.peek():
                    raise _Unknown("unterminated alternation")
                branch = self.pattern()
                if branch is None:
                    raise _Unknown("predicate inside an alternation")
                branches.append(branch)
            if not branches:
                raise _Unknown("empty alternation")
            names = {name for branch in branches for name in branch}
            found = {name: all(branch.get(name, False) for branch in branches) for name in names}
        elif char == "(":
            self.pos += 1
            self.skip()
            inner = self.peek()
            if inner in ("(", '"', "["):  # a grouped sequence of sibling patterns
                found = {}
                while True:
                    self.skip()
                    if self.peek() == ")":
                        self.pos += 1
                        break
                    if not self.peek():
                        raise _Unknown("unterminated group")
                    if self.peek() == ".":  # an anchor between siblings
                        self.pos += 1
                        continue
                    child = self.pattern()
                    if child is not None:
                        _add(found, child)
            elif inner in ("#", "."):  # a predicate: (#eq? @a "x"), (.eq? ...)
                self.pos += 1
                self.ident()
                while True:
                    self.skip()
                    char = self.peek()
                    if char == ")":
                        self.pos += 1
                        return None
                    if char == "@":
                        self.pos += 1
                        self.ident()
                    elif char == '"':
                        self.string()
                    elif char and char in _IDENT_START:
                        self.ident()
                    else:
                        raise _Unknown(f"unexpected {char!r} in a predicate")
            else:  # a named node (or `_`), maybe a supertype/subtype pair, then its children
                name = self.ident()
                if name == "MISSING":
                    raise _Unknown("MISSING node")
                if self.peek() == "/":
                    self.pos += 1
                    self.ident()
                found = {}
                while True:
                    self.skip()
                    char = self.peek()
                    if char == ")":
                        self.pos += 1
                        break
                    if not char:
                        raise _Unknown("unterminated node")
                    if char == ".":
                        self.pos += 1
                    elif char == "!":
                        self.pos += 1
                        self.ident()
                    else:
                        child = self.pattern()
                        if child is not None:
                            _add(found, child)
        elif char == '"':
            self.string()
            found = {}
        elif char == "_" and (self.pos + 1 >= len(self.text) or self.text[self.pos + 1] not in _IDENT):
            self.pos += 1
            found = {}
        elif char and char in _IDENT_START:  # a field: `name: pattern`
            self.ident()
            self.skip()
            if self.peek() != ":":
                raise _Unknown("field name without ':'")
            self.pos += 1
            child = self.pattern()
            if child is None:
                raise _Unknown("a field holding a predicate")
            found = child
        else:
            raise _Unknown(f"unexpected {char!r} at {self.pos}")
        # Suffixes: quantifiers and captures, in any order; a `?` or `*` makes the whole pattern optional.
        optional = False
        while True:
            self.skip()
            char = self.peek()
            if char in ("?", "*"):
                optional = True
                self.pos += 1
            elif char == "+":
                self.pos += 1
            elif char == "@":
                self.pos += 1
                found[self.ident()] = True
            else:
                break
        if optional:
            found = dict.fromkeys(found, False)
        return found


def _add(into: dict[str, bool], more: dict[str, bool]) -> None:
    """Siblings and children: a capture is held when any of them holds it."""
    for name, held in more.items():
        into[name] = into.get(name, False) or held


def read_patterns(text: str) -> list[PatternText] | None:
    """The top-level patterns of a query in order, or None when the text holds syntax this reader does not
    follow (compile it then). A top-level predicate is a pattern of its own, as tree-sitter counts them."""
    reader = _Reader(text)
    starts: list[int] = []
    found: list[dict[str, bool]] = []
    try:
        while True:
            reader.skip()
            if not reader.peek():
                break
            starts.append(reader.pos)
            captures = reader.pattern()
            found.append(captures if captures is not None else {})
    except (_Unknown, RecursionError):
        return None
    out = []
    blanked = _blank_comments(text)
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        captures = found[index]
        out.append(PatternText(blanked[start:end], frozenset(n for n, held in captures.items() if held)))
    return out


def _blank_comments(text: str) -> str:
    """The text with `;` comments (outside strings) turned into spaces, offsets unchanged."""
    out = list(text)
    pos, in_string = 0, False
    while pos < len(text):
        char = text[pos]
        if in_string:
            if char == "\\":
                pos += 2
                continue
            if char == '"' or char == "\n":
                in_string = False
        elif char == '"':
            in_string = True
        elif char == ";":
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            out[pos:end] = " " * (end - pos)
            pos = end
            continue
        pos += 1
    return "".join(out)
