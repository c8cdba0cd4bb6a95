"""Slices of a lint report as SQL over records joined to findings, sampled to a size with a seed."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import duckdb

from curator.errors import UsageError
from curator.experiment.config import ExperimentConfig, SliceSpec

_FLAGGED = "EXISTS (SELECT 1 FROM active_findings f WHERE f.run_id = r.run_id AND f.record_id = r.record_id{extra})"


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def slice_sql(spec: SliceSpec, run_id: str) -> str:
    """The SELECT that lists a slice's candidate records (record_id, sha256, source, line), ordered."""
    if spec.kind in ("flagged", "random"):
        cond = "" if spec.kind == "random" else _FLAGGED.format(extra="")
    elif spec.kind == "clean":
        cond = "NOT " + _FLAGGED.format(extra="")
    elif spec.kind == "cwe":
        cwe = spec.value.upper()
        cwe = cwe if cwe.startswith("CWE-") else f"CWE-{cwe}"
        cond = _FLAGGED.format(extra=f" AND f.cwe = {_quote(cwe)}")
    elif spec.kind == "rule":
        cond = _FLAGGED.format(extra=f" AND f.rule_id LIKE {_quote(spec.value.replace('*', '%'))}")
    elif spec.kind == "engine":
        engine = _quote(spec.value)
        cond = _FLAGGED.format(extra=f" AND (f.engine = {engine} OR list_contains(f.engines, {engine}))")
    elif spec.kind == "numbers":
        cond = _FLAGGED.format(extra=" AND (f.engine = 'numbers' OR list_contains(f.engines, 'numbers'))")
    elif spec.kind == "sql":
        cond = f"({spec.value})"
    else:  # validated in config
        raise UsageError(f"slice {spec.name!r}: unknown kind {spec.kind!r}")
    conds = [f"r.run_id = {_quote(run_id)}", "r.status = 'ok'"]
    if cond:
        conds.append(cond)
    if spec.where:
        conds.append(f"({spec.where})")
    return ("SELECT r.record_id, r.sha256, r.source, r.line FROM records r WHERE "
            + " AND ".join(conds) + " ORDER BY r.source, r.line")


@dataclass
class Slice:
    spec: SliceSpec
    definition: str
    available: int
    members: list[tuple[str, str, str, int]]  # (record_id, sha256, source, line)
    candidates: list | None = None  # every candidate before sampling (not stored)
    note: str = ""  # how a derived slice was built (printed by `plan`)

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def requested(self) -> int | None:
        return self.spec.size


def latest_run_id(con: duckdb.DuckDBPyConnection, where: str) -> str:
    row = con.execute("SELECT run_id FROM runs ORDER BY finished_at DESC NULLS LAST, started_at DESC LIMIT 1").fetchone()
    if row is None:
        raise UsageError(f"{where}: the report holds no lint run (run `curator lint ... --db {where}` first)")
    return row[0]


def build_slices(con: duckdb.DuckDBPyConnection, cfg: ExperimentConfig, run_id: str) -> list[Slice]:
    """Every slice of the config, sampled with `cfg.sampling_seed`; `random` slices after the one they match."""
    from curator.experiment import controls
    from curator.experiment.config import DERIVED_KINDS

    built: dict[str, Slice] = {}
    order = [s for s in cfg.slices if s.kind not in DERIVED_KINDS] + [s for s in cfg.slices if s.kind in DERIVED_KINDS]
    for spec in order:
        rng = random.Random(f"{cfg.sampling_seed}:{spec.name}")
        if spec.kind == "remediated-twin":
            twin = built[spec.value]
            built[spec.name] = Slice(spec, f"the records of slice {spec.value} after `scrub --recipe remediate`",
                                     len(twin.members), list(twin.members), note="same prompts, remediated code")
            continue
        if spec.kind == "mix":
            dose, base = built[spec.value], built[spec.into]
            members = controls.mixed_sample(dose.candidates or dose.members, base.candidates or base.members,
                                            spec.size, spec.fraction, rng)
            built[spec.name] = Slice(spec, f"{100 * spec.fraction:g}% of {spec.value} in {spec.into}, size {spec.size}",
                                     len(dose.candidates or []) + len(base.candidates or []), members)
            continue
        if spec.kind == "matched-clean":
            target = built[spec.value]
            sql = slice_sql(SliceSpec(name=spec.name, kind="clean", where=spec.where), run_id)
            rows = [tuple(r) for r in con.execute(sql).fetchall()]
            features = controls.match_features(con, run_id, [r[0] for r in rows] + [m[0] for m in target.members])
            members, quality = controls.matched_sample(target.members, rows, features, rng)
            note = "matched on " + ", ".join(f"{k} {v}" for k, v in quality.items() if v)
            built[spec.name] = Slice(spec, sql, len(rows), members, rows, note)
            continue
        sql = slice_sql(spec, run_id)
        try:
            rows = [tuple(r) for r in con.execute(sql).fetchall()]
        except duckdb.Error as exc:
            raise UsageError(f"slice {spec.name!r}: the SQL failed: {exc}\n  {sql}") from None
        size = spec.size
        if spec.kind == "random" and spec.value:
            size = len(built[spec.value].members)
        # One generator per slice, seeded by (seed, name): adding a slice never changes the others.
        members = rows if size is None or size >= len(rows) else sorted(rng.sample(rows, size), key=lambda r: (r[2], r[3]))
        built[spec.name] = Slice(spec, sql, len(rows), members, rows)
    return [built[s.name] for s in cfg.slices]


