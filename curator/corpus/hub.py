"""Hugging Face hub datasets by name, streamed; with fsspec URLs, the only readers that use the network.

`hf://org/name[@revision][:split]` or `hf://org/name[@revision]:config:split` loads the dataset with
`datasets.load_dataset(name, config, split=..., revision=..., streaming=True)` (split defaults to train).
Files in a dataset repository (`hf://datasets/org/name@revision/path`) are read like any other URL,
through huggingface_hub's fsspec file system (see corpus/sources.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from curator.corpus.records import canonical_json, error_record, record_from_obj
from curator.corpus.sources import HUB_PREFIX
from curator.errors import MissingExtraError, UsageError
from curator.model import Record

HUB_FORMS = "hf://org/name[@revision][:split] or hf://org/name[@revision]:config:split"


@dataclass(frozen=True)
class HubId:
    name: str
    split: str = "train"
    config: str | None = None
    revision: str | None = None


def parse_hub_id(source: str) -> HubId:
    """`hf://org/name[@revision][:[config:]split]` -> HubId; the split defaults to train."""
    spec = source[len(HUB_PREFIX):]
    name, *rest = spec.split(":")
    revision = None
    if "@" in name:
        name, _, revision = name.partition("@")
        if not revision:
            raise UsageError(f"{source}: empty revision after '@'; expected {HUB_FORMS}")
    if (not name or name.count("/") > 1 or name.startswith("/") or name.endswith("/") or len(rest) > 2
            or any(not part for part in rest)):
        raise UsageError(f"{source}: expected {HUB_FORMS}")
    config = rest[0] if len(rest) == 2 else None
    split = rest[-1] if rest else "train"
    return HubId(name, split, config, revision)


def read_hub(source: str, *, shape: str | None = None, text_field: str | None = None) -> Iterator[Record]:
    hub = parse_hub_id(source)
    try:
        import datasets
    except ImportError:
        raise MissingExtraError("reading hub datasets", "hf") from None
    try:
        rows = datasets.load_dataset(hub.name, hub.config, split=hub.split, revision=hub.revision, streaming=True)
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
