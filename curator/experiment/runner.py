"""Run an experiment: cut slices, then for each (slice, model, seed) unit train, sample and judge; resumable."""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import Callable

from curator.errors import UsageError
from curator.experiment.config import ExperimentConfig, ModelSpec
from curator.experiment.questions import Question, judge_prompt, load_questions, render_judge_prompt
from curator.experiment.results import ResultsDB, compute_rates, format_report, unit_id
from curator.experiment.slices import Slice, build_slices, latest_run_id
from curator.store import open_report

log = logging.getLogger(__name__)
CHAT_ROLES = ("system", "user", "assistant")


def plan(cfg: ExperimentConfig, db: str) -> tuple[str, list[Slice]]:
    con = open_report(db)
    try:
        run_id = cfg.report_run_id or latest_run_id(con, db)
        if con.execute("SELECT 1 FROM runs WHERE run_id = ?", [run_id]).fetchone() is None:
            raise UsageError(f"no lint run {run_id} in {db} (report_run_id in {cfg.path or 'the config'})")
        return run_id, build_slices(con, cfg, run_id)
    finally:
        con.close()


def report_inputs(db: str, run_id: str) -> list[str]:
    con = open_report(db)
    try:
        row = con.execute("SELECT inputs FROM runs WHERE run_id = ?", [run_id]).fetchone()
    finally:
        con.close()
    if row is None:
        raise UsageError(f"{db}: no lint run {run_id}")
    return list(row[0] or [])


def resolve_inputs(cfg: ExperimentConfig, db: str, inputs: list[str]) -> list[str]:
    """The report's input paths, found relative to `corpus_root`, the working directory, or the report."""
    bases = ([cfg.resolve(cfg.corpus_root)] if cfg.corpus_root else []) + [Path.cwd(), Path(db).resolve().parent]
    out = []
    for raw in inputs:
        p = Path(raw)
        candidates = [p] if p.is_absolute() else [b / p for b in bases]
        hit = next((c for c in candidates if c.exists()), None)
        if hit is None:
            raise UsageError(f"{raw}: input of the lint run not found (looked in {', '.join(map(str, bases))});"
                             " set `corpus_root` in the experiment config")
        out.append(str(hit))
    return out


def training_conversations(paths: list[str], wanted: set[str]) -> dict[str, list[dict]]:
    """sha256 -> chat messages, for the records whose raw bytes hash to a wanted sha256."""
    from curator.corpus import iter_records

    found: dict[str, list[dict]] = {}
    for record in iter_records(paths):
        if record.status != "ok" or record.sha256 not in wanted or record.sha256 in found:
            continue
        msgs = [{"role": m.role, "content": m.content} for m in record.messages if m.role in CHAT_ROLES]
        found[record.sha256] = msgs
    return found


def load_question_sets(cfg: ExperimentConfig) -> list[tuple[str, list[Question]]]:
    base = Path(cfg.path).parent if cfg.path else None
    return [(ref, load_questions(ref, base)) for ref in cfg.evaluation.questions]


