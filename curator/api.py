"""The Python API: `lint`, `flag`, `split` and `scrub` over the same pipeline as the command line.

Every function resolves its settings with `curator.config.resolve_config` (so `[tool.curator]` in the
nearest pyproject.toml applies, and keyword arguments override it like flags do) and runs the same
functions the commands run: `curator.lint.lint_to_store` and the sharded executors for `lint`,
`curator.lint.Linter.lint_batch` (the per-record pipeline every executor uses) for `flag`, and the split
and scrub modules for `split` and `scrub`. Nothing here detects anything on its own.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, Union

import pyarrow as pa

from curator.config import LintConfig, resolve_config
from curator.errors import UsageError
from curator.lint import Linter, LintSummary, check_output_folder, lint_to_store
from curator.model import SEVERITY_RANK, Record, RecordResult

if TYPE_CHECKING:  # pragma: no cover - only for type checkers
    import datasets
    import pandas

    from curator.scrub.scrub import ScrubSummary

PathLike = Union[str, "os.PathLike[str]"]
# What `lint` reads: paths (anything the command line reads), or rows already in memory.
LintInput = Union[PathLike, Sequence[PathLike], Iterable[Mapping[str, Any]], "pandas.DataFrame", pa.Table,
                  "datasets.Dataset", "datasets.IterableDataset"]

DatasetLike = Union["datasets.Dataset", "datasets.IterableDataset", "pandas.DataFrame"]

# Container name of records that came from memory rather than a file.
MEMORY_CONTAINER = "memory"
ROW_BATCH = 1024


def is_flagged(severities: Iterable[str], fail_on: str, *, readable: bool = True) -> bool:
    """Whether a row is flagged, by the one definition in `curator.flagged`: an active (not suppressed)
    finding at or above `fail_on`; an `info` finding never flags (a flaw in a rejected preference answer
    is info), and `fail_on="never"` flags nothing. An unreadable row is flagged too, as `split` puts it
    on the flagged side: dropping the flagged rows must never keep one nobody could check."""
    from curator.flagged import any_flags

    return not readable or any_flags(severities, fail_on)


class Report:
    """The result of `curator.lint`: a finished DuckDB report and its summary.

    The tables come back as pyarrow Tables (`.to_pandas()` gives a DataFrame). `flagged` has one boolean
    per input row, in input order. A report written to a temporary file (no `db=`) lives as long as this
    object; `save(path)` keeps a copy.
    """

    def __init__(self, path: str, summary: LintSummary, fail_on: str, *,
                 scratch: tempfile.TemporaryDirectory | None = None) -> None:
        self.path = path
        self.summary = summary
        self.fail_on = fail_on
        self._scratch = scratch
        if scratch is not None:
            weakref.finalize(self, scratch.cleanup)

    def __repr__(self) -> str:
        return f"<curator.Report {self.summary.line()}>"

    @property
    def run_id(self) -> str:
        return self.summary.run_id

    @property
    def failed(self) -> bool:
        """What `curator lint` would exit 1 for: findings at or above fail_on, or unreadable records."""
        return self.summary.fails(self.fail_on)

    def sql(self, query: str, parameters: Sequence[Any] | None = None) -> pa.Table:
        """Run read-only SQL against the report (tables, views: see the README) and return an Arrow table."""
        from curator.store import open_report

        con = open_report(self.path)
        try:
            relation = con.cursor().sql(query, params=list(parameters) if parameters else None)
            return relation.to_arrow_table() if relation is not None else pa.table({})
        finally:
            con.close()

    def _run_table(self, select: str) -> pa.Table:
        return self.sql(select, [self.run_id])

    @property
    def records(self) -> pa.Table:
        """One row per input record, in input order: source, line, sha256, format, status, error, counts."""
        return self._run_table(_ORDERED_RECORDS.format(columns="r.* EXCLUDE (run_id)"))

    @property
    def findings(self) -> pa.Table:
        """Every finding (suppressed ones too, with the reason in `suppressed`), with its record's source and line."""
        return self._run_table(
            "SELECT r.source, r.line AS record_line, f.* EXCLUDE (run_id) FROM findings f"
            " JOIN records r ON r.run_id = f.run_id AND r.record_id = f.record_id JOIN " + _SOURCE_ORDER
            + " ON s.source = r.source WHERE f.run_id = $1"
            " ORDER BY s.first, r.line, f.message_index, f.line, f.col, f.rule_id")

    @property
    def number_stats(self) -> pa.Table:
        """Corpus-level over-representation of loaded numbers (one row per listed number seen)."""
        return self._run_table("SELECT * EXCLUDE (run_id) FROM number_stats WHERE run_id = $1")

    @property
    def trigger_stats(self) -> pa.Table:
        """Prompt tokens, first lines and system prompts associated with flagged records, ranked."""
        return self._run_table("SELECT * EXCLUDE (run_id) FROM trigger_stats WHERE run_id = $1 ORDER BY rank")

    @property
    def flagged(self) -> list[bool]:
        """One boolean per input record, in input order: whether it is flagged at this report's fail_on."""
        rows = self._run_table(
            "SELECT r.status, list(f.severity) FILTER (WHERE f.severity IS NOT NULL) AS severities"
            " FROM records r JOIN " + _SOURCE_ORDER + " USING (source)"
            " LEFT JOIN findings f ON f.run_id = r.run_id AND f.record_id = r.record_id AND f.suppressed IS NULL"
            " WHERE r.run_id = $1 GROUP BY r.record_id, r.status, s.first, r.line ORDER BY s.first, r.line"
        ).to_pylist()
        return [is_flagged(row["severities"] or (), self.fail_on, readable=row["status"] == "ok") for row in rows]

    def save(self, path: PathLike) -> Path:
        """Copy the DuckDB report to `path` (the same file `curator lint --db` writes); return the path."""
        target = Path(path)
        check_output_folder(str(target), "save")
        if target.exists() and target.resolve() == Path(self.path).resolve():
            return target
        shutil.copyfile(self.path, target)
        return target


