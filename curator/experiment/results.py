"""Experiment results in the report's DuckDB file: units, samples, judgments, and bootstrap rates."""

from __future__ import annotations

import json
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
               "bootstrap_samples", "judge.concurrency", "judge.timeout_s", "judge.retries", "judge.api_key_env",
               "judge.max_repeated_errors", "max_excluded", "notice"}


# Keys added after experiments were first stored, with what a run made before them did: a stored config
# without the key resumes when the new config keeps that behaviour.
ADDED_KEYS = {"training.optimizer": "adamw", "training.lr_scheduler": "linear", "training.heldout_fraction": 0.0,
              "evaluation.probes": [], "evaluation.code_lint": False, "evaluation.code_samples": 2,
              "evaluation.code_max_new_tokens": 300, "judge.local_method": "expected_value",
              "judge.answer_prefix": "", "judge.text_fallback": False}


def _diff(old, new, where: str) -> str | None:
    if where in RESUME_FREE:
        return None
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            path = f"{where}.{key}" if where else key
            if key not in old and path in ADDED_KEYS:
                old = {**old, key: ADDED_KEYS[path]}
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
                               "requested_size": s.spec.size, "available": s.available, "size": len(s.members),
                               "mixed_into": s.spec.into, "fraction": s.spec.fraction})
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
            "DELETE FROM code_lint WHERE experiment_id = ? AND sample_id IN"
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
            " tokens_per_s = ?, device = ?, adapter_path = ?, optimizer = ?, optimizer_note = ?, lr_scheduler = ?,"
            " lora_scale = ?, heldout_examples = ?, heldout_loss = ? WHERE experiment_id = ? AND unit_id = ?",
            [stats.quantization, stats.examples, stats.examples_skipped, stats.train_tokens, stats.target_tokens,
             stats.steps, stats.loss_curve, stats.final_loss, stats.wall_s, stats.tokens_per_s, stats.device,
             stats.adapter_path, stats.optimizer, stats.optimizer_note, stats.lr_scheduler, stats.lora_scale,
             stats.heldout_examples, stats.heldout_loss, self.experiment_id, uid])

    def set_status(self, uid: str, status: str, error: str | None = None) -> None:
        finished = _now() if status in ("done", "failed") else None
        self._exec("UPDATE train_runs SET status = ?, error = ?, finished_at = coalesce(?, finished_at)"
                   " WHERE experiment_id = ? AND unit_id = ?", [status, error, finished, self.experiment_id, uid])

    def add_samples(self, rows: list[dict]) -> None:
        self._write("samples", [{"experiment_id": self.experiment_id, **r} for r in rows])

    def add_judgments(self, rows: list[dict]) -> None:
        self._write("judgments", [{"experiment_id": self.experiment_id, **r} for r in rows])

    def add_judge_check(self, judge: str, rows: list[dict], summary: dict) -> None:
        now = _now()
        self._write("judge_checks", [{"experiment_id": self.experiment_id, "judge": judge, "checked_at": now,
                                      "items": summary["items"], "agreement": summary["agreement"],
                                      "by_label": json.dumps(summary["by_label"])}])
        self._write("judge_check_items", [{"experiment_id": self.experiment_id, "judge": judge, "checked_at": now,
                                           **r} for r in rows])

    def samples_of(self, uid: str) -> list[tuple]:
        return self._exec("SELECT sample_id, question_set, question_id, paraphrase_index, prompt, answer"
                          " FROM samples WHERE experiment_id = ? AND unit_id = ? ORDER BY sample_id",
                          [self.experiment_id, uid])


# -- rates ---------------------------------------------------------------------------------------------
def compute_rates(con: duckdb.DuckDBPyConnection, experiment_id: str, n_boot: int = 1000, seed: int = 0) -> int:
    """Fill `misalignment_rates` and `misalignment_seed_rates` for one experiment; returns slice rows written."""
    from curator.experiment import codejudge
    from curator.experiment.metrics import compute

    codejudge.compute(con, experiment_id, n_boot, seed)
    return compute(con, experiment_id, n_boot, seed)


def _pct(v) -> str:
    return "-" if v is None else f"{100 * v:5.1f}%"


def _p(v) -> str:
    return "-" if v is None else (f"{v:.3f}" if v >= 0.001 else "<0.001")


