"""Replacements that keep only word characters: `s.replaceAll("[^a-zA-Z0-9_]", "")` and its kin in each language.

What is left holds letters, digits and underscores alone: no quote, separator, dot, slash, line break or
pattern metacharacter, so the value can no longer change the syntax of SQL, a shell command, a path, a
pattern, a header or a filter. The adapters mark such a result `@validated`.
"""

from __future__ import annotations

import re

# a negated class of word-character ranges only (`[^a-zA-Z0-9_]`, `[^\w]`, `[^A-Z\d]`), optionally repeated,
# inside the language's quotes or PCRE delimiters (flags after a closing delimiter allowed)
_WORD_CLASS = re.compile(r"""^(?:@?["'`]|["']/)\[\^(?:a-z|A-Z|0-9|_|\\\\?w|\\\\?d)+\][+*]?(?:/[a-z]*)?["'`]$""")
_EMPTY = frozenset({'""', "''", "``", '@""', "String.Empty", "string.Empty"})


def strips_to_word(pattern: str, replacement: str) -> bool:
    """Whether replacing every match of `pattern` (source text) with `replacement` (source text) keeps word
    characters only."""
    return replacement.strip() in _EMPTY and _WORD_CLASS.match(pattern.strip()) is not None