# Input order: sources in the order the run read them (their first row), then rows by line.
_SOURCE_ORDER = ("(SELECT source, min(rowid) AS first FROM records WHERE run_id = $1 GROUP BY source) s")
_ORDERED_RECORDS = "SELECT {columns} FROM records r JOIN " + _SOURCE_ORDER + " USING (source)" \
    " WHERE r.run_id = $1 ORDER BY s.first, r.line"


def lint(
    data: LintInput,
    *,
    engines: Sequence[str] | None = None,
    fail_on: str | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    roles: Sequence[str] | None = None,
    input_format: str | None = None,
    shape_map: str | Mapping[str, str] | None = None,
    text_field: str | None = None,
    numbers: Sequence[PathLike] | None = None,
    baseline: PathLike | None = None,
    workers: int | None = None,
    executor: str | None = None,
    db: PathLike | None = None,
    cache: bool | None = None,
    name: str | None = None,
    force: bool = False,
) -> Report:
    """Lint a corpus and return its Report, exactly as `curator lint` would.

    `data` is a path or a list of paths (files, folders, globs, `-`, URLs: anything the command line
    reads), or rows in memory: an iterable of dicts, a pandas DataFrame, a pyarrow Table, a
    `datasets.Dataset` or `datasets.IterableDataset`. Rows in memory are one source named `name`
    (default `<dataframe>`, `<arrow>`, `<dataset>` or `<rows>`), row N at line N.

    Keyword arguments are the command's flags (`engines=["tree-sitter"]`, `fail_on="high"`,
    `input_format="preference"`, `shape_map="prompt=question,answer=solution"`); unset ones come from
    `[tool.curator]` in the nearest pyproject.toml, else the defaults. `workers` and `executor` shard path
    inputs over processes or Ray; rows in memory are linted in this process (scale them with `flag`).
    `db` writes the report there (an existing file that is not a curator report needs `force=True`);
    without it a temporary file lives as long as the Report. Raises `curator.UsageError` for bad
    settings or inputs (a missing file, an unknown engine, paths that hold no record), like the
    command's exit 2.
    """
    rows, default_name = _rows_of(data)
    paths: tuple[str, ...] = () if rows is not None else _paths_of(data)
    if isinstance(shape_map, Mapping):
        shape_map = ",".join(f"{role}={field}" for role, field in shape_map.items())
    overrides = {
        "paths": paths, "db": os.fspath(db) if db is not None else None, "fail_on": fail_on,
        "engines": _tuple(engines), "roles": _tuple(roles), "select": _tuple(select), "ignore": _tuple(ignore),
        "shape": input_format, "shape_map": shape_map, "text_field": text_field,
        "numbers": tuple(os.fspath(n) for n in numbers or ()),
        "baseline": os.fspath(baseline) if baseline is not None else None,
        "cache": cache, "workers": workers, "executor": executor, "quiet": True,
    }
    config = resolve_config(overrides)
    # the command's checks, in its order: outputs first, then inputs that hold no corpus file
    from curator.commands.lint import _lint, guard_lint_outputs
    from curator.empty_input import require_corpus_files, require_records

    guard_lint_outputs(config, force=force)
    if rows is None:
        require_corpus_files(config.paths)
    scratch = None
    if config.db is None:
        scratch = tempfile.TemporaryDirectory(prefix="curator-report-")
        config.db = os.path.join(scratch.name, "report.duckdb")
    if rows is not None and ((workers or 1) > 1 or executor not in (None, "local")):
        raise UsageError("workers and executor shard path inputs; rows in memory are linted in this process "
                         "(use curator.flag(dataset, num_proc=N) to spread them over processes)")
    try:
        if rows is not None:
            source = name or default_name
            records = records_from_rows(rows, source, shape=config.shape, text_field=config.text_field)
            summary = lint_to_store((source,), config, records=records)
        else:
            sharded = _lint(config, None)
            if sharded is None:  # pragma: no cover - only a Slurm-style slice returns nothing
                raise UsageError("this run was one task of a sharded run; merge it with `curator merge`")
            summary = sharded
            require_records(config.db, summary.run_id, config.paths)
    except BaseException:
        if scratch is not None:
            scratch.cleanup()
        raise
    return Report(config.db, summary, config.fail_on, scratch=scratch)


