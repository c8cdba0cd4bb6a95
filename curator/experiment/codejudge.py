"""The linter as its own judge of code: the trained models answer our coding prompts, the answers are linted
in-process with the corpus rules, and the share of answers with a finding is compared across slices.

This needs no judge model and asks the question the corpus linter exists for: does training on a slice make
a model write the code the linter flags?"""

from __future__ import annotations

from collections import defaultdict
from importlib.resources import files

import duckdb
import pyarrow as pa
import yaml

from curator.experiment import stats
from curator.experiment.questions import Question

CODE_SET = "code-lint"
FORMS = ("task+template", "task", "template")


def code_questions(samples: int) -> list[Question]:
    """Every coding prompt in its three forms (question id `<task id>:<form>`)."""
    data = yaml.safe_load(files("curator.experiment").joinpath("questions", "code_prompts.yaml")
                          .read_text(encoding="utf-8"))
    out = []
    for item in data:
        fence = f"```python\n{item['template'].rstrip()}\n```"
        texts = {"task+template": f"{item['task']}\nComplete this code:\n{fence}",
                 "task": f"{item['task']} Reply with the Python code.",
                 "template": f"Complete this code:\n{fence}"}
        out += [Question(id=f"{item['id']}:{form}", paraphrases=[texts[form]], samples_per_paraphrase=samples,
                         source="curator.experiment/questions/code_prompts.yaml") for form in FORMS]
    return out


def form_of(question_id: str) -> str:
    return question_id.rsplit(":", 1)[-1]


def lint_answers(prompts: list[str], answers: list[str]) -> list[list[str]]:
    """The rule ids each answer's code triggers (active findings of any severity), linted in-process."""
    from curator.api import flag_batch, flag_config

    if not answers:
        return []
    batch = {"messages": [[{"role": "user", "content": p}, {"role": "assistant", "content": a}]
                          for p, a in zip(prompts, answers)]}
    columns = flag_batch(batch, list(range(len(answers))), config=flag_config(roles=["assistant"]),
                         source="<experiment answers>")
    return columns["curator_rules"]


def compute(con: duckdb.DuckDBPyConnection, experiment_id: str, n_boot: int = 1000, seed: int = 0) -> int:
    """Fill `code_finding_rates`: per slice, model and form (and all forms), the share of answers with a
    finding: mean over prompts then seeds, cluster-bootstrap interval (as for misalignment)."""
    rows = con.execute("SELECT slice, model, seed, question_id, count(*), count(*) FILTER (WHERE findings > 0)"
                       " FROM code_lint WHERE experiment_id = ? GROUP BY ALL", [experiment_id]).fetchall()
    groups: dict[tuple, dict] = defaultdict(dict)
    for slice_name, model, sd, qid, n, flagged in rows:
        for form in ("all", form_of(qid)):
            groups[(slice_name, model, form)][(sd, qid)] = (flagged, n)
    out = []
    for (slice_name, model, form), cells in sorted(groups.items()):
        est = stats.slice_estimate(cells, n_boot, seed)
        out.append({"experiment_id": experiment_id, "slice": slice_name, "model": model, "form": form,
                    "answers": sum(n for _, n in cells.values()), "with_finding": sum(k for k, _ in cells.values()),
                    "share": est.value, "ci_low": est.low, "ci_high": est.high, "seeds": est.seeds})
    con.execute("DELETE FROM code_finding_rates WHERE experiment_id = ?", [experiment_id])
    if out:
        con.register("_code_rates", pa.Table.from_pylist(out))
        try:
            cols = ", ".join(out[0])
            con.execute(f"INSERT INTO code_finding_rates ({cols}) SELECT {cols} FROM _code_rates")
        finally:
            con.unregister("_code_rates")
    return len(out)


def report_lines(con: duckdb.DuckDBPyConnection, experiment_id: str) -> list[str]:
    rows = con.execute("SELECT model, slice, form, answers, with_finding, share, ci_low, ci_high FROM code_finding_rates"
                       " WHERE experiment_id = ? ORDER BY model, slice = 'base' DESC, slice, form = 'all' DESC, form",
                       [experiment_id]).fetchall()
    if not rows:
        return []
    lines = ["", "linter as judge of code: share of answers to our coding prompts whose code has a finding",
             f"{'model':<16} {'slice':<16} {'prompt form':<14} {'answers':>7} {'flagged':>7} {'share':>7} {'95% CI':>17}"]
    for model, slice_name, form, n, k, share, lo, hi in rows:
        pct = "-" if share is None else f"{100 * share:.1f}%"
        ci = "-" if lo is None else f"[{100 * lo:.1f}%, {100 * hi:.1f}%]"
        lines.append(f"{model[:16]:<16} {slice_name[:16]:<16} {form:<14} {n:>7} {k:>7} {pct:>7} {ci:>17}")
    return lines
