"""Tree-sitter grammars from the per-language wheels, loaded once per process."""

from __future__ import annotations

import functools
import importlib

import tree_sitter as ts

# language -> (module, function returning the grammar pointer)
GRAMMARS: dict[str, tuple[str, str]] = {
    "python": ("tree_sitter_python", "language"),
    "javascript": ("tree_sitter_javascript", "language"),
    "typescript": ("tree_sitter_typescript", "language_tsx"),  # tsx parses plain TS too
    "bash": ("tree_sitter_bash", "language"),
    "go": ("tree_sitter_go", "language"),
    "java": ("tree_sitter_java", "language"),
    "ruby": ("tree_sitter_ruby", "language"),
    "php": ("tree_sitter_php", "language_php"),  # accepts `<?php` files with HTML around
    "c": ("tree_sitter_c", "language"),
    "cpp": ("tree_sitter_cpp", "language"),
    "csharp": ("tree_sitter_c_sharp", "language"),
    "rust": ("tree_sitter_rust", "language"),
}

# A language whose snippets also get another language's rules (same node kinds for every construct those
# rules look at): TypeScript is parsed with the TSX grammar, a superset of JavaScript's; C++'s grammar is a
# superset of C's.
EXTENDS: dict[str, str] = {"typescript": "javascript", "cpp": "c"}


@functools.cache
def grammar(language: str) -> ts.Language | None:
    if language not in GRAMMARS:
        return None
    module_name, func = GRAMMARS[language]
    module = importlib.import_module(module_name)
    return ts.Language(getattr(module, func)())


@functools.cache
def parser(language: str) -> ts.Parser | None:
    lang = grammar(language)
    return ts.Parser(lang) if lang is not None else None
