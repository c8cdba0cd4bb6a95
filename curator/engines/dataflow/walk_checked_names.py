"""Checks on names that carry no label yet (a method's parameter), for adapters whose string-building rules
take any non-constant value (`string-formatting`): a check on the way marks the text built from the name later.

`validate` gives such a name a `CLEAN` label with the check's marker; `merge` keeps a branch that did not check it
unchecked, so `if ALLOWED.include?(col) ... end` without a leaving branch cleans nothing below it.
"""

from __future__ import annotations

from curator.engines.dataflow.core import CLEAN, VALIDATED


class CheckedNames:
    """Methods of a `Walk` subclass (Ruby, Rust): see walk.py and walk_guards.py for the state they use."""

    def validate(self, keys) -> None:
        for key in keys:
            name = key[1] if isinstance(key, tuple) else key
            if isinstance(name, str) and not self.env.get(name) and self.source(name) is None and "(" not in name:
                marker = key[0] if isinstance(key, tuple) else VALIDATED
                self.env[name] = frozenset({(CLEAN, frozenset({marker}))})
        super().validate(keys)

    def merge(self, states: list) -> None:
        checked = {key for env, _ in states for key, taint in env.items() if any(src == CLEAN for src, _ in taint)}
        for env, consts in states:
            for key in checked:
                # unbound, or bound to a value with no label (`col = params[:c]`) that is not a constant
                if not env.get(key) and key not in consts:
                    env[key] = frozenset({(CLEAN, frozenset())})
        super().merge(states)
