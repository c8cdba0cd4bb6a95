"""Experiment mode: fine-tune on slices of a lint report, sample answers, judge them, compare misalignment.

Importing this package needs no optional dependency; the parts that train or sample call `require_ml()`,
which raises `MissingExtraError` when the `experiment` extra (torch, transformers, peft, accelerate) is absent.
"""

from __future__ import annotations

from curator.errors import MissingExtraError


def require_ml() -> None:
    """Fail with a one-line message when the `experiment` extra is not installed."""
    missing = []
    for module in ("torch", "transformers", "peft", "accelerate"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        raise MissingExtraError("experiment mode", "experiment", f"missing: {', '.join(missing)}")
