"""split and scrub of row containers (Parquet, save_to_disk Dataset and DatasetDict, CSV, JSON arrays):
every row in exactly one output, in order, with its values, schema and container kept; manifest right;
scrub writes the same container and changes only what scrub_actions says."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curator.config import LintConfig
from curator.corpus import iter_records
from curator.model import SEVERITY_RANK
from curator.scrub.recipes import find_recipe
from curator.scrub.scrub import scrub_corpus
from curator.scrub.split import SplitPolicy, read_report, split_corpus
from curator.store import open_report
from test_split import lint, linter  # the same reader + linter + store, engines built once

datasets = pytest.importorskip("datasets")

SAMPLES = Path(__file__).resolve().parents[1] / "sample_corpora"
FLAGGED_CODE = "import os\n\ndef share(path):\n    os.chmod(path, 0o777)\n"
CLEAN_CODE = "def add(a, b):\n    return a + b\n"




def flagged_ids(db: Path, fail_on: str) -> set[str]:
    """Record ids with an active finding at or above `fail_on`, straight from the report's tables."""
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT record_id, severity FROM findings WHERE suppressed IS NULL").fetchall()
    con.close()
    return {rid for rid, severity in rows if SEVERITY_RANK[severity] >= SEVERITY_RANK[fail_on]}


# -- reading each container back independently of curator ------------------------------------------------
def read_parts(container: str, path: Path) -> dict[str, tuple[object, list[dict]]]:
    """record source -> (schema or features, rows) for one input or output."""
    if container == "parquet":
        table = pq.read_table(path)
        return {str(path): (table.schema, table.to_pylist())}
    if container == "hf":
        loaded = datasets.load_from_disk(str(path))
        if isinstance(loaded, datasets.DatasetDict):
            return {str(path / split): (ds.features, ds.to_list()) for split, ds in loaded.items()}
        return {str(path): (loaded.features, loaded.to_list())}
    if container == "csv":
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = next(reader)
            rows = [dict(zip(header, cells)) for cells in reader if any(cells)]
        return {str(path): (header, rows)}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(path): (None, data)}


def tiny_parquet(path: Path) -> None:
    """Types beyond strings: ints, floats with nulls, lists, nested structs, row groups of 2."""
    messages = pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())]))
    codes = [FLAGGED_CODE, CLEAN_CODE, CLEAN_CODE, FLAGGED_CODE, CLEAN_CODE]
    table = pa.table({
        "id": pa.array([10, 11, 12, 13, 14], pa.int64()),
        "score": pa.array([0.5, None, 1.25, -3.0, None], pa.float64()),
        "tags": pa.array([["a"], [], None, ["b", "c"], ["ü"]], pa.list_(pa.string())),
        "messages": pa.array([[{"role": "user", "content": f"task {i}"}, {"role": "assistant", "content": c}]
                              for i, c in enumerate(codes)], messages),
    }, metadata={b"origin": b"test"})
    pq.write_table(table, path, row_group_size=2)


def dataset_dict(path: Path) -> None:
    ds = datasets.load_from_disk(str(SAMPLES / "hf_alpaca_dataset"))
    datasets.DatasetDict({"train": ds.select(range(4)), "test": ds.select(range(4, 6))}).save_to_disk(str(path))