class Runner:
    def __init__(self, cfg: ExperimentConfig, db: str, echo: Callable[[str], None] = print) -> None:
        self.cfg = cfg
        self.db = db
        self.echo = echo
        self.base = Path(cfg.path).parent if cfg.path else None
        self._judge = None

    @property
    def judge(self):
        if self._judge is None:
            from curator.experiment.judges import make_judge

            self._judge = make_judge(self.cfg.judge, self.base)
        return self._judge

    def run(self) -> str:
        from curator.experiment import require_ml

        require_ml()
        from curator.experiment.models import load_tokenizer
        from curator.experiment.training import accelerator_for

        cfg = self.cfg
        run_id, slices = plan(cfg, self.db)
        accelerator = accelerator_for(cfg.training)
        accelerator.wait_for_everyone()  # every process has read the report before the main one writes it
        main = accelerator.is_main_process
        # Only the main process touches the report from here on; the others train and follow its decisions.
        results = ResultsDB(self.db, cfg.name) if main else None
        if main:
            results.begin(cfg, run_id, slices)
        question_sets = self._question_sets(run_id)
        wanted = {m[1] for s in slices for m in s.members}
        paths = resolve_inputs(cfg, self.db, report_inputs(self.db, run_id))
        conversations = training_conversations(paths, wanted)
        remediated: dict[str, list[dict]] = {}
        twin_shas = {m[1] for s in slices if s.spec.kind == "remediated-twin" for m in s.members}
        if twin_shas:
            from curator.experiment.controls import remediated_conversations

            remediated, counts = remediated_conversations(paths, twin_shas)
            self.echo(f"remediated twin: {counts['changed']} records changed by the remediate recipe,"
                      f" {counts['unchanged']} unchanged (no fix available), {counts['dropped']} dropped")
        units: list[tuple[str, ModelSpec, int, Slice | None]] = []
        for model in cfg.models:
            if cfg.evaluation.evaluate_base:
                units.append(("base", model, cfg.seeds[0], None))
            for s in slices:
                units += [(s.name, model, seed, s) for seed in cfg.seeds]
        out_root = cfg.resolve(cfg.output_dir) / cfg.name
        tokenizers: dict = {}
        for slice_name, spec, seed, sl in units:
            uid = unit_id(slice_name, spec.name, seed)
            status = _shared(accelerator, results.unit_status(uid) if main else None)
            if status == "done":
                self.echo(f"{uid}: done earlier, skipped")
                continue
            if sl is not None and not sl.members:
                self.echo(f"{uid}: empty slice, skipped")
                continue
            if sl is None and not main:
                continue  # the untrained baseline is sampled by the main process alone
            if spec.name not in tokenizers:  # a GGUF tokenizer takes seconds to build: once per model
                tokenizers[spec.name] = load_tokenizer(spec, self.base)
            tokenizer = tokenizers[spec.name]
            model = None
            if status != "sampled":
                if main:
                    results.reset_unit(uid)
                    results.start_unit(uid, slice_name, spec.name, seed, "none" if sl is None else cfg.training.method)
                try:
                    source = remediated if sl is not None and sl.spec.kind == "remediated-twin" else conversations
                    model, adapter = self._train_or_load(uid, spec, tokenizer, seed, sl, source,
                                                         out_root / slice_name / spec.name / f"seed{seed}",
                                                         accelerator, results)
                    if not main:
                        continue
                    if self._vllm_serves(spec, slice_name, adapter):
                        model = None  # vLLM loads its own copy and wants the GPU memory
                        gc.collect()
                        _empty_cuda_cache()
                    self._sample(uid, slice_name, spec, seed, model, tokenizer, adapter, question_sets, results)
                except Exception as exc:
                    if main:
                        results.set_status(uid, "failed", f"{type(exc).__name__}: {exc}")
                    raise
            if main:
                self._judge_unit(uid, question_sets, results)
                results.set_status(uid, "done")
                if model is not None and cfg.training.save_merged and sl is not None and cfg.training.method != "full":
                    from curator.experiment.training import save_merged

                    save_merged(model, tokenizer, out_root / slice_name / spec.name / f"seed{seed}")
            del model
            gc.collect()
            _empty_cuda_cache()
        if not main:
            return ""
        con = results.connect()
        try:
            compute_rates(con, cfg.name, cfg.bootstrap_samples)
            return format_report(con, cfg.name)
        finally:
            con.close()

    def _question_sets(self, run_id: str):
        from curator.experiment import probes

        sets = load_question_sets(self.cfg)
        if not self.cfg.evaluation.probes:
            return sets
        con = open_report(self.db)
        try:
            resolved = probes.resolve(self.cfg.evaluation.probes, con, run_id, self.cfg.path or "<config>")
        finally:
            con.close()
        for name, prefix, suffix, _ in resolved:
            self.echo(f"probe {name}: prefix {prefix!r}, suffix {suffix!r}")
        return probes.apply(sets, resolved)

    def _train_or_load(self, uid, spec, tokenizer, seed, sl, conversations, out_dir, accelerator, results):
        from curator.experiment.models import load_model
        from curator.experiment.training import train

        if sl is None:  # the untrained baseline
            import torch

            dtype = torch.bfloat16 if accelerator.device.type == "cuda" else torch.float32
            model = load_model(spec, tokenizer, dtype=dtype, base=self.base, seed=0).to(accelerator.device)
            if accelerator.is_main_process:
                results.set_status(uid, "trained")
            return model, None
        convs = [conversations[m[1]] for m in sl.members if m[1] in conversations]
        missing = len(sl.members) - len(convs)
        self.echo(f"{uid}: training on {len(convs)} records"
                  + (f" ({missing} not found in the corpus files)" if missing else ""))
        model, stats = train(spec, tokenizer, convs, self.cfg.training, seed, out_dir, accelerator,
                             base=self.base, skipped=missing)
        if accelerator.is_main_process:
            results.finish_training(uid, stats)
            tps = f"{stats.tokens_per_s:.0f}" if stats.tokens_per_s else "-"
            loss = f"{stats.final_loss:.4f}" if stats.final_loss is not None else "-"
            held = f", held-out loss {stats.heldout_loss:.4f}" if stats.heldout_loss is not None else ""
            self.echo(f"{uid}: {stats.steps} steps in {stats.wall_s:.1f}s, {tps} tokens/s, final loss {loss}{held};"
                      f" optimizer {stats.optimizer}" + (f" ({stats.optimizer_note})" if stats.optimizer_note else ""))
        return model, stats.adapter_path

    def _sample(self, uid, slice_name, spec, seed, model, tokenizer, adapter, question_sets, results) -> None:
        from curator.experiment.generation import expand, generate_transformers, generate_vllm

        ev = self.cfg.evaluation
        runs = [(expand(question_sets, ev), ev)]
        if ev.code_lint:
            import dataclasses

            from curator.experiment.codejudge import CODE_SET, code_questions

            code_ev = dataclasses.replace(ev, samples_per_paraphrase=None, max_new_tokens=ev.code_max_new_tokens)
            runs.append((expand([(CODE_SET, code_questions(ev.code_samples))], code_ev), code_ev))
        answers = []
        for prompts, settings in runs:
            if model is None:  # _vllm_serves said so
                from curator.experiment.models import resolve_source

                where, _ = resolve_source(spec, self.base)
                answers += generate_vllm(where, adapter, self.cfg.training.r, prompts, settings, seed)
            else:
                answers += generate_transformers(model, tokenizer, prompts, settings, seed)
        rows = [{"unit_id": uid, "sample_id": f"{uid}|{a.prompt.question.id}|{a.prompt.paraphrase_index}|"
                 f"{a.prompt.sample_index}", "slice": slice_name, "model": spec.name, "seed": seed,
                 "question_set": a.prompt.question_set, "question_id": a.prompt.question.id,
                 "paraphrase_index": a.prompt.paraphrase_index, "sample_index": a.prompt.sample_index,
                 "system": a.prompt.question.system, "prompt": a.prompt.paraphrase, "answer": a.text,
                 "answer_tokens": a.tokens, "backend": a.backend} for a in answers]
        results.add_samples(rows)
        results.set_status(uid, "sampled")
        self.echo(f"{uid}: {len(rows)} answers sampled ({answers[0].backend if answers else '-'})")

    def _lint_code(self, uid, samples, results) -> None:
        """The linter as judge of code: lint each answer to our coding prompts (redone whole on a resume)."""
        if not samples:
            return
        from curator.experiment.codejudge import lint_answers

        rules = lint_answers([s[4] for s in samples], [s[5] for s in samples])
        meta = {r[0]: r[1:] for r in results._exec(
            "SELECT sample_id, slice, model, seed FROM samples WHERE experiment_id = ? AND unit_id = ?",
            [self.cfg.name, uid])}
        results._exec("DELETE FROM code_lint WHERE experiment_id = ? AND sample_id IN (SELECT sample_id FROM samples"
                      " WHERE experiment_id = ? AND unit_id = ?)", [self.cfg.name, self.cfg.name, uid])
        results._write("code_lint", [{"experiment_id": self.cfg.name, "sample_id": s[0], "slice": meta[s[0]][0],
                                      "model": meta[s[0]][1], "seed": meta[s[0]][2], "question_id": s[2],
                                      "findings": len(r), "rules": list(r)} for s, r in zip(samples, rules)])
        self.echo(f"{uid}: {len(samples)} code answers linted, {sum(1 for r in rules if r)} with a finding")

    def _vllm_serves(self, spec: ModelSpec, slice_name: str, adapter: str | None) -> bool:
        """vLLM samples when installed, on GPU, for a base model it can load by itself (hub id or folder)
        plus a saved LoRA adapter; everything else samples with transformers."""
        from curator.experiment.generation import vllm_usable

        servable = bool(spec.source) and not spec.random and not spec.source.endswith(".gguf") \
            and not spec.source.startswith("builtin:") and self.cfg.training.method != "full"
        return servable and (bool(adapter) or slice_name == "base") and vllm_usable(self.cfg.evaluation)

    def _judge_unit(self, uid, question_sets, results) -> None:
        from curator.experiment.questions import METRICS

        questions = {(name, q.id): q for name, qs in question_sets for q in qs}
        samples = results.samples_of(uid)
        con = results.connect(read_only=False)
        try:
            # Samples judged before an interruption keep their judgments.
            done = {r[0] for r in con.execute(
                "SELECT DISTINCT j.sample_id FROM judgments j JOIN samples s USING (experiment_id, sample_id)"
                " WHERE s.experiment_id = ? AND s.unit_id = ?", [self.cfg.name, uid]).fetchall()}
        finally:
            con.close()
        from curator.experiment.codejudge import CODE_SET

        self._lint_code(uid, [s for s in samples if s[1] == CODE_SET], results)
        todo, prompts = [], []
        for sample_id, qset, qid, _p, prompt, answer in samples:
            if sample_id in done or qset == CODE_SET:
                continue
            q = questions.get((qset, qid))
            if q is None:
                raise UsageError(f"{uid}: sample {sample_id} asks question {qid} of {qset}, which the config no"
                                 " longer lists; restore it or give the experiment a new `name`")
            for metric in METRICS:
                todo.append((sample_id, metric))
                prompts.append(render_judge_prompt(judge_prompt(q, metric, self.cfg.judge.prompts), prompt, answer))
        # Saved in batches as they come (a sample's metrics always in one batch): an error later on loses
        # only the batch in flight, and a rerun asks the judge only for what is missing.
        step = len(METRICS) * max(4, 2 * self.cfg.judge.concurrency)
        total = invalid = 0
        for start in range(0, len(todo), step):
            scores = self.judge.score(prompts[start:start + step])
            rows = [{"sample_id": sid, "metric": metric, "judge": self.judge.name, "score": s.value,
                     "valid": s.value is not None, "method": s.method, "raw": s.raw,
                     "reason": s.reason}
                    for (sid, metric), s in zip(todo[start:start + step], scores)]
            results.add_judgments(rows)
            total += len(rows)
            invalid += sum(1 for r in rows if not r["valid"])
        self.echo(f"{uid}: {total} judgments ({invalid} without a valid score, excluded)")