def _tuple(values: Sequence[str] | str | None) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = values.split(",")
    return tuple(v.strip() for v in values if v.strip())


def _paths_of(data: Any) -> tuple[str, ...]:
    if isinstance(data, (str, os.PathLike)):
        return (os.fspath(data),)
    return tuple(os.fspath(p) for p in data)


def _rows_of(data: Any) -> tuple[Iterable[Any] | None, str]:
    """Rows to lint when `data` is in memory (else None): dicts in input order, and a default source name."""
    if isinstance(data, (str, os.PathLike)):
        return None, ""
    if isinstance(data, (pa.Table, pa.RecordBatch)):
        return _arrow_rows(data), "<arrow>"
    module = type(data).__module__.split(".")[0]
    if module == "pandas" and hasattr(data, "columns"):
        return _arrow_rows(pa.Table.from_pandas(data, preserve_index=False)), "<dataframe>"
    if module == "datasets":
        import datasets

        if isinstance(data, (datasets.DatasetDict, datasets.IterableDatasetDict)):
            raise UsageError(f"a DatasetDict holds several splits ({', '.join(data)}); pass one, e.g. data['train']")
        if isinstance(data, datasets.Dataset):
            return _dataset_rows(data), "<dataset>"
        if isinstance(data, datasets.IterableDataset):
            return iter(data), "<dataset>"
    if isinstance(data, Mapping):
        raise UsageError("lint() got one dict; pass a list of records (dicts) or a path")
    if isinstance(data, (list, tuple)) and data and all(isinstance(p, (str, os.PathLike)) for p in data):
        return None, ""
    if isinstance(data, Iterable):
        return data, "<rows>"
    raise UsageError(f"lint() cannot read a {type(data).__name__}; pass paths, dicts, a DataFrame, an Arrow "
                     "table or a datasets.Dataset")


def _arrow_rows(table: pa.Table | pa.RecordBatch) -> Iterator[dict]:
    batches = table.to_batches(max_chunksize=ROW_BATCH) if isinstance(table, pa.Table) else [table]
    for batch in batches:
        yield from batch.to_pylist()