def csv_with_blank_rows(path: Path) -> None:
    """The sample CSV with blank lines between rows: blank rows are not records, positions must still match."""
    with open(SAMPLES / "alpaca.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        for i, row in enumerate(rows):
            writer.writerow(row)
            if i % 2:
                f.write("\r\n" if i % 4 == 1 else ",,\r\n")


CASES = {
    "parquet-sample": ("parquet", ".parquet", lambda p: shutil.copy(SAMPLES / "chat_messages.parquet", p)),
    "parquet-types": ("parquet", ".parquet", tiny_parquet),
    "hf-dataset": ("hf", "", lambda p: shutil.copytree(SAMPLES / "hf_alpaca_dataset", p)),
    "hf-datasetdict": ("hf", "", dataset_dict),
    "csv-sample": ("csv", ".csv", lambda p: shutil.copy(SAMPLES / "alpaca.csv", p)),
    "csv-blank-rows": ("csv", ".csv", csv_with_blank_rows),
    "json-array": ("json", ".json", lambda p: shutil.copy(SAMPLES / "sharegpt.json", p)),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("fail_on", ["low", "critical"])
def test_split_partitions_rows_with_values_schema_and_container(tmp_path, case, fail_on):
    container, ext, make = CASES[case]
    source = tmp_path / f"in{ext}"
    make(source)
    db = tmp_path / "r.duckdb"
    lint(source, db)
    con = open_report(db)
    view = read_report(con, str(db), SplitPolicy(fail_on))
    con.close()
    targets = {"clean": str(tmp_path / f"clean{ext}"), "flagged": str(tmp_path / f"flagged{ext}"), "rejects": None}
    manifest = split_corpus([str(source)], view, targets, policy=SplitPolicy(fail_on))

    flagged = flagged_ids(db, fail_on)
    before = read_parts(container, source)
    clean_out = read_parts(container, tmp_path / f"clean{ext}")
    flagged_out = read_parts(container, tmp_path / f"flagged{ext}")
    assert set(clean_out) == {name.replace(str(source), str(tmp_path / f"clean{ext}")) for name in before}
    assert set(flagged_out) == {name.replace(str(source), str(tmp_path / f"flagged{ext}")) for name in before}
    total = {"clean": 0, "flagged": 0}
    for name, (schema, rows) in before.items():
        out_name = name.replace(str(source), str(tmp_path / f"clean{ext}"))
        f_name = name.replace(str(source), str(tmp_path / f"flagged{ext}"))
        want_flagged = [row for n, row in enumerate(rows, 1) if f"{name}:{n}" in flagged]
        want_clean = [row for n, row in enumerate(rows, 1) if f"{name}:{n}" not in flagged]
        assert flagged_out[f_name][1] == want_flagged, name
        assert clean_out[out_name][1] == want_clean, name
        if schema is not None:
            assert clean_out[out_name][0] == schema and flagged_out[f_name][0] == schema
        total["clean"] += len(want_clean)
        total["flagged"] += len(want_flagged)
    if fail_on == "low":
        assert total["flagged"] > 0 and total["clean"] > 0, "each case must exercise both sides"
    else:
        assert total["flagged"] == len(flagged)

    assert manifest["counts"]["clean"] == total["clean"] and manifest["counts"]["flagged"] == total["flagged"]
    assert manifest["counts"]["records"] == total["clean"] + total["flagged"]
    saved = json.loads(Path(manifest["manifest"]).read_text())
    assert saved["counts"] == manifest["counts"]
    assert saved["inputs"][0]["sha256"] == sha256_of(source)
    for side in ("clean", "flagged"):
        info = saved["outputs"][side]
        assert info["path"] == targets[side] and info["records"] == total[side]
        assert info["sha256"] == sha256_of(Path(info["path"]))
    if container == "parquet":
        assert pq.read_table(targets["clean"]).schema.metadata == pq.read_table(source).schema.metadata


def sha256_of(path: Path) -> str:
    """Independent of curator: a file's bytes, or a folder's relative names and bytes in sorted order."""
    digest = hashlib.sha256()
    if path.is_dir():
        for item in sorted((p for p in path.rglob("*") if p.is_file()), key=lambda p: p.relative_to(path).parts):
            digest.update(str(item.relative_to(path)).encode())
            digest.update(item.read_bytes())
    else:
        digest.update(path.read_bytes())
    return digest.hexdigest()


# -- scrub ---------------------------------------------------------------------------------------------------
SCRUB_CASES = {k: CASES[k] for k in ("parquet-sample", "parquet-types", "hf-dataset", "hf-datasetdict")}


def scrub(source: Path, recipe: str, out: Path, db: Path):
    chosen = find_recipe(recipe)
    config = LintConfig(engines=tuple(chosen.lint.get("engines", ("tree-sitter", "numbers"))))
    return scrub_corpus([str(source)], chosen, config, out=str(out), db=str(db))


def actions(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT record_id, transform, applied, sha256_before, sha256_after, rule_id FROM scrub_actions"
                       " ORDER BY record_id, step").fetchall()
    con.close()
    return rows


def contents(row: dict) -> list:
    return [m["content"] for m in row["messages"]] if "messages" in row else [row["output"]]


def without_text(row: dict) -> dict:
    """A row with its message / output text blanked: what scrub must never change."""
    if "messages" in row:
        return {**row, "messages": [{**m, "content": None} for m in row["messages"]]}
    return {**row, "output": None}


@pytest.mark.parametrize("case", sorted(SCRUB_CASES))
def test_drop_flagged_writes_the_same_container_without_the_dropped_rows(tmp_path, case):
    container, ext, make = SCRUB_CASES[case]
    source = tmp_path / f"in{ext}"
    make(source)
    out, db = tmp_path / f"out{ext}", tmp_path / "s.duckdb"
    summary = scrub(source, "drop-flagged", out, db)
    dropped = {rid for rid, _, applied, _, after, _ in actions(db) if applied and after is None}
    assert summary.dropped == len(dropped) > 0
    before, after = read_parts(container, source), read_parts(container, out)
    kept_total = 0
    for name, (schema, rows) in before.items():
        out_name = name.replace(str(source), str(out))
        kept = [row for n, row in enumerate(rows, 1) if f"{name}:{n}" not in dropped]
        assert after[out_name][1] == kept and after[out_name][0] == schema
        kept_total += len(kept)
    assert summary.records_out == kept_total


@pytest.mark.parametrize("case", sorted(SCRUB_CASES))
def test_remediate_changes_only_the_rows_scrub_actions_names(tmp_path, case):
    container, ext, make = SCRUB_CASES[case]
    source = tmp_path / f"in{ext}"
    make(source)
    out, db = tmp_path / f"out{ext}", tmp_path / "s.duckdb"
    summary = scrub(source, "remediate", out, db)
    logged = actions(db)
    changed = {rid for rid, _, applied, b, a, _ in logged if applied and a is not None and a != b}
    assert not [row for row in logged if row[4] is None], "remediate drops nothing"
    before, after = read_parts(container, source), read_parts(container, out)
    assert summary.records_out == summary.records_in == sum(len(rows) for _, rows in before.values())
    seen_changed = set()
    for name, (schema, rows) in before.items():
        out_name = name.replace(str(source), str(out))
        new_schema, new_rows = after[out_name]
        assert new_schema == schema and len(new_rows) == len(rows)
        for n, (old, new) in enumerate(zip(rows, new_rows), 1):
            assert without_text(new) == without_text(old), f"{name}:{n}: only text may change"
            if new != old:
                seen_changed.add(f"{name}:{n}")
                assert contents(new) != contents(old)
    assert seen_changed == changed
    if case in ("parquet-types", "hf-dataset"):
        assert changed, "the corpus holds a fixable finding"
    # the fixed rules are gone from the changed rows on re-lint (unless another instance was not fixable)
    fixed = {rule for _, transform, applied, _, _, rule in logged if applied and transform.startswith("remediate")}
    unfixable = {rule for _, transform, applied, _, _, rule in logged if not applied}
    relint = linter().lint_batch(list(iter_records([str(out)])))
    left = {(r.record.record_id.replace(str(out), str(source)), f.rule_id) for r in relint for f in r.findings}
    assert not [(rid, rule) for rid, rule in left if rid in changed and rule in fixed - unfixable]
