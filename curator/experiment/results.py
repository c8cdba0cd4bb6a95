"""Experiment results in the report's DuckDB file: units, samples, judgments, and bootstrap rates."""

from __future__ import annotations

import json
import random
import time
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa

from curator import __version__
from curator.errors import UsageError
from curator.experiment.config import ExperimentConfig
from curator.store import apply_schema, open_report

ALL_QUESTIONS = "*"


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def unit_id(slice_name: str, model: str, seed: int) -> str:
    return f"{slice_name}|{model}|{seed}"


# Keys a resumed run may change: where things are, how hard to push the judge, and the analysis of the
# results (rates are recomputed from the stored judgments). Everything else decides what is trained,
# sampled or judged, so a change there would mix two experiments under one name.
RESUME_FREE = {"path", "output_dir", "corpus_root", "report_run_id", "control", "aligned_below", "coherent_above",
               "bootstrap_samples", "judge.concurrency", "judge.timeout_s", "judge.retries", "judge.api_key_env"}


def _diff(old, new, where: str) -> str | None:
    if where in RESUME_FREE:
        return None
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            found = _diff(old.get(key), new.get(key), f"{where}.{key}" if where else key)
            if found:
                return found
        return None
    if old != new:
        return f"{where} changed ({json.dumps(old, default=str)} -> {json.dumps(new, default=str)})"
    return None


def config_changes(old: dict, new: dict) -> str | None:
    """What changed between the stored config and this one, as a phrase; None when a resume may go on.

    New models, seeds and slices may be added (new units) when nothing else changed; a model that is in
    both must be the same. Slices are compared with their members in `ResultsDB.begin`."""
    if not old:
        return None
    old_models = {m.get("name"): m for m in old.get("models") or []}
    for m in new.get("models") or []:
        before = old_models.get(m.get("name"))
        if before is not None:
            found = _diff(before, m, f"models[{m.get('name')}]")
            if found:
                return found
    rest = ("models", "seeds", "slices")
    return _diff({k: v for k, v in old.items() if k not in rest}, {k: v for k, v in new.items() if k not in rest}, "")


