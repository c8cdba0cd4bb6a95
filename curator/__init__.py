"""sft-curator: lint and curate LLM fine-tuning corpora.

The Python API runs the same pipeline as the `curator` command:

- `lint(data, ...) -> Report`: lint paths or rows in memory (dicts, a pandas DataFrame, a pyarrow Table,
  a `datasets.Dataset` or `IterableDataset`); the Report gives Arrow tables, `flagged`, SQL and `save`.
- `flag(dataset, ...)`: add `curator_flagged`, `curator_max_severity`, `curator_rules`, `curator_cwes`.
- `split(...)`, `scrub(...)`: the `curator split` and `curator scrub` commands.
"""

__version__ = "0.1.0"

# The submodules `curator.lint` and the `curator.scrub` package share names with the API functions.
# Importing them first means a later import never rebinds `curator.lint` / `curator.scrub` to a module.
import curator.lint as _lint_module  # noqa: E402,F401
import curator.scrub as _scrub_package  # noqa: E402,F401
from curator.api import FLAG_COLUMNS, Report, flag, is_flagged, lint, scrub, split  # noqa: E402
from curator.errors import CuratorError, UsageError  # noqa: E402
from curator.lint import LintSummary  # noqa: E402

__all__ = [
    "FLAG_COLUMNS",
    "CuratorError",
    "LintSummary",
    "Report",
    "UsageError",
    "__version__",
    "flag",
    "is_flagged",
    "lint",
    "scrub",
    "split",
]
