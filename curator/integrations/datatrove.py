"""A datatrove pipeline step: drop or tag documents whose text holds flagged code (extra `datatrove`).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from curator.integrations.datatrove import CuratorFilter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("raw/"),
        CuratorFilter(fail_on="high", exclusion_writer=JsonlWriter("flagged/")),  # or mode="tag"
        JsonlWriter("clean/"),
    ], tasks=4).run()

Each document is linted by `curator.api.flag_batch`, the per-record pipeline `curator.flag` and every
executor use. By default a document is the record `{"text": doc.text}` (linted like an assistant turn);
with `from_metadata=True` it is `{**doc.metadata, "text": doc.text}`, so a reader that keeps the
original fields (`prompt`/`completion`, `messages`, ...) is read with the usual shape detection,
`input_format` or `shape_map`.
"""

from __future__ import annotations

from typing import Any

try:
    from datatrove.data import Document
    from datatrove.pipeline.filters.base_filter import BaseFilter
except ImportError as exc:  # pragma: no cover - depends on the environment
    from curator.errors import MissingExtraError

    raise MissingExtraError("the datatrove step", "datatrove") from exc

from curator.api import FLAG_COLUMNS, flag_batch, flag_config
from curator.errors import UsageError
from curator.ruleset import rules_version

MODES = ("filter", "tag")


class CuratorFilter(BaseFilter):
    """Drop documents flagged by curator (`mode="filter"`), or keep all and tag them (`mode="tag"`).

    Tags go to `doc.metadata`: `curator_flagged`, `curator_max_severity`, `curator_rules`,
    `curator_cwes` (in filter mode the dropped documents carry them too, e.g. for an exclusion writer).
    Options are `curator.lint`'s: `engines`, `fail_on`, `select`, `ignore`, `roles`, `input_format`,
    `shape_map`, `text_field`, `numbers`, `baseline`.
    """

    name = "🛡 curator"

    def __init__(self, *, mode: str = "filter", from_metadata: bool = False, batch_size: int = 256,
                 exclusion_writer: Any = None, **options: Any) -> None:
        if mode not in MODES:
            raise UsageError(f"CuratorFilter mode must be one of {', '.join(MODES)}, not {mode!r}")
        super().__init__(exclusion_writer=exclusion_writer, batch_size=batch_size)
        self.mode = mode
        self.from_metadata = from_metadata
        self.config = flag_config(**options)
        self.rules = rules_version()

    def _record(self, doc: Document) -> dict:
        return {**doc.metadata, "text": doc.text} if self.from_metadata else {"text": doc.text}

    def filter_batch(self, batch: list[Document]) -> list[bool | tuple[bool, str]]:
        rows = [self._record(doc) for doc in batch]
        names = list(dict.fromkeys(name for row in rows for name in row))
        columns = {name: [row.get(name) for row in rows] for name in names}
        flags = flag_batch(columns, range(len(batch)), config=self.config, source="<datatrove>", rules=self.rules)
        verdicts: list[bool | tuple[bool, str]] = []
        for i, doc in enumerate(batch):
            for name in FLAG_COLUMNS:
                doc.metadata[name] = flags[name][i]
            flagged = flags["curator_flagged"][i]
            if flagged:
                self.stat_update("curator_flagged")
            if self.mode == "tag" or not flagged:
                verdicts.append(True)
            else:
                verdicts.append((False, "curator_flagged"))
        return verdicts

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        return self.filter_batch([doc])[0]