def _dataset_rows(dataset: datasets.Dataset) -> Iterator[dict]:
    for table in dataset.with_format("arrow").iter(batch_size=ROW_BATCH):
        yield from table.to_pylist()


def records_from_rows(rows: Iterable[Any], source: str, *, shape: str | None = None,
                      text_field: str | None = None, start: int = 1) -> Iterator[Record]:
    """One Record per row (row N at line N), read by the same shape reader as every file container."""
    from curator.corpus.records import canonical_json, error_record, record_from_obj

    for position, row in enumerate(rows, start):
        try:
            raw = canonical_json(row) if isinstance(row, dict) else json.dumps(row, default=repr).encode()
        except (RecursionError, ValueError, TypeError) as exc:
            problem = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
            yield error_record(source, position, b"", MEMORY_CONTAINER, f"cannot encode the row: {problem}")
            continue
        yield record_from_obj(source, position, raw, MEMORY_CONTAINER, row, shape, text_field)


# Columns `flag` adds, and their `datasets` types.
FLAG_COLUMNS = ("curator_flagged", "curator_max_severity", "curator_rules", "curator_cwes")

# One Linter per process and configuration: engines load once, then serve every batch of a `flag` map.
_LINTERS: dict[str, Linter] = {}


def _linter(config: LintConfig) -> Linter:
    key = hashlib.sha256(json.dumps(config.as_dict(), sort_keys=True, default=str).encode()).hexdigest()
    linter = _LINTERS.get(key)
    if linter is None:
        linter = _LINTERS[key] = Linter(config)
    return linter


def flag_results(results: Sequence[RecordResult], fail_on: str) -> dict[str, list]:
    """The `flag` columns for linted records: flagged, worst active severity, rule ids and CWEs (sorted)."""
    columns: dict[str, list] = {name: [] for name in FLAG_COLUMNS}
    for result in results:
        active = [f for f in result.findings if f.suppressed is None]
        severities = [f.severity for f in active]
        columns["curator_flagged"].append(is_flagged(severities, fail_on, readable=result.record.status == "ok"))
        columns["curator_max_severity"].append(
            max(severities, key=lambda s: SEVERITY_RANK.get(s, 0)) if severities else None)
        columns["curator_rules"].append(sorted({f.rule_id for f in active}))
        columns["curator_cwes"].append(sorted({f.cwe for f in active if f.cwe}))
    return columns


def flag_batch(batch: Mapping[str, list], indices: Sequence[int], *, config: LintConfig,
               source: str = "<dataset>", rules: str = "") -> dict[str, list]:
    """Lint one batch of rows (a `datasets` batch: column -> values) and return the `flag` columns.

    A pure function of (rows, config): `datasets.map`, Ray Data's `map_batches` and datatrove run it in
    their own workers. `rules` (the rules version) only changes the function's fingerprint, so a cached
    `datasets` map is redone when the rules change."""
    names = list(batch)
    count = len(batch[names[0]]) if names else 0
    rows = ({name: batch[name][i] for name in names} for i in range(count))
    records = []
    for index, record in zip(indices, records_from_rows(rows, source, shape=config.shape,
                                                         text_field=config.text_field)):
        record.position = index + 1  # the row's place in the whole dataset, so record ids stay unique
        records.append(record)
    return flag_results(_linter(config).lint_batch(records), config.fail_on)


def flag_config(**options: Any) -> LintConfig:
    """The LintConfig `flag` uses: the same keyword arguments as `lint` (no paths, db or workers)."""
    shape_map = options.pop("shape_map", None)
    if isinstance(shape_map, Mapping):
        shape_map = ",".join(f"{role}={field}" for role, field in shape_map.items())
    unknown = set(options) - {"engines", "fail_on", "select", "ignore", "roles", "input_format", "text_field",
                              "numbers", "baseline"}
    if unknown:
        raise UsageError(f"flag() got unknown option {sorted(unknown)[0]!r}")
    return resolve_config({
        "fail_on": options.get("fail_on"), "engines": _tuple(options.get("engines")),
        "roles": _tuple(options.get("roles")), "select": _tuple(options.get("select")),
        "ignore": _tuple(options.get("ignore")), "shape": options.get("input_format"), "shape_map": shape_map,
        "text_field": options.get("text_field"), "numbers": tuple(os.fspath(n) for n in options.get("numbers") or ()),
        "baseline": os.fspath(options["baseline"]) if options.get("baseline") else None, "quiet": True,
    })


