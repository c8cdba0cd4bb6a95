"""Corpus-level analyzers: statistics that only show across many records (number over-representation, triggers).

An analyzer sees every RecordResult once (`observe`), can be merged with the same analyzer from another
worker (`merge`, states must pickle), and at the end writes its tables and returns summary lines.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

from curator.engines import EngineConfig
from curator.model import RecordResult

if TYPE_CHECKING:
    from curator.store import Store

ANALYZERS: dict[str, str] = {
    "numbers": "curator.analyzers.number_excess:NumberStats",
    "triggers": "curator.analyzers.triggers:TriggerStats",
}
DEFAULT_ANALYZERS: tuple[str, ...] = ("numbers", "triggers")


class Analyzer(Protocol):
    name: str

    def __init__(self, config: EngineConfig) -> None: ...

    def observe(self, result: RecordResult) -> None: ...

    def merge(self, other: "Analyzer") -> None: ...

    def finish(self, store: "Store") -> list[str]:
        """Write this analyzer's tables to the store; return lines for the lint summary."""
        ...


def load_analyzers(names: tuple[str, ...], config: EngineConfig) -> list[Analyzer]:
    analyzers = []
    for name in names:
        module_name, _, class_name = ANALYZERS[name].partition(":")
        analyzers.append(getattr(importlib.import_module(module_name), class_name)(config))
    return analyzers