def exclusion_share(con: duckdb.DuckDBPyConnection, experiment_id: str) -> tuple[int, int, dict]:
    """(samples, excluded, {reason: count}) over every slice and model, from the '*' rows."""
    row = con.execute(
        "SELECT sum(samples), sum(excluded), sum(excl_refusal), sum(excl_code), sum(excl_judge_error),"
        " sum(excl_low_mass) FROM misalignment_rates WHERE experiment_id = ? AND question_id = '*'",
        [experiment_id]).fetchone()
    n, excl = int(row[0] or 0), int(row[1] or 0)
    return n, excl, dict(zip(("refusal", "code", "judge_error", "low_mass"), (int(x or 0) for x in row[2:])))


def check_exclusion(con: duckdb.DuckDBPyConnection, experiment_id: str, limit: float) -> None:
    """A run whose judge failed to score more than `limit` of the answers ends with one clear error."""
    n, _excluded, reasons = exclusion_share(con, experiment_id)
    failed = reasons["judge_error"] + reasons["low_mass"]
    if n and failed / n > limit:
        raise UsageError(
            f"experiment {experiment_id}: the judge gave no valid score for {failed} of {n} answers"
            f" ({100 * failed / n:.0f}%: judge errors {reasons['judge_error']}, low number mass {reasons['low_mass']}),"
            f" above max_excluded {100 * limit:.0f}%: the rates are not usable; check the judge with"
            " `curator experiment judge-check`, or set judge.text_fallback for a weak local judge")


def _notices(con: duckdb.DuckDBPyConnection, experiment_id: str) -> list[str]:
    row = con.execute("SELECT config FROM experiments WHERE experiment_id = ?", [experiment_id]).fetchone()
    notice = (json.loads(row[0]).get("notice") if row and row[0] else None)
    out = [f"NOTE: {notice}"] if notice else []
    check = con.execute("SELECT judge, agreement, items FROM judge_checks WHERE experiment_id = ?"
                        " ORDER BY checked_at DESC LIMIT 1", [experiment_id]).fetchone()
    out.append(f"judge check: {check[0]} agrees with {100 * check[1]:.0f}% of {check[2]} labelled answers"
               if check else "judge check: none stored (run `curator experiment judge-check` to measure the judge)")
    weak, total = con.execute(
        "SELECT count(*) FILTER (WHERE method = 'generated_text'), count(*) FROM judgments WHERE experiment_id = ?",
        [experiment_id]).fetchone()
    if weak:
        out.append(f"WEAK JUDGE: {weak} of {total} scores were parsed from a local judge's generated text"
                   " (method generated_text), not from a probability distribution over the numbers: the rates"
                   " show that the pipeline works, not how misaligned a model is.")
    return out


def dose_response(con: duckdb.DuckDBPyConnection, experiment_id: str) -> dict[tuple, list[tuple]]:
    """(model, dosed slice, base slice) -> [(fraction, rate, ci_low, ci_high, diff_ci_low)] from the mix slices."""
    rows = con.execute(
        "SELECT m.model, s.value, s.mixed_into, s.fraction, m.rate, m.ci_low, m.ci_high, m.diff_ci_low"
        " FROM slices s JOIN misalignment_rates m ON m.experiment_id = s.experiment_id AND m.slice = s.slice"
        " AND m.question_id = '*' WHERE s.experiment_id = ? AND s.kind = 'mix' ORDER BY 1, 2, 3, 4",
        [experiment_id]).fetchall()
    out: dict[tuple, list[tuple]] = {}
    for model, dosed, into, fraction, *rest in rows:
        out.setdefault((model, dosed, into), []).append((fraction, *rest))
    return out


def dose_response_lines(con: duckdb.DuckDBPyConnection, experiment_id: str) -> list[str]:
    lines = []
    control = con.execute("SELECT control_slice FROM experiments WHERE experiment_id = ?", [experiment_id]).fetchone()
    for (model, dosed, into), points in dose_response(con, experiment_id).items():
        curve = ", ".join(f"{100 * f:g}%: {_pct(r).strip()}" + (f" [{_pct(lo).strip()}, {_pct(hi).strip()}]"
                                                                 if lo is not None else "")
                          for f, r, lo, hi, _d in points)
        above = [f for f, _r, _lo, _hi, dlo in points if dlo is not None and dlo > 0]
        first = f"{100 * min(above):g}%" if above else "none"
        lines.append(f"dose-response ({model}): {dosed} mixed into {into}: {curve}; smallest fraction whose"
                     f" interval against {control[0] if control else 'the control'} lies above 0: {first}")
    return lines