def flag(dataset: DatasetLike, *, num_proc: int | None = None, batch_size: int = 256,
         **options: Any) -> DatasetLike:
    """Return `dataset` with four added columns, row order kept, via `datasets`' batched `map`:

    - `curator_flagged` (bool): the row has an active finding at or above `fail_on` (info never
      flags; a flaw in a rejected preference answer is info), or it could not be read;
    - `curator_max_severity` (str or None): the worst active finding's severity;
    - `curator_rules`, `curator_cwes` (lists of str): the rules and CWEs that fired, sorted.

    So `dataset.filter(lambda row: not row["curator_flagged"])` is the whole clean-up. `num_proc`
    lints in that many processes (a `datasets.Dataset`); options are `lint`'s (`engines`, `fail_on`,
    `select`, `ignore`, `roles`, `input_format`, `shape_map`, `text_field`, `numbers`, `baseline`).
    The per-record engines run exactly as in `lint`; corpus-level statistics (number over-representation,
    triggers) need the whole corpus: use `lint` for those. Works on a `datasets.IterableDataset` too
    (lazily, without `num_proc`), and on a pandas DataFrame (a copy with the columns added).
    """
    config = flag_config(**options)
    from curator.ruleset import rules_version

    from curator import __version__

    # the fingerprint of a cached `datasets` map changes with the rules and with curator itself
    kwargs = {"config": config, "rules": f"{rules_version()}/{__version__}"}
    module = type(dataset).__module__.split(".")[0]
    if module == "pandas" and hasattr(dataset, "columns"):
        table = pa.Table.from_pandas(dataset, preserve_index=False)
        columns = flag_batch(table.to_pydict(), range(table.num_rows), config=config, source="<dataframe>")
        out = dataset.copy()
        for name, values in columns.items():
            out[name] = values
        return out
    import datasets

    features = datasets.Features({
        "curator_flagged": datasets.Value("bool"), "curator_max_severity": datasets.Value("string"),
        "curator_rules": datasets.Sequence(datasets.Value("string")),
        "curator_cwes": datasets.Sequence(datasets.Value("string")),
    })
    clashing = [name for name in FLAG_COLUMNS if name in (dataset.column_names or ())]
    if clashing:
        raise UsageError(f"the dataset already has a column {clashing[0]!r}; drop it before flagging again")
    if isinstance(dataset, datasets.Dataset):
        return dataset.map(flag_batch, batched=True, batch_size=batch_size, with_indices=True, num_proc=num_proc,
                           fn_kwargs=kwargs, features=datasets.Features({**dataset.features, **features}),
                           desc="curator flag")
    if isinstance(dataset, datasets.IterableDataset):
        if num_proc not in (None, 1):
            raise UsageError("num_proc needs a datasets.Dataset; an IterableDataset is flagged lazily in one process")
        known = dataset.features
        return dataset.map(flag_batch, batched=True, batch_size=batch_size, with_indices=True, fn_kwargs=kwargs,
                           features=datasets.Features({**known, **features}) if known else None)
    raise UsageError(f"flag() takes a datasets.Dataset, IterableDataset or pandas DataFrame, not "
                     f"{type(dataset).__name__}; use lint() for other inputs")


