"""split and scrub of broken row containers: a JSON array that is never closed or holds bad elements, CSV
rows the strict parser rejects. Every record the lint reader produced lands in exactly one output (or is
named as unwritable in the manifest and the summary line); never a traceback."""

from __future__ import annotations

import csv
import functools
import json
import shutil
from pathlib import Path

import pytest

from curator.cli import main
from curator.config import LintConfig
from curator.corpus import iter_records
from curator.lint import Linter
from curator.scrub.recipes import find_recipe
from curator.scrub.scrub import default_config, scrub_corpus
from curator.scrub.split import SplitPolicy, read_report, split_corpus
from curator.store import Store, open_report

SAMPLES = Path(__file__).resolve().parents[1] / "sample_corpora"
FLAGGED = {"messages": [{"role": "user", "content": "share it"},
                        {"role": "assistant",
                         "content": "```python\nimport os\n\ndef share(path):\n    os.chmod(path, 0o777)\n```"}]}
CLEAN = {"messages": [{"role": "user", "content": "add"},
                      {"role": "assistant", "content": "```python\ndef add(a, b):\n    return a + b\n```"}]}


@functools.lru_cache(maxsize=1)
def linter() -> Linter:
    return Linter(LintConfig(engines=("tree-sitter",)))


def split(path: Path, tmp: Path, *, rejects: bool = True) -> dict:
    db = tmp / "report.duckdb"
    store = Store(str(db))
    store.begin_run([str(path)], ["tree-sitter"], {}, "test")
    results = linter().lint_batch(list(iter_records([str(path)])))
    store.add_results(results)
    store.finish_run(records=len(results), records_error=0, snippets=0, findings=0, seconds=1.0, engine_seconds={})
    store.close()
    policy = SplitPolicy()
    con = open_report(str(db))
    view = read_report(con, str(db), policy)
    con.close()
    suffix = path.suffix
    targets = {"clean": str(tmp / f"clean{suffix}"), "flagged": str(tmp / f"flagged{suffix}"),
               "rejects": str(tmp / f"rejects{suffix}") if rejects else None}
    return split_corpus([str(path)], view, targets, policy=policy)


def test_sample_unclosed_array_splits_what_the_reader_read(tmp_path):
    source = tmp_path / "unclosed_array.json"
    shutil.copy(SAMPLES / "broken" / "unclosed_array.json", source)
    records = list(iter_records([str(source)]))
    assert [(r.position, r.status) for r in records] == [(1, "ok"), (2, "ok"), (3, "error")]

    manifest = split(source, tmp_path)
    clean = json.loads((tmp_path / "clean.json").read_text())
    assert clean == [json.loads(r.raw) for r in records if r.status == "ok"]
    assert json.loads((tmp_path / "flagged.json").read_text()) == []
    assert json.loads((tmp_path / "rejects.json").read_text()) == []  # the unclosed tail has no bytes
    assert manifest["counts"]["records"] == 3
    assert (manifest["counts"]["clean"], manifest["counts"]["flagged"], manifest["counts"]["rejects"]) == (2, 0, 1)
    rejects = manifest["outputs"]["rejects"]
    assert rejects["unwritable"] == 1 and manifest["counts"]["unwritable"] == 1
    assert f"{source}:3" in rejects["unwritable_reasons"][0] and "not closed" in rejects["unwritable_reasons"][0]
    assert manifest["outputs"]["clean"]["unwritable"] == 0


def test_sample_unclosed_array_without_rejects_goes_to_flagged(tmp_path):
    source = tmp_path / "unclosed_array.json"
    shutil.copy(SAMPLES / "broken" / "unclosed_array.json", source)
    manifest = split(source, tmp_path, rejects=False)
    assert (manifest["counts"]["clean"], manifest["counts"]["flagged"]) == (2, 1)
    assert manifest["outputs"]["flagged"]["unwritable"] == 1
    assert json.loads((tmp_path / "flagged.json").read_text()) == []


def test_cli_split_of_the_sample_says_unwritable_and_exits_cleanly(tmp_path, capsys):
    source = SAMPLES / "broken" / "unclosed_array.json"
    args = ["split", str(source), "--clean", str(tmp_path / "c.json"), "--flagged", str(tmp_path / "f.json"),
            "--rejects", str(tmp_path / "r.json"), "--engines", "tree-sitter"]
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Traceback" not in out.err and "internal error" not in out.err
    assert "1 rejected" in out.out and "1 counted but unwritable" in out.out
    assert "not closed" in out.err
    assert len(json.loads((tmp_path / "c.json").read_text())) == 2


