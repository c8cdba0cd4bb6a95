"""Hugging Face hub datasets (`hf://org/name[:split]`), streamed; the only reader that uses the network."""

from __future__ import annotations

from typing import Iterator

from curator.corpus.records import canonical_json, error_record, record_from_obj
from curator.corpus.sources import HUB_PREFIX
from curator.errors import MissingExtraError, UsageError
from curator.model import Record


def parse_hub_id(source: str) -> tuple[str, str]:
    """`hf://org/name[:split]` -> (org/name, split); the split defaults to train."""
    name, _, split = source[len(HUB_PREFIX) :].partition(":")
    if not name or name.count("/") > 1 or name.startswith("/") or name.endswith("/"):
        raise UsageError(f"{source}: expected hf://org/name or hf://org/name:split")
    return name, split or "train"


def read_hub(source: str, *, shape: str | None = None, text_field: str | None = None) -> Iterator[Record]:
    name, split = parse_hub_id(source)
    try:
        import datasets
    except ImportError:
        raise MissingExtraError("reading hub datasets", "hf") from None
    try:
        rows = datasets.load_dataset(name, split=split, streaming=True)
    except Exception as exc:  # noqa: BLE001 - any failure to reach or find the dataset is a usage error
        raise UsageError(f"{source}: cannot load the dataset ({type(exc).__name__}: {exc})".splitlines()[0]) from None
    position = 0
    try:
        for obj in rows:
            position += 1
            yield record_from_obj(source, position, canonical_json(obj), "hf", obj, shape, text_field)
    except Exception as exc:  # noqa: BLE001 - a stream that breaks mid-way is reported, not raised
        yield error_record(source, position + 1, b"", "hf", f"cannot read past row {position}: {exc}".splitlines()[0])
    if position == 0:
        yield error_record(source, 0, b"", "hf", "empty dataset split (no rows)")