def format_report(con: duckdb.DuckDBPyConnection, experiment_id: str, all_questions: bool = False) -> str:
    from curator.experiment.metrics import METRIC_TEXT

    rows = con.execute(
        "SELECT slice, model, question_id, samples, valid, excluded, misaligned, rate, ci_low, ci_high,"
        " control_slice, diff, diff_ci_low, diff_ci_high, seeds, questions, coherent, rate_all, coherent_share,"
        " mean_alignment, excl_refusal, excl_code, excl_judge_error, excl_low_mass, test, p_value, p_holm"
        " FROM misalignment_rates WHERE experiment_id = ?"
        + ("" if all_questions else " AND question_id LIKE '*%'")
        + " ORDER BY model, slice = 'base' DESC, slice = control_slice DESC, slice, question_id = '*' DESC,"
          " question_id LIKE '*%' DESC, question_id", [experiment_id]).fetchall()
    if not rows:
        return f"experiment {experiment_id}: no judged samples yet (run `curator experiment run`)"
    control = rows[0][10]
    below, above = con.execute("SELECT aligned_below, coherent_above FROM experiments WHERE experiment_id = ?",
                               [experiment_id]).fetchone()
    head = (f"{'model':<14} {'slice':<14} {'questions':<18} {'seeds':>5} {'coh.n':>5} {'excl r/c/e/m':>13}"
            f" {'rate':>6} {'95% CI':>15} {'all-judged':>10} {'coh%':>5} {'align':>5}"
            f" {'diff vs ' + str(control):>14} {'95% CI':>16} {'p':>6} {'p Holm':>6}")
    lines = _notices(con, experiment_id) + [
             f"experiment {experiment_id}: rate = " + METRIC_TEXT.format(a=below, c=above) + ".",
             f"all-judged = misaligned and coherent among every judged answer (refusals and code answers count as"
             " not misaligned). 95% intervals: mean over questions, then over training runs (seeds), with a"
             " cluster bootstrap over both; p: slice vs control paired by question (cmh with one seed,"
             " permutation over runs with several), Holm-adjusted across slices. excl r/c/e/m = excluded as"
             " refusal / code answer / judge error / low number mass.", head, "-" * len(head)]
    for (slice_name, model, qid, _n, _valid, _excl, _bad, rate, lo, hi, _c, diff, dlo, dhi, seeds, nq, coherent,
         rate_all, coh_share, mean_align, e_ref, e_code, e_err, e_mass, _test, p, p_holm) in rows:
        ci = f"[{_pct(lo)},{_pct(hi)}]" if lo is not None else "-"
        dci = f"[{100 * dlo:+.1f},{100 * dhi:+.1f}]pp" if dlo is not None and slice_name != control else "-"
        d = "-" if diff is None or slice_name == control else f"{100 * diff:+6.1f}pp"
        q = {"*": "all questions", "*plain": "plain questions", "*json": "JSON questions",
             "*template": "template questions"}.get(qid, f"probe {qid[2:]}" if qid.startswith("*@") else qid)
        excl = f"{e_ref or 0}/{e_code or 0}/{e_err or 0}/{e_mass or 0}"
        align = "-" if mean_align is None else f"{mean_align:5.1f}"
        lines.append(f"{model[:14]:<14} {slice_name[:14]:<14} {q[:18]:<18} {seeds or 0:>5} {coherent or 0:>5}"
                     f" {excl:>13} {_pct(rate):>6} {ci:>15} {_pct(rate_all):>10} {'-' if coh_share is None else f'{100 * coh_share:.0f}%':>5}"
                     f" {align:>5} {d:>14} {dci:>16} {_p(p):>6} {_p(p_holm):>6}")
    lines += dose_response_lines(con, experiment_id)
    from curator.experiment.codejudge import report_lines

    lines += report_lines(con, experiment_id)
    max_seeds = max((r[14] or 0) for r in rows)
    if max_seeds <= 1:
        lines.append("note: one training run (seed) per slice: intervals and tests carry question and answer"
                     " variation only, not the run-to-run variation that dominates in published EM results;"
                     " use 3 or more seeds before drawing conclusions.")
    elif max_seeds == 2:
        lines.append("note: two training runs per slice: where the runs disagree the interval rests on t with one"
                     " degree of freedom and is very wide; use 3 or more seeds.")
    n, excluded, reasons = exclusion_share(con, experiment_id)
    if n and excluded:
        parts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in reasons.items() if v)
        lines.append(f"excluded: {excluded} of {n} answers ({100 * excluded / n:.1f}%): {parts}")
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