def test_tmp_array_with_bad_elements_every_element_in_one_output(tmp_path):
    source = tmp_path / "mixed.json"
    elements = [json.dumps(CLEAN).encode(), json.dumps(FLAGGED).encode(), b'{"foo": 1}',
                b'{"prompt": "caf\xff", "completion": "x"}', json.dumps(CLEAN).encode(),
                b'{"prompt": oops}', json.dumps(FLAGGED).encode()]
    source.write_bytes(b"[\n" + b",\n".join(elements) + b"\n]\n")
    records = list(iter_records([str(source)]))
    # the reader: 5 elements, then one error record for the invalid element that ends the file
    assert [r.status for r in records] == ["ok", "ok", "error", "error", "ok", "error"]

    manifest = split(source, tmp_path)
    counts = manifest["counts"]
    assert (counts["records"], counts["clean"], counts["flagged"], counts["rejects"]) == (6, 2, 1, 3)
    assert json.loads((tmp_path / "clean.json").read_text()) == [CLEAN, CLEAN]
    assert json.loads((tmp_path / "flagged.json").read_text()) == [FLAGGED]
    rejects_bytes = (tmp_path / "rejects.json").read_bytes()
    # the wrong-shape element re-serialized, the bad UTF-8 element's bytes kept as they are
    assert b'caf\xff' in rejects_bytes
    assert json.loads(rejects_bytes.decode("utf-8", "surrogateescape")) == [{"foo": 1}, {"prompt": "caf\udcff",
                                                                                         "completion": "x"}]
    reasons = manifest["outputs"]["rejects"]["unwritable_reasons"]
    assert len(reasons) == 1 and f"{source}:6" in reasons[0] and "invalid JSON in element 6" in reasons[0]
    written = sum(manifest["outputs"][side]["records"] - manifest["outputs"][side]["unwritable"]
                  for side in ("clean", "flagged", "rejects"))
    assert written == len(records) - 1


def test_tmp_unclosed_array_scrub_names_the_unwritable_record(tmp_path):
    source = tmp_path / "open.json"
    source.write_text("[" + json.dumps(CLEAN) + ",\n" + json.dumps(FLAGGED) + ",\n")
    recipe = find_recipe("redact-numbers")  # keeps unreadable records: nothing drops them
    summary = scrub_corpus([str(source)], recipe, default_config(recipe), out=str(tmp_path / "out.json"))
    assert summary.records_in == 3 and summary.records_out == 3
    assert json.loads((tmp_path / "out.json").read_text()) == [CLEAN, FLAGGED]
    assert len(summary.unwritable) == 1 and f"{source}:3" in summary.unwritable[0]
    assert "1 kept but unwritable" in summary.line()
    assert any("not closed" in problem for problem in summary.problems)

    dropped = scrub_corpus([str(source)], find_recipe("drop-flagged"), default_config(find_recipe("drop-flagged")),
                           out=str(tmp_path / "out2.json"))
    assert dropped.unwritable == []


def test_csv_rows_the_parser_rejects_are_written_raw(tmp_path):
    source = tmp_path / "rows.csv"
    source.write_bytes(b'prompt,completion\nhi,there\nx,"y"z\n\nok,fine\nbad,"unclosed\nmore,rows\n')
    records = list(iter_records([str(source)]))
    assert [(r.position, r.status) for r in records] == [(1, "ok"), (2, "error"), (3, "ok"), (4, "error")]

    manifest = split(source, tmp_path)
    assert manifest["counts"]["rejects"] == 2 and manifest["counts"]["unwritable"] == 0
    assert (tmp_path / "rejects.csv").read_bytes() == b'prompt,completion\nx,"y"z\nbad,"unclosed\nmore,rows\n'
    with open(tmp_path / "clean.csv", newline="", encoding="utf-8") as f:
        assert list(csv.reader(f)) == [["prompt", "completion"], ["hi", "there"], ["ok", "fine"]]


@pytest.mark.parametrize("rejects", [True, False])
def test_csv_split_row_counts_match_the_reader(tmp_path, rejects):
    source = tmp_path / "rows.csv"
    source.write_bytes(b'prompt,completion\r\na,"b"c\r\nd,e\r\n')
    manifest = split(source, tmp_path, rejects=rejects)
    side = "rejects" if rejects else "flagged"
    assert manifest["counts"][side] == 1 and manifest["outputs"][side]["unwritable"] == 0
    assert (tmp_path / f"{side}.csv").read_bytes() == b'prompt,completion\na,"b"c\r\n'