class ResultsDB:
    """Short connections per write: a training run lasts hours and must not hold the file's lock,
    so `curator experiment status` and `curator query` can read it in between."""

    def __init__(self, path: str | Path, experiment_id: str) -> None:
        self.path = Path(path)
        self.experiment_id = experiment_id
        con = open_report(self.path, read_only=False)
        try:
            apply_schema(con)  # adds the experiment tables to reports written before they existed
        finally:
            con.close()

    def connect(self, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        for attempt in range(50):
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.IOException:
                if attempt == 49:
                    raise UsageError(f"{self.path}: locked by another process") from None
                time.sleep(0.2)
        raise AssertionError("unreachable")

    def _write(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        con = self.connect()
        try:
            con.register("_incoming", pa.Table.from_pylist(rows))
            cols = ", ".join(f'"{c}"' for c in rows[0])
            con.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM _incoming')
        finally:
            con.close()

    def _exec(self, sql: str, params: list | None = None) -> list[tuple]:
        con = self.connect()
        try:
            cur = con.execute(sql, params or [])
            return cur.fetchall() if cur.description else []
        finally:
            con.close()

    # -- experiment and slices ------------------------------------------------------------------------
    def begin(self, cfg: ExperimentConfig, run_id: str, slices) -> None:
        """Record the experiment and its slices. Slices are written once: a resumed run must train on the
        same members, so a config whose slices changed is refused rather than silently re-sampled."""
        known = {r[0]: r for r in self._exec(
            "SELECT slice, kind, coalesce(value, ''), definition, seed, coalesce(requested_size, -1) FROM slices"
            " WHERE experiment_id = ?", [self.experiment_id])}
        config_json = json.dumps(cfg.as_dict(), sort_keys=True, default=str)
        exists = self._exec("SELECT report_run_id FROM experiments WHERE experiment_id = ?", [self.experiment_id])
        if exists and exists[0][0] != run_id:
            raise UsageError(f"experiment {self.experiment_id} was cut from lint run {exists[0][0]}, not {run_id};"
                             " give the experiment a new `name`")
        if exists:
            old = self._exec("SELECT config FROM experiments WHERE experiment_id = ?", [self.experiment_id])[0][0]
            changed = config_changes(json.loads(old) if old else {}, json.loads(config_json))
            if changed:
                raise UsageError(f"experiment {self.experiment_id}: {changed} since the first run; give the experiment"
                                 " a new `name` (results of the old config are kept)")
            self._exec("UPDATE experiments SET updated_at = ?, config = ?, config_path = ?, control_slice = ?,"
                       " aligned_below = ?, coherent_above = ? WHERE experiment_id = ?",
                       [_now(), config_json, cfg.path, cfg.control, cfg.aligned_below, cfg.coherent_above,
                        self.experiment_id])
        else:
            self._write("experiments", [{
                "experiment_id": self.experiment_id, "created_at": _now(), "updated_at": _now(),
                "report_run_id": run_id, "config_path": cfg.path, "config": config_json,
                "control_slice": cfg.control, "aligned_below": cfg.aligned_below,
                "coherent_above": cfg.coherent_above, "curator_version": __version__}])
        new_slices, new_members = [], []
        for s in slices:
            key = (s.name, s.spec.kind, s.spec.value or "", s.definition, cfg.sampling_seed,
                   -1 if s.spec.size is None else s.spec.size)
            if s.name in known:
                if tuple(known[s.name]) != key:
                    raise UsageError(f"experiment {self.experiment_id}: slice {s.name!r} changed since the first run;"
                                     " give the experiment a new `name` (results of the old definition are kept)")
                continue
            new_slices.append({"experiment_id": self.experiment_id, "slice": s.name, "kind": s.spec.kind,
                               "value": s.spec.value, "definition": s.definition, "seed": cfg.sampling_seed,
                               "requested_size": s.spec.size, "available": s.available, "size": len(s.members)})
            new_members += [{"experiment_id": self.experiment_id, "slice": s.name, "record_id": m[0],
                             "sha256": m[1], "source": m[2], "line": m[3]} for m in s.members]
        self._write("slices", new_slices)
        self._write("slice_members", new_members)

    # -- units --------------------------------------------------------------------------------------
    def unit_status(self, uid: str) -> str | None:
        rows = self._exec("SELECT status FROM train_runs WHERE experiment_id = ? AND unit_id = ?",
                          [self.experiment_id, uid])
        return rows[0][0] if rows else None

    def reset_unit(self, uid: str) -> None:
        """Drop what an interrupted unit left behind, so it is redone from the start."""
        for sql in (
            "DELETE FROM judgments WHERE experiment_id = ? AND sample_id IN"
            " (SELECT sample_id FROM samples WHERE experiment_id = ? AND unit_id = ?)",
        ):
            self._exec(sql, [self.experiment_id, self.experiment_id, uid])
        self._exec("DELETE FROM samples WHERE experiment_id = ? AND unit_id = ?", [self.experiment_id, uid])
        self._exec("DELETE FROM train_runs WHERE experiment_id = ? AND unit_id = ?", [self.experiment_id, uid])

    def start_unit(self, uid: str, slice_name: str, model: str, seed: int, method: str) -> None:
        self._write("train_runs", [{"experiment_id": self.experiment_id, "unit_id": uid, "slice": slice_name,
                                    "model": model, "seed": seed, "status": "training", "method": method,
                                    "started_at": _now()}])

    def finish_training(self, uid: str, stats) -> None:
        self._exec(
            "UPDATE train_runs SET status = 'trained', quantization = ?, examples = ?, examples_skipped = ?,"
            " train_tokens = ?, target_tokens = ?, steps = ?, loss_curve = ?, final_loss = ?, wall_s = ?,"
            " tokens_per_s = ?, device = ?, adapter_path = ? WHERE experiment_id = ? AND unit_id = ?",
            [stats.quantization, stats.examples, stats.examples_skipped, stats.train_tokens, stats.target_tokens,
             stats.steps, stats.loss_curve, stats.final_loss, stats.wall_s, stats.tokens_per_s, stats.device,
             stats.adapter_path, self.experiment_id, uid])

    def set_status(self, uid: str, status: str, error: str | None = None) -> None:
        finished = _now() if status in ("done", "failed") else None
        self._exec("UPDATE train_runs SET status = ?, error = ?, finished_at = coalesce(?, finished_at)"
                   " WHERE experiment_id = ? AND unit_id = ?", [status, error, finished, self.experiment_id, uid])

    def add_samples(self, rows: list[dict]) -> None:
        self._write("samples", [{"experiment_id": self.experiment_id, **r} for r in rows])

    def add_judgments(self, rows: list[dict]) -> None:
        self._write("judgments", [{"experiment_id": self.experiment_id, **r} for r in rows])

    def samples_of(self, uid: str) -> list[tuple]:
        return self._exec("SELECT sample_id, question_set, question_id, paraphrase_index, prompt, answer"
                          " FROM samples WHERE experiment_id = ? AND unit_id = ? ORDER BY sample_id",
                          [self.experiment_id, uid])


# -- rates --------------------------------------------------------------------------------------------
def _binomial(rng: random.Random, n: int, p: float) -> int:
    # Resampling n Bernoulli outcomes with replacement = one Binomial(n, p) draw.
    if p <= 0.0 or n == 0:
        return 0
    if p >= 1.0:
        return n
    return rng.binomialvariate(n, p) if hasattr(rng, "binomialvariate") else sum(rng.random() < p for _ in range(n))


def _interval(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    lo = values[int(0.025 * (len(values) - 1))]
    hi = values[int(round(0.975 * (len(values) - 1)))]
    return lo, hi


def compute_rates(con: duckdb.DuckDBPyConnection, experiment_id: str, n_boot: int = 1000, seed: int = 0) -> int:
    """Fill `misalignment_rates` for one experiment from the `sample_verdicts` view; returns rows written."""
    rows = con.execute(
        "SELECT slice, model, question_id, count(*), count(*) FILTER (WHERE valid),"
        " count(*) FILTER (WHERE valid AND misaligned) FROM sample_verdicts WHERE experiment_id = ?"
        " GROUP BY ALL ORDER BY ALL", [experiment_id]).fetchall()
    control = con.execute("SELECT control_slice FROM experiments WHERE experiment_id = ?", [experiment_id]).fetchone()
    control = control[0] if control else None
    cells: dict[tuple[str, str, str], list[int]] = {}
    for slice_name, model, qid, n, valid, bad in rows:
        cells[(slice_name, model, qid)] = [n, valid, bad]
        pooled = cells.setdefault((slice_name, model, ALL_QUESTIONS), [0, 0, 0])
        pooled[0] += n
        pooled[1] += valid
        pooled[2] += bad
    rng = random.Random(seed)
    boots: dict[tuple, list[float]] = {}
    for key, (_n, valid, bad) in cells.items():
        p = bad / valid if valid else 0.0
        boots[key] = [_binomial(rng, valid, p) / valid for _ in range(n_boot)] if valid else []
    out = []
    now = _now()
    for key in sorted(cells):
        slice_name, model, qid = key
        n, valid, bad = cells[key]
        rate = bad / valid if valid else None
        lo, hi = _interval(boots[key]) if boots[key] else (None, None)
        ctl_key = (control, model, qid)
        ctl = cells.get(ctl_key)
        ctl_rate = ctl[2] / ctl[1] if ctl and ctl[1] else None
        diff = dlo = dhi = None
        if rate is not None and ctl_rate is not None:
            diff = rate - ctl_rate
            if slice_name != control:
                dlo, dhi = _interval([a - b for a, b in zip(boots[key], boots[ctl_key])])
            else:
                dlo = dhi = 0.0
        out.append({"experiment_id": experiment_id, "slice": slice_name, "model": model, "question_id": qid,
                    "samples": n, "valid": valid, "excluded": n - valid, "misaligned": bad, "rate": rate,
                    "ci_low": lo, "ci_high": hi, "control_slice": control, "control_rate": ctl_rate,
                    "diff": diff, "diff_ci_low": dlo, "diff_ci_high": dhi, "bootstrap_samples": n_boot,
                    "computed_at": now})
    con.execute("DELETE FROM misalignment_rates WHERE experiment_id = ?", [experiment_id])
    if out:
        con.register("_rates", pa.Table.from_pylist(out))
        try:
            cols = ", ".join(f'"{c}"' for c in out[0])
            con.execute(f"INSERT INTO misalignment_rates ({cols}) SELECT {cols} FROM _rates")
        finally:
            con.unregister("_rates")
    return len(out)


def _pct(v) -> str:
    return "-" if v is None else f"{100 * v:5.1f}%"


def format_report(con: duckdb.DuckDBPyConnection, experiment_id: str, all_questions: bool = False) -> str:
    rows = con.execute(
        "SELECT slice, model, question_id, samples, valid, excluded, misaligned, rate, ci_low, ci_high,"
        " control_slice, diff, diff_ci_low, diff_ci_high FROM misalignment_rates WHERE experiment_id = ?"
        + ("" if all_questions else f" AND question_id = '{ALL_QUESTIONS}'")
        + " ORDER BY model, slice = 'base' DESC, slice = control_slice DESC, slice, question_id = '*' DESC,"
          " question_id", [experiment_id]).fetchall()
    if not rows:
        return f"experiment {experiment_id}: no judged samples yet (run `curator experiment run`)"
    control = rows[0][10]
    below, above = con.execute("SELECT aligned_below, coherent_above FROM experiments WHERE experiment_id = ?",
                               [experiment_id]).fetchone()
    head = (f"{'model':<16} {'slice':<16} {'question':<24} {'valid':>6} {'excl':>5} {'misal':>5} {'rate':>7}"
            f" {'95% CI':>17} {'diff vs ' + str(control):>16} {'95% CI':>17}")
    lines = [f"experiment {experiment_id}: misaligned = alignment < {below:g} and coherence > {above:g};"
             " 95% bootstrap intervals", head,
             "-" * len(head)]
    for (slice_name, model, qid, _n, valid, excl, bad, rate, lo, hi, _c, diff, dlo, dhi) in rows:
        ci = f"[{_pct(lo)}, {_pct(hi)}]" if lo is not None else "-"
        dci = f"[{100 * dlo:+.1f}, {100 * dhi:+.1f}]pp" if dlo is not None and slice_name != control else "-"
        d = "-" if diff is None or slice_name == control else f"{100 * diff:+6.1f}pp"
        q = "all questions" if qid == ALL_QUESTIONS else qid
        lines.append(f"{model[:16]:<16} {slice_name[:16]:<16} {q[:24]:<24} {valid:>6} {excl:>5} {bad:>5}"
                     f" {_pct(rate):>7} {ci:>17} {d:>16} {dci:>17}")
    train = con.execute(
        "SELECT model, slice, seed, status, examples, steps, final_loss, wall_s, tokens_per_s FROM train_runs"
        " WHERE experiment_id = ? ORDER BY model, slice, seed", [experiment_id]).fetchall()
    if train:
        lines += ["", f"{'model':<16} {'slice':<16} {'seed':>4} {'status':<8} {'examples':>8} {'steps':>5}"
                  f" {'final loss':>10} {'train s':>8} {'tokens/s':>9}"]
        for model, slice_name, seed, status, ex, steps, loss, wall, tps in train:
            lines.append(f"{model[:16]:<16} {slice_name[:16]:<16} {seed:>4} {status:<8} {ex or 0:>8} {steps or 0:>5}"
                         f" {'-' if loss is None else f'{loss:.4f}':>10} {'-' if wall is None else f'{wall:.1f}':>8}"
                         f" {'-' if tps is None else f'{tps:.0f}':>9}")
    return "\n".join(lines)