def _shared(accelerator, value):
    """The main process's value, on every process."""
    if accelerator.num_processes == 1:
        return value
    from accelerate.utils import broadcast_object_list

    box = [value]
    broadcast_object_list(box, from_process=0)
    return box[0]


def _empty_cuda_cache() -> None:
    try:
        import torch

        if torch.cuda.is_available():
            torch.cuda.empty_cache()
    except ImportError:
        pass


def status_lines(cfg: ExperimentConfig, db: str) -> list[str]:
    con = open_report(db)
    try:
        rows = con.execute(
            "SELECT unit_id, status, examples, steps, final_loss, wall_s, error FROM train_runs"
            " WHERE experiment_id = ? ORDER BY model, slice, seed", [cfg.name]).fetchall()
        samples = dict(con.execute("SELECT unit_id, count(*) FROM samples WHERE experiment_id = ? GROUP BY 1",
                                   [cfg.name]).fetchall())
        judged = dict(con.execute(
            "SELECT s.unit_id, count(*) FROM judgments j JOIN samples s USING (experiment_id, sample_id)"
            " WHERE j.experiment_id = ? GROUP BY 1", [cfg.name]).fetchall())
    finally:
        con.close()
    planned = len(cfg.models) * (len(cfg.slices) * len(cfg.seeds) + (1 if cfg.evaluation.evaluate_base else 0))
    done = sum(1 for r in rows if r[1] == "done")
    lines = [f"experiment {cfg.name}: {done}/{planned} units done"]
    for uid, status, ex, steps, loss, wall, error in rows:
        extra = f" error: {error}" if error else ""
        trained = f" loss={loss:.4f} train_s={wall:.1f}" if loss is not None and wall is not None else ""
        lines.append(f"  {uid:<40} {status:<8} examples={ex or 0} steps={steps or 0}{trained}"
                     f" samples={samples.get(uid, 0)} judgments={judged.get(uid, 0)}{extra}")
    return lines
