"""Run a scrub recipe over corpora: lint each record, apply the recipe's steps, write what is kept.

Records no step touches are written byte for byte (JSONL: the exact line, terminator included; blank
lines pass through). A changed JSONL record is re-serialized with the json.dumps settings that
reproduce its original line when there are such (key order is always kept), else compact-free
`ensure_ascii=False`. Every action goes to `scrub_actions` when a --db is given.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterator, Sequence, TextIO

from curator.config import LintConfig
from curator.corpus import iter_lines, iter_records, sources
from curator.corpus.sources import DECOMPRESS_ERRORS, split_compression
from curator.errors import UsageError
from curator.lint import Linter, batched
from curator.model import Record, RecordResult
from curator.scrub.messages import dump_line, json_style, message_slots
from curator.scrub.output import AtomicFile, check_targets, with_compression
from curator.scrub.recipes import Recipe
from curator.scrub.transforms import TRANSFORMS, Action, Draft, Env

BATCH = 256


@dataclass
class Outcome:
    """What the recipe made of one record."""

    record: Record
    body: bytes | None  # the new record bytes; None when dropped; the original raw when unchanged
    changed: bool
    actions: list[tuple[int, Action, str, str | None]]  # (step, action, sha before, sha after)
    old_contents: list[str] = field(default_factory=list)
    new_contents: list[str] = field(default_factory=list)
    value: object = None  # the new JSON value (row containers)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def apply_recipe(result: RecordResult, recipe: Recipe, env: Env, text_field: str | None = None) -> Outcome:
    record = result.record
    if record.status != "ok":
        draft = Draft(record, result, None, [], [], [])
    else:
        raw = record.raw[3:] if record.raw.startswith(b"\xef\xbb\xbf") else record.raw
        obj = json.loads(raw.decode("utf-8"))
        draft = Draft(record, result, obj, message_slots(obj, record.shape, text_field),
                      [m.content for m in record.messages], [m.role for m in record.messages])
    style = json_style(record.raw, draft.obj) if draft.obj is not None else {}
    original = copy.deepcopy(draft.obj)
    old_contents = list(draft.contents)
    sha = record.sha256
    logged: list[tuple[int, Action, str, str | None]] = []
    for number, step in enumerate(recipe.steps, 1):
        function = TRANSFORMS[step["transform"]][0]
        if draft.obj is None and step["transform"] != "drop-unreadable":
            continue
        actions = function(draft, step, env)
        if draft.dropped is not None:
            logged.extend((number, a, sha, None) for a in actions)
            return Outcome(record, None, True, logged, old_contents, [])
        after = sha
        if any(a.changed for a in actions):
            after = _sha(dump_line(draft.obj, style))
        logged.extend((number, a, sha, after if a.changed else sha) for a in actions)
        sha = after
    if draft.obj is None or draft.obj == original:
        return Outcome(record, record.raw, False, logged, old_contents, old_contents)
    body = dump_line(draft.obj, style)
    if record.raw.startswith(b"\xef\xbb\xbf"):
        body = b"\xef\xbb\xbf" + body
    return Outcome(record, body, True, logged, old_contents, list(draft.contents), draft.obj)


@dataclass
class ScrubSummary:
    records_in: int = 0
    records_out: int = 0
    dropped: int = 0
    changed: int = 0
    not_applied: int = 0
    unwritable: list[str] = field(default_factory=list)  # kept records with no bytes to write
    outputs: list[str] = field(default_factory=list)
    by_transform: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        done = ", ".join(f"{n} {t}" for t, n in sorted(self.by_transform.items()))
        return (f"{self.records_in} records in, {self.records_out} out: {self.dropped} dropped, "
                f"{self.changed} changed" + (f" ({done})" if done else "")
                + (f", {self.not_applied} fixes not applied" if self.not_applied else "")
                + (f", {len(self.unwritable)} kept but unwritable (no bytes to write)" if self.unwritable else ""))


class Scrubber:
    """One scrub run: the linter, the recipe, the optional store, the running summary."""

    def __init__(self, recipe: Recipe, config: LintConfig, store=None, diff_out: TextIO | None = None) -> None:
        self.recipe = recipe
        self.config = config
        self.linter = Linter(config)
        self.env = Env(rules_dir=None)
        self.store = store
        self.diff_out = diff_out
        self.summary = ScrubSummary()

    def outcomes(self, source: str) -> Iterator[Outcome]:
        records = iter_records([source], shape=self.config.shape, text_field=self.config.text_field)
        for batch in batched(records, BATCH):
            results = self.linter.lint_batch(batch)
            if self.store is not None:
                self.store.add_results(results)
            for result in results:
                outcome = apply_recipe(result, self.recipe, self.env, self.config.text_field)
                self._account(outcome)
                yield outcome

    def _account(self, outcome: Outcome) -> None:
        s = self.summary
        s.records_in += 1
        if outcome.body is None:
            s.dropped += 1
        else:
            s.records_out += 1
            s.changed += outcome.changed
        for _, action, _, _ in outcome.actions:
            if action.applied:
                name = action.transform.split(":")[0]
                s.by_transform[name] = s.by_transform.get(name, 0) + 1
            else:
                s.not_applied += 1
        if self.store is not None and outcome.actions:
            record = outcome.record
            self.store.add_rows("scrub_actions", [{
                "run_id": self.store.run_id, "record_id": record.record_id, "source": record.source,
                "line": record.position, "step": number, "transform": action.transform,
                "rule_id": action.rule_id, "applied": action.applied, "sha256_before": before,
                "sha256_after": after, "detail": action.detail,
            } for number, action, before, after in outcome.actions])
        if self.diff_out is not None and (outcome.changed or any(not a.applied for _, a, _, _ in outcome.actions)):
            write_diff(self.diff_out, outcome)

    # -- writers ------------------------------------------------------------------------------------------
    def write_jsonl(self, source: str, out: AtomicFile | None) -> None:
        """Stream one JSONL source into `out` (None for a dry run)."""
        lines = iter_lines(source)
        pending: tuple[int, bytes] | None = None
        try:
            for outcome in self.outcomes(source):
                position = outcome.record.position
                if position == 0:
                    self.summary.problems.append(outcome.record.error or f"{source}: unreadable")
                    continue
                while True:  # pass blank lines through up to this record's line
                    if pending is None:
                        try:
                            pending = next(lines)
                        except (StopIteration, *DECOMPRESS_ERRORS):
                            pending = None
                            break
                    lineno, line = pending
                    if lineno > position:
                        break
                    pending = None
                    if lineno < position:
                        if out is not None:
                            out.write_line(line)
                        continue
                    if outcome.body is not None and out is not None:
                        terminator = line[len(line.rstrip(b"\r\n")):]
                        out.write_line(line if not outcome.changed else outcome.body + terminator)
                    break
            for lineno, line in ([pending] if pending else []) + list(_rest(lines)):
                if out is not None:
                    out.write_line(line)
        finally:
            lines.close()

    def rows(self, source: str) -> tuple[list[tuple[str, int]], dict[tuple[str, int], object]]:
        keep, replace = [], {}
        for outcome in self.outcomes(source):
            if outcome.record.position == 0:
                self.summary.problems.append(outcome.record.error or f"{source}: unreadable")
                continue
            if outcome.body is None:
                continue
            row = (outcome.record.source, outcome.record.position)  # a DatasetDict's rows name their split
            keep.append(row)
            if outcome.changed:
                replace[row] = outcome.value
        return keep, replace


def _rest(lines: Iterator[tuple[int, bytes]]) -> Iterator[tuple[int, bytes]]:
    try:
        yield from lines
    except DECOMPRESS_ERRORS:
        return


def write_diff(out: TextIO, outcome: Outcome) -> None:
    record = outcome.record
    for number, action, _, _ in outcome.actions:
        mark = "" if action.applied else " (not applied)"
        out.write(f"# {record.record_id}: step {number} {action.transform}{mark}: {action.detail}\n")
    if outcome.body is None:
        out.write(f"--- a/{record.record_id}\n+++ /dev/null (dropped)\n")
        return
    for index, (old, new) in enumerate(zip(outcome.old_contents, outcome.new_contents)):
        if old == new:
            continue
        out.writelines(difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True),
            fromfile=f"a/{record.record_id} message {index + 1}", tofile=f"b/{record.record_id} message {index + 1}"))
        if not new.endswith("\n") or not old.endswith("\n"):
            out.write("\n\\ No newline at end of message\n")


def scrub_corpus(paths: Sequence[str], recipe: Recipe, config: LintConfig, *, out: str | None = None,
                 db: str | None = None, in_place: bool = False, dry_run: bool = False, force: bool = False,
                 diff_out: TextIO | None = None) -> ScrubSummary:
    found = sources(list(paths))
    if not found:
        raise UsageError("no input files found")
    if sum(bool(x) for x in (out, in_place, dry_run)) != 1:
        raise UsageError("give exactly one of --out FILE, --in-place or --dry-run")
    containers = {c for _, c in found}
    if "hub" in containers and not dry_run:
        raise UsageError("a hub dataset cannot be scrubbed in place or written back; download it first")
    if out is not None and len(containers) != 1:
        raise UsageError(f"inputs mix containers ({', '.join(sorted(containers))}); scrub them separately")
    input_paths = [s for s, _ in found]
    targets: list[tuple[list[tuple[str, str]], str]] = []  # (sources, target)
    if out is not None:
        compressions = {split_compression(s)[1] for s, c in found if c == "jsonl"}
        if len(compressions) > 1:
            raise UsageError("JSONL inputs mix compressions; scrub them separately")
        target = with_compression(out, compressions.pop() if compressions else None)
        check_targets([target], input_paths, force=force)
        targets.append((found, target))
    elif in_place:
        for item in found:
            backup = item[0] + ".bak"
            if os.path.lexists(backup) and not force:
                raise UsageError(f"{backup}: a backup already exists; pass --force to scrub again (the backup,"
                                 " which holds the original, is kept)")
            targets.append(([item], item[0]))
    else:
        targets.append((found, ""))

    store = None
    if db is not None and not dry_run:
        from curator.ruleset import rules_version
        from curator.store import Store

        store = Store(db, append=os.path.exists(db))
        store.begin_run(input_paths, config.engines, {**config.as_dict(), "scrub_recipe": recipe.name},
                        rules_version())
    scrubber = Scrubber(recipe, config, store, diff_out if dry_run else None)
    started = datetime.now(timezone.utc).replace(tzinfo=None)
    try:
        for items, target in targets:
            _write_target(scrubber, items, target, in_place=in_place, dry_run=dry_run)
            if target:
                scrubber.summary.outputs.append(target)
        if store is not None:
            s = scrubber.summary
            store.add_rows("scrub_runs", [{
                "run_id": store.run_id, "started_at": started,
                "finished_at": datetime.now(timezone.utc).replace(tzinfo=None), "recipe": recipe.name,
                "recipe_path": recipe.path, "recipe_sha256": recipe.sha256, "steps": json.dumps(recipe.steps),
                "inputs": input_paths, "outputs": s.outputs, "in_place": in_place, "dry_run": dry_run,
                "records_in": s.records_in, "records_out": s.records_out, "records_dropped": s.dropped,
                "records_changed": s.changed}])
            store.finish_run(records=s.records_in, records_error=0, snippets=0, findings=0, seconds=0.0,
                             engine_seconds={})
            store.close()
    except BaseException:
        if store is not None:
            store.abort() if store._tmp is not None else store.con.close()
        raise
    return scrubber.summary


def _write_target(scrubber: Scrubber, items: list[tuple[str, str]], target: str, *, in_place: bool,
                  dry_run: bool) -> None:
    container = items[0][1]
    if container == "jsonl":
        compression = split_compression(target)[1] if target else None
        if in_place:
            compression = split_compression(items[0][0])[1]
        out = AtomicFile(target, compression) if not dry_run else None
        try:
            for source, _ in items:
                scrubber.write_jsonl(source, out)
            if out is not None:
                if in_place:
                    keep_original(target)
                out.commit()
        except BaseException:
            if out is not None:
                out.discard()
            raise
        return
    from curator.scrub.tables import write_rows

    keep, replace = [], {}
    for source, _ in items:
        k, r = scrubber.rows(source)
        keep.extend(k)
        replace.update(r)
    if dry_run:
        return
    if in_place:
        keep_original(target)
    unwritable = write_rows(container, [s for s, _ in items], keep, target, replace)
    scrubber.summary.unwritable.extend(unwritable)
    scrubber.summary.problems.extend(f"unwritable: {reason}" for reason in unwritable)


def keep_original(target: str) -> None:
    """Back up an input before rewriting it in place; an existing backup is the older original, so it stays."""
    backup = target + ".bak"
    if os.path.lexists(backup):
        return
    if os.path.isdir(target):
        shutil.copytree(target, backup)
    else:
        shutil.copy2(target, backup)


def default_config(recipe: Recipe, overrides: dict | None = None) -> LintConfig:
    from curator.config import resolve_config

    lint = dict(recipe.lint)
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in lint.items()}
    values.update({k: v for k, v in (overrides or {}).items() if v not in (None, ())})
    return resolve_config(values)
