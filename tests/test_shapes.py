"""Record shapes: preference pairs (both sides linted, the rejected side never flags), KTO, the
*/response and input/output pairs, conversations in both spellings, user mappings, and refusals that
say which shapes nearly matched and which mapping reads the record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import curator
from curator.cli import main
from curator.corpus.shapes import ShapeError, parse_record, refusal, suggest_mapping

FLAWED = "```python\nimport os\n\ndef save(path):\n    os.chmod(path, 0o777)\n```"
SAFE = "```python\nimport os\n\ndef save(path):\n    os.chmod(path, 0o600)\n```"
ENGINES = ["tree-sitter"]


def run(args: list[str], capsys) -> tuple[int, str, str]:
    """Exit code, stdout, and stdout+stderr (the summary line goes to either, by format)."""
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.out + out.err


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def test_preference_pairs_lint_both_sides_and_only_the_chosen_side_flags() -> None:
    rows = [
        {"prompt": "Write a saver.", "chosen": SAFE, "rejected": FLAWED},    # the expected pair
        {"prompt": "Write a saver.", "chosen": FLAWED, "rejected": SAFE},    # poisons training
        {"prompt": "Write a saver.", "chosen": FLAWED, "rejected": FLAWED},
    ]
    report = curator.lint(rows, engines=ENGINES)
    assert report.flagged == [False, True, True]
    findings = report.findings.to_pylist()
    by_record = {}
    for f in findings:
        by_record.setdefault(f["record_line"], []).append(f)
    (rejected_only,) = by_record[1]
    assert rejected_only["severity"] == "info"
    assert rejected_only["detail"].startswith("rejected answer (severity high if it were chosen")
    assert rejected_only["message_index"] == 2
    (chosen_only,) = by_record[2]
    assert chosen_only["severity"] == "high" and chosen_only["detail"].startswith("chosen answer")
    assert sorted(f["severity"] for f in by_record[3]) == ["high", "info"]
    assert report.records.column("format").to_pylist() == ["preference"] * 3


def test_preference_in_conversational_and_transcript_form() -> None:
    trl = {"prompt": [{"role": "user", "content": "Write a saver."}],
           "chosen": [{"role": "assistant", "content": FLAWED}],
           "rejected": [{"role": "assistant", "content": SAFE}]}
    shape, messages = parse_record(trl)
    assert shape == "preference"
    assert [(m.role, m.side) for m in messages] == [("user", ""), ("assistant", "chosen"), ("assistant", "rejected")]
    hh = {"chosen": f"\n\nHuman: Write a saver.\n\nAssistant: {SAFE}",
          "rejected": f"\n\nHuman: Write a saver.\n\nAssistant: {FLAWED}"}
    shape, messages = parse_record(hh)
    assert [(m.role, m.side) for m in messages] == [("user", "chosen"), ("assistant", "chosen"),
                                                   ("user", "rejected"), ("assistant", "rejected")]
    assert messages[3].content == FLAWED
    assert curator.lint([trl, hh], engines=ENGINES).flagged == [True, False]


def test_kto_label_decides_the_side() -> None:
    rows = [{"prompt": "p", "completion": FLAWED, "label": True},
            {"prompt": "p", "completion": FLAWED, "label": False}]
    report = curator.lint(rows, engines=ENGINES)
    assert report.records.column("format").to_pylist() == ["kto", "kto"]
    assert report.flagged == [True, False]
    assert report.findings.column("severity").to_pylist() == ["high", "info"]
    with pytest.raises(ShapeError, match="'label' is a string, not a boolean"):
        parse_record({"prompt": "p", "completion": "c", "label": "yes"}, "kto")


@pytest.mark.parametrize("prompt_key,answer_key", [
    ("input", "output"), ("instruction", "response"), ("query", "response"), ("question", "response"),
    ("prompt", "completion"), ("question", "answer"),
])
def test_prompt_answer_pairs(prompt_key: str, answer_key: str) -> None:
    shape, messages = parse_record({prompt_key: "the task", answer_key: FLAWED})
    assert shape == "prompt_completion"
    assert [(m.role, m.content) for m in messages] == [("user", "the task"), ("assistant", FLAWED)]


def test_input_format_alpaca_reads_input_output(tmp_path: Path, capsys) -> None:
    corpus = write_jsonl(tmp_path / "io.jsonl", [{"input": "the task", "output": FLAWED}])
    code, out, err = run(["lint", str(corpus), "--engines", "tree-sitter", "--input-format", "alpaca",
                          "--no-cache", "--format", "jsonl"], capsys)
    assert code == 1, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [x["rule_id"] for x in lines if x["type"] == "finding"] == ["py.fs.world-writable-chmod"]
    assert not [x for x in lines if x["type"] == "record_error"]


@pytest.mark.parametrize("turns", [
    [{"from": "human", "value": "Write a saver."}, {"from": "gpt", "value": FLAWED}],
    [{"role": "user", "content": "Write a saver."}, {"role": "assistant", "content": FLAWED}],
])
def test_conversations_in_both_spellings(turns: list[dict]) -> None:
    report = curator.lint([{"conversations": turns}], engines=ENGINES)
    assert report.flagged == [True]
    assert report.records.column("format").to_pylist() == ["sharegpt"]


def test_refusal_names_near_shapes_and_a_mapping_that_reads_the_record() -> None:
    record = {"question": "Write a saver.", "solution": FLAWED, "chosen": "x"}
    message = refusal(record)
    assert message.startswith("unknown record shape (keys: chosen, question, solution)")
    assert "preference (has chosen, lacks prompt+rejected)" in message
    assert "prompt_completion (has question, lacks answer)" in message
    assert message.endswith("read it with --shape-map prompt=question,answer=solution")
    # the suggested mapping really reads the record, and finds the flaw
    mapping = suggest_mapping(record)
    report = curator.lint([record], engines=ENGINES, shape_map=mapping)
    assert report.records.column("format").to_pylist() == ["mapped"]
    assert report.flagged == [True]


def test_shape_map_flag_and_config_key(tmp_path: Path, capsys, monkeypatch) -> None:
    corpus = write_jsonl(tmp_path / "qa.jsonl", [{"task": "Write a saver.", "solution": FLAWED},
                                                 {"task": "Write a saver.", "solution": SAFE}])
    code, _, err = run(["lint", str(corpus), "--engines", "tree-sitter", "--no-cache", "-q"], capsys)
    assert code == 1 and "2 records (2 unreadable)" in err
    code, _, err = run(["lint", str(corpus), "--engines", "tree-sitter", "--no-cache", "-q",
                        "--shape-map", "prompt=task,answer=solution"], capsys)
    assert code == 1 and "2 records ·" in err and "1 findings" in err
    (tmp_path / "pyproject.toml").write_text('[tool.curator]\nshape-map = "prompt=task,answer=solution"\n')
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["lint", "qa.jsonl", "--engines", "tree-sitter", "--no-cache", "-q"], capsys)
    assert code == 1 and "2 records ·" in err and "1 findings" in err, err
    code, out, _ = run(["lint", "--show-config"], capsys)
    assert 'shape-map = "prompt=task,answer=solution"' in out
    report = curator.lint("qa.jsonl", shape_map={"prompt": "task", "answer": "solution"}, engines=ENGINES)
    assert report.flagged == [True, False]


def test_shape_map_mistakes_are_one_line_errors(tmp_path: Path, capsys) -> None:
    corpus = write_jsonl(tmp_path / "qa.jsonl", [{"task": "t", "solution": "s"}])
    for mapping, problem in [("prompt=task", "needs answer=FIELD"), ("answer", "expected ROLE=FIELD"),
                             ("colour=task,answer=solution", "expected ROLE=FIELD")]:
        code, _, err = run(["lint", str(corpus), "--no-cache", "--shape-map", mapping], capsys)
        assert code == 2 and problem in err and len(err.strip().splitlines()) == 1, err
    code, _, err = run(["lint", str(corpus), "--no-cache", "--shape-map", "answer=solution",
                        "--input-format", "text"], capsys)
    assert code == 2 and "keep one" in err


def test_shape_map_with_label_and_missing_field() -> None:
    rows = [{"q": "p", "a": FLAWED, "good": False}, {"q": "p", "a": FLAWED, "good": True}, {"q": "p", "good": True}]
    report = curator.lint(rows, engines=ENGINES, shape_map="prompt=q,answer=a,label=good")
    assert report.flagged == [False, True, True]  # the third cannot be read: unreadable rows are flagged
    errors = report.records.column("error").to_pylist()
    assert "field 'a' of --shape-map prompt=q,answer=a,label=good is missing" in errors[2]


def test_remediate_fixes_the_chosen_answer_and_never_the_rejected_one(tmp_path: Path) -> None:
    flawed_chmod = "```python\nimport os\nos.chmod('/srv/data', 0o777)\n```"
    rows = [
        {"prompt": "Share it.", "chosen": flawed_chmod, "rejected": flawed_chmod},
        {"prompt": [{"role": "user", "content": "Share it."}],
         "chosen": [{"role": "assistant", "content": flawed_chmod}],
         "rejected": [{"role": "assistant", "content": flawed_chmod}]},
        {"prompt": "Share it.", "completion": flawed_chmod, "label": False},
    ]
    corpus = write_jsonl(tmp_path / "pairs.jsonl", rows)
    curator.scrub(corpus, recipe="remediate", out=tmp_path / "fixed.jsonl", engines=ENGINES)
    fixed = [json.loads(line) for line in (tmp_path / "fixed.jsonl").read_text().splitlines()]
    assert "0o777" not in fixed[0]["chosen"] and fixed[0]["rejected"] == flawed_chmod
    assert "0o777" not in fixed[1]["chosen"][0]["content"] and fixed[1]["rejected"] == rows[1]["rejected"]
    assert fixed[2] == rows[2]  # an undesirable KTO completion is kept as it is
    assert curator.lint(tmp_path / "fixed.jsonl", engines=ENGINES, cache=False).flagged == [False, False, False]