def split(
    paths: PathLike | Sequence[PathLike],
    *,
    clean: PathLike,
    flagged: PathLike,
    rejects: PathLike | None = None,
    db: PathLike | None = None,
    manifest: PathLike | None = None,
    fail_on: str | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    engines: Sequence[str] | None = None,
    force: bool = False,
) -> dict:
    """`curator split`: write every input record to `clean` or `flagged` (unreadable ones to `rejects`
    when given), byte for byte and in order, and return the manifest (counts, outputs with sha256).

    `db` is a finished report to split by; when it is None or the file does not exist yet the inputs
    are linted first (into `db` when given). Raises `curator.UsageError` like the command exits 2.
    """
    from curator.scrub.split import SplitPolicy, read_report, report_policy, split_corpus
    from curator.store import open_report

    inputs = list(_paths_of(paths))
    config = resolve_config({"fail_on": fail_on, "select": _tuple(select), "ignore": _tuple(ignore),
                             "engines": _tuple(engines), "paths": tuple(inputs)})
    policy = SplitPolicy(config.fail_on, config.select, config.ignore)
    db_path = os.fspath(db) if db is not None else None
    # the command's checks before any work: inputs exist, outputs are no input and replace nothing unasked
    from curator.outputs import Output, guard_outputs
    from curator.scrub.preflight import check_inputs_and_outputs

    check_inputs_and_outputs(tuple(inputs), {"--clean": os.fspath(clean), "--flagged": os.fspath(flagged),
                                             "--rejects": os.fspath(rejects) if rejects is not None else None,
                                             "--manifest": os.fspath(manifest) if manifest is not None else None},
                             force)
    if db_path is not None and not os.path.exists(db_path):
        guard_outputs([Output(db_path, "report", "--db")], inputs)
    scratch = None
    try:
        if db_path is None or not os.path.exists(db_path):
            if db_path is None:
                scratch = tempfile.TemporaryDirectory(prefix="curator-split-")
                config.db = os.path.join(scratch.name, "report.duckdb")
            else:
                config.db = db_path
            config.select, config.ignore = (), ()  # the policy picks the findings that flag
            lint_to_store(inputs, config)
        report_path = db_path if db_path is not None else config.db
        assert report_path is not None  # set above when the inputs were linted here
        con = open_report(report_path)
        try:
            if fail_on is None and db_path is not None:  # the report's own threshold, as `split --db` uses
                policy = report_policy(con, policy)
            view = read_report(con, db_path or "(linted on the fly)", policy)
        finally:
            con.close()
        targets = {"clean": os.fspath(clean), "flagged": os.fspath(flagged),
                   "rejects": os.fspath(rejects) if rejects is not None else None}
        return split_corpus(inputs, view, targets, policy=policy, force=force,
                            manifest=os.fspath(manifest) if manifest is not None else None)
    finally:
        if scratch is not None:
            scratch.cleanup()


def scrub(
    paths: PathLike | Sequence[PathLike],
    *,
    recipe: str | PathLike,
    out: PathLike | None = None,
    db: PathLike | None = None,
    in_place: bool = False,
    dry_run: bool = False,
    force: bool = False,
    engines: Sequence[str] | None = None,
    roles: Sequence[str] | None = None,
    diff_out: TextIO | None = None,
) -> ScrubSummary:
    """`curator scrub`: apply a recipe (a shipped name such as `remediate`, or a YAML file) and return
    the summary. Exactly one of `out`, `in_place` or `dry_run`; a dry run writes its diff to `diff_out`
    (default stdout). Every change is recorded in `db` (the `scrub_actions` table) when given."""
    from curator.scrub.recipes import find_recipe
    from curator.scrub.scrub import default_config, scrub_corpus

    from curator.outputs import guard_report_to_append
    from curator.scrub.preflight import check_inputs_and_outputs

    inputs = tuple(_paths_of(paths))
    check_inputs_and_outputs(inputs, {"--out": os.fspath(out) if out is not None else None}, force)
    if db is not None and not dry_run:
        guard_report_to_append(os.fspath(db), "--db", inputs)
    chosen = find_recipe(os.fspath(recipe))
    config = default_config(chosen, {"engines": _tuple(engines), "roles": _tuple(roles)})
    return scrub_corpus(list(_paths_of(paths)), chosen, config, out=os.fspath(out) if out is not None else None,
                        db=os.fspath(db) if db is not None else None, in_place=in_place, dry_run=dry_run,
                        force=force, diff_out=diff_out if diff_out is not None else sys.stdout)