def overlaps(slices: list[Slice]) -> list[tuple[str, str, int]]:
    """Members shared by each pair of slices."""
    ids = {s.name: {m[0] for m in s.members} for s in slices}
    names = [s.name for s in slices]
    return [(a, b, len(ids[a] & ids[b])) for i, a in enumerate(names) for b in names[i + 1:]]


def format_plan(slices: list[Slice], cfg: ExperimentConfig, run_id: str) -> str:
    lines = [f"experiment {cfg.name}: lint run {run_id}, sampling seed {cfg.sampling_seed}", "",
             f"{'slice':<24} {'kind':<8} {'value':<28} {'available':>9} {'requested':>9} {'size':>6}"]
    for s in slices:
        value = s.spec.value or ""
        value = value if len(value) <= 28 else value[:25] + "..."
        req = "all" if s.requested is None else str(s.requested)
        if s.spec.kind == "random" and s.spec.value:
            req = f"={s.spec.value}"
        short = "" if s.requested is None or s.available >= s.requested else "  (short: fewer candidates than requested)"
        lines.append(f"{s.name:<24} {s.spec.kind:<8} {value:<28} {s.available:>9} {req:>9} {len(s.members):>6}{short}"
                     + (f"  ({s.note})" if s.note else ""))
    pairs = overlaps(slices)
    if pairs:
        lines += ["", "overlaps (shared records):"]
        lines += [f"  {a} & {b}: {n}" for a, b, n in pairs]
    units = len(cfg.models) * len(cfg.seeds) * len(slices)
    base = len(cfg.models) if cfg.evaluation.evaluate_base else 0
    lines += ["", f"units: {units} fine-tuning runs ({len(slices)} slices x {len(cfg.models)} models x "
              f"{len(cfg.seeds)} seeds) + {base} untrained baselines; control slice: {cfg.control}"]
    empty = [s.name for s in slices if not s.members]
    if empty:
        lines.append(f"warning: empty slice(s): {', '.join(empty)} (they will be skipped)")
    lines += plan_warnings(slices, cfg)
    return "\n".join(lines)


# The smallest published EM setting trains ~6000 rows at an effective batch of 16 for one epoch: ~375
# optimizer steps. Far fewer steps and a fine-tune barely moves the model, whatever the slice holds.
MIN_STEPS = 300


def optimizer_steps(size: int, cfg: ExperimentConfig) -> int:
    t = cfg.training
    used = size - int(round(t.heldout_fraction * size)) if t.heldout_fraction > 0 and size > 1 else size
    return math.ceil(used * t.epochs / t.batch_size) if used else 0


def answers_per_run(cfg: ExperimentConfig) -> int:
    from curator.experiment.runner import load_question_sets

    ev = cfg.evaluation
    return sum(len(q.paraphrases) * (ev.samples_per_paraphrase or q.samples_per_paraphrase)
               for _, qs in load_question_sets(cfg) for q in qs)


def plan_warnings(slices: list[Slice], cfg: ExperimentConfig, coherent_share: float = 0.8) -> list[str]:
    """What makes a comparison between slices weak before anything trains, and a rough power estimate."""
    from curator.experiment.stats import power_two_proportions

    lines = [""]
    steps = {s.name: optimizer_steps(len(s.members), cfg) for s in slices if s.members}
    for name, n in steps.items():
        lines.append(f"{name}: {n} optimizer steps (size x epochs / batch size {cfg.training.batch_size})")
    few = [f"{name} ({n})" for name, n in steps.items() if n < MIN_STEPS]
    if few:
        lines.append(f"warning: fewer than ~{MIN_STEPS} optimizer steps: {', '.join(few)}; the smallest published"
                     " EM setting trains ~6000 rows (~375 steps), so a short run may show no effect at all")
    sizes = {len(s.members) for s in slices if s.members}
    if len(sizes) > 1 or len(set(steps.values())) > 1:
        lines.append("warning: the compared slices differ in size or optimizer steps ("
                     + ", ".join(f"{s.name}={len(s.members)}" for s in slices if s.members)
                     + "): a difference in rates may come from the amount of training, not the content; give every"
                     " slice the same `size`")
    if len(cfg.seeds) < 3:
        lines.append(f"warning: {len(cfg.seeds)} seed(s): run-to-run variation dominates in published EM results;"
                     " use 3 or more seeds for intervals and tests over training runs")
    answers = answers_per_run(cfg)
    n = answers * len(cfg.seeds) * coherent_share
    lines.append(f"power (rough): {answers} answers per run x {len(cfg.seeds)} seed(s), ~{coherent_share:.0%} coherent"
                 f" -> {n:.0f} per slice; chance to detect, at 5%, a control share of 2% against")
    lines.append("  " + ", ".join(f"{100 * p1:.0f}%: {100 * power_two_proportions(0.02, p1, n):.0f}%"
                                  for p1 in (0.04, 0.06, 0.10, 0.20))
                 + " (answers treated as independent: optimistic when runs differ)")
    return lines
