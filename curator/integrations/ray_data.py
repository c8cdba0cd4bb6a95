"""Scale `curator.flag` over a Ray cluster with Ray Data (extra `ray`).

    import ray, datasets
    from curator.integrations.ray_data import flag_ray

    hf = datasets.load_dataset("org/name", split="train")
    flagged = flag_ray(hf, concurrency=8, fail_on="high")   # or any ray.data.Dataset (read_json, read_parquet)
    clean = flagged.filter(lambda row: not row["curator_flagged"])
    clean.write_parquet("clean/")

Each Ray worker runs `curator.api.flag_batch` (the per-record pipeline `curator.flag` and every executor
use) through an actor that builds the engines once. Row order is kept (Ray Data's `preserve_order`).
A `datasets.Dataset` on one machine is simpler with `curator.flag(ds, num_proc=N)`.
"""

from __future__ import annotations

from typing import Any

try:
    import ray
    import ray.data
except ImportError as exc:  # pragma: no cover - depends on the environment
    from curator.errors import MissingExtraError

    raise MissingExtraError("the Ray Data recipe", "ray") from exc

import pyarrow as pa

from curator.api import flag_batch, flag_config
from curator.config import LintConfig
from curator.errors import UsageError
from curator.ruleset import rules_version


class FlagBatches:
    """A Ray Data callable class: one per actor, so engines load once and serve every batch."""

    def __init__(self, config: LintConfig, rules: str) -> None:
        self.config = config
        self.rules = rules

    def __call__(self, batch: pa.Table) -> pa.Table:
        columns = flag_batch(batch.to_pydict(), range(batch.num_rows), config=self.config, source="<ray>",
                             rules=self.rules)
        types = {"curator_flagged": pa.bool_(), "curator_max_severity": pa.string(),
                 "curator_rules": pa.list_(pa.string()), "curator_cwes": pa.list_(pa.string())}
        for name, values in columns.items():
            batch = batch.append_column(name, pa.array(values, type=types[name]))
        return batch


def flag_ray(dataset: Any, *, concurrency: int | tuple[int, int] = 2, batch_size: int = 256,
             **options: Any) -> ray.data.Dataset:
    """`dataset` (a ray.data.Dataset, or a datasets.Dataset moved into Ray as Arrow) with the four
    `curator.flag` columns added, linted by `concurrency` Ray actors, order kept.

    Options are `curator.lint`'s (`engines`, `fail_on`, `select`, `ignore`, `roles`, `input_format`,
    `shape_map`, `text_field`, `numbers`, `baseline`). The result is lazy, like every Ray Data dataset.
    """
    if type(dataset).__module__.split(".")[0] == "datasets" and hasattr(dataset, "with_format"):
        table = dataset.with_format("arrow")[:]  # a datasets.Dataset: its rows in its order, as Arrow
        actors = concurrency if isinstance(concurrency, int) else concurrency[1]
        step = max(1, -(-table.num_rows // max(1, actors)))  # one block per actor, so every actor gets work
        dataset = ray.data.from_arrow([table.slice(start, step) for start in range(0, max(1, table.num_rows), step)])
    if not isinstance(dataset, ray.data.Dataset):
        raise UsageError(f"flag_ray() takes a ray.data.Dataset or a datasets.Dataset, not {type(dataset).__name__}")
    config = flag_config(**options)
    flagged = dataset.map_batches(FlagBatches, fn_constructor_kwargs={"config": config, "rules": rules_version()},
                                  batch_format="pyarrow", batch_size=batch_size, concurrency=concurrency)
    # A dataset runs with the DataContext copied when it was made, not the driver's current one: keep order on
    # the dataset itself (setting only the current context left actors' blocks in finishing order at times).
    flagged.context.execution_options.preserve_order = True
    return flagged
