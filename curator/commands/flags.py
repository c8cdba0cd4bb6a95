"""Flag values several commands read the same way."""

from __future__ import annotations


def comma_separated(values: tuple[str, ...]) -> tuple[str, ...]:
    """`--engines a,b --engines c` -> ("a", "b", "c"): a repeatable flag whose values may also be comma-separated."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())
