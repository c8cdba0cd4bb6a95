"""The Python API against the command line it must equal: real DuckDB files, real pandas, pyarrow and
`datasets` objects, a real process pool for `flag(num_proc=2)`, and the README's notebook session."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

import curator
from curator.cli import main

datasets = pytest.importorskip("datasets")
pd = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[1]
FLAWED = "```python\nimport os\n\ndef share(path):\n    os.chmod(path, 0o777)\n```"
PICKLED = "```python\nimport pickle\n\ndef load(blob):\n    return pickle.loads(blob)\n```"
SAFE = "```python\nprint('hello')\n```"
ROWS = [
    {"prompt": "Share the folder.", "completion": FLAWED},
    {"prompt": "Greet.", "completion": SAFE},
    {"prompt": "Load it.", "completion": PICKLED},
    {"prompt": "Greet again.", "completion": SAFE},
]
EXPECTED_FLAGGED = [True, False, True, False]
ENGINES = ["tree-sitter", "bandit"]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def cli(args: list[str]) -> int:
    try:
        main(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def table_rows(db: Path, query: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


FINDING_COLUMNS = "record_id, rule_id, cwe, severity, engine, line, col, excerpt, fingerprint, suppressed"
RECORD_COLUMNS = "record_id, source, line, sha256, format, status, error, n_snippets, n_findings, max_severity"


def test_lint_saves_the_same_report_the_cli_writes(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", ROWS + [{"nonsense": 1}])
    cli_db, api_db = tmp_path / "cli.duckdb", tmp_path / "api.duckdb"
    assert cli(["lint", str(corpus), "--db", str(cli_db), "--engines", ",".join(ENGINES), "--no-cache", "-q"]) == 1
    report = curator.lint(corpus, engines=ENGINES, cache=False)
    assert report.save(api_db) == api_db
    for table, columns in (("findings", FINDING_COLUMNS), ("records", RECORD_COLUMNS)):
        query = f"SELECT {columns} FROM {table} ORDER BY ALL"
        assert table_rows(api_db, query) == table_rows(cli_db, query), table
    assert report.flagged == EXPECTED_FLAGGED + [True]  # an unreadable record is flagged, as split does
    assert report.failed and report.summary.records == 5 and report.summary.records_error == 1
    assert {"number_stats", "trigger_stats", "findings_per_rule"} <= {
        row[0] for row in table_rows(api_db, "SELECT table_name FROM information_schema.tables")}


def test_every_in_memory_kind_gives_the_same_answer() -> None:
    df = pd.DataFrame(ROWS)
    kinds = {
        "dicts": ROWS,
        "generator": (dict(r) for r in ROWS),
        "dataframe": df,
        "arrow": pa.Table.from_pylist(ROWS),
        "dataset": datasets.Dataset.from_list(ROWS),
        "iterable": datasets.Dataset.from_list(ROWS).to_iterable_dataset(),
    }
    answers = {}
    for kind, data in kinds.items():
        report = curator.lint(data, engines=ENGINES, cache=False)
        findings = report.findings.to_pandas()
        answers[kind] = (report.flagged, sorted(zip(findings["record_line"], findings["rule_id"])))
        assert report.records.column("line").to_pylist() == [1, 2, 3, 4]
    first = answers["dicts"]
    assert first[0] == EXPECTED_FLAGGED
    assert {"py.fs.world-writable-chmod", "py.deserialize.pickle"} <= {rule for _, rule in first[1]}
    assert all(answer == first for answer in answers.values()), answers
    sources = curator.lint(kinds["dataframe"], engines=ENGINES, cache=False).records.column("source").to_pylist()
    assert sources == ["<dataframe>"] * 4
    named = curator.lint(ROWS, engines=ENGINES, cache=False, name="batch-7").records.column("record_id")
    assert named.to_pylist()[0] == "batch-7:1"


def test_flagged_follows_input_order_across_sources_and_workers(tmp_path: Path, monkeypatch) -> None:
    # names sort the other way round from the order given: flagged must follow the order given
    second = write_jsonl(tmp_path / "a_second.jsonl", ROWS[2:])
    first = write_jsonl(tmp_path / "b_first.jsonl", ROWS[:2])
    report = curator.lint([first, second], engines=ENGINES, cache=False)
    assert report.flagged == EXPECTED_FLAGGED
    assert report.records.column("source").to_pylist() == [str(first)] * 2 + [str(second)] * 2
    monkeypatch.setenv("CURATOR_SHARD_BYTES", "200")  # several tasks per file, on a real process pool
    sharded = curator.lint([first, second], engines=ENGINES, cache=False, workers=2)
    assert sharded.flagged == EXPECTED_FLAGGED
    assert sharded.findings.column("fingerprint").to_pylist() == report.findings.column("fingerprint").to_pylist()


def test_fail_on_select_ignore_and_config_file(tmp_path: Path, monkeypatch) -> None:
    ts = ["tree-sitter"]
    assert curator.lint(ROWS, engines=ts, fail_on="critical", cache=False).flagged == [False] * 4
    assert curator.lint(ROWS, engines=ts, ignore=["py.fs"], cache=False).flagged == [False, False, True, False]
    assert curator.lint(ROWS, engines=ts, select="py.fs", cache=False).flagged == [True, False, False, False]
    (tmp_path / "pyproject.toml").write_text('[tool.curator]\nignore = ["py.deserialize"]\n'
                                             'engines = ["tree-sitter"]\n')
    monkeypatch.chdir(tmp_path)
    assert curator.lint(ROWS, cache=False).flagged == [True, False, False, False]
    with pytest.raises(curator.UsageError, match="unknown engine 'nope'"):
        curator.lint(ROWS, engines=["nope"])
    with pytest.raises(curator.UsageError, match="no such file or directory"):
        curator.lint(tmp_path / "missing.jsonl")
    with pytest.raises(curator.UsageError, match="pass one, e.g. data\\['train'\\]"):
        curator.lint(datasets.DatasetDict({"train": datasets.Dataset.from_list(ROWS)}))
    with pytest.raises(curator.UsageError, match="cannot read a int"):
        curator.lint(7)
    with pytest.raises(curator.UsageError, match="rows in memory are linted in this process"):
        curator.lint(ROWS, workers=2)
    (tmp_path / "empty").mkdir()
    with pytest.raises(curator.UsageError, match="no corpus file found under"):
        curator.lint(tmp_path / "empty")
    precious = tmp_path / "notes.txt"
    precious.write_text("not a report")
    with pytest.raises(curator.UsageError, match="is not an sft-curator"):
        curator.lint(ROWS, db=precious)
    assert precious.read_text() == "not a report"


def test_report_sql_and_db_argument(tmp_path: Path) -> None:
    db = tmp_path / "kept.duckdb"
    report = curator.lint(ROWS, engines=ENGINES, cache=False, db=db)
    assert report.path == str(db) and db.is_file()
    per_rule = report.sql("SELECT rule_id, records FROM findings_per_rule ORDER BY rule_id").to_pylist()
    assert {row["rule_id"] for row in per_rule} >= {"py.fs.world-writable-chmod", "py.deserialize.pickle"}
    assert report.sql("SELECT count(*) AS n FROM records WHERE line = $1", [3]).to_pylist() == [{"n": 1}]
    with pytest.raises(duckdb.Error):  # the report is opened read-only
        report.sql("DELETE FROM records")
    assert report.number_stats.num_rows >= 0 and "rank" in report.trigger_stats.column_names
    assert isinstance(report.findings.to_pandas(), pd.DataFrame)


def test_temporary_report_lives_as_long_as_the_report() -> None:
    report = curator.lint(ROWS[:1], engines=ENGINES, cache=False)
    path = Path(report.path)
    assert path.is_file()
    del report
    import gc

    gc.collect()
    assert not path.exists()


def test_flag_adds_columns_in_order_with_processes() -> None:
    rows = [ROWS[i % 4] | {"n": i} for i in range(40)]
    ds = datasets.Dataset.from_list(rows)
    flagged = curator.flag(ds, num_proc=2, batch_size=8, engines=ENGINES)
    assert flagged.column_names == ["prompt", "completion", "n", *curator.FLAG_COLUMNS]
    assert flagged["n"] == list(range(40))
    assert flagged["curator_flagged"] == [EXPECTED_FLAGGED[i % 4] for i in range(40)]
    assert flagged["curator_flagged"] == curator.lint(ds, engines=ENGINES, cache=False).flagged
    assert flagged[0]["curator_max_severity"] == "high" and flagged[0]["curator_cwes"] == ["CWE-732"]
    assert flagged[1]["curator_max_severity"] is None and flagged[1]["curator_rules"] == []
    assert "py.deserialize.pickle" in flagged[2]["curator_rules"]
    clean = flagged.filter(lambda row: not row["curator_flagged"])
    assert clean["n"] == [i for i in range(40) if not EXPECTED_FLAGGED[i % 4]]
    with pytest.raises(curator.UsageError, match="already has a column 'curator_flagged'"):
        curator.flag(flagged)


def test_flag_iterable_dataset_and_dataframe() -> None:
    iterable = curator.flag(datasets.Dataset.from_list(ROWS).to_iterable_dataset(), engines=ENGINES)
    assert [row["curator_flagged"] for row in iterable] == EXPECTED_FLAGGED
    frame = curator.flag(pd.DataFrame(ROWS), engines=ENGINES, fail_on="critical")
    assert frame["curator_flagged"].tolist() == [False] * 4
    assert frame["curator_max_severity"].tolist()[0] == "high"
    with pytest.raises(curator.UsageError, match="num_proc needs a datasets.Dataset"):
        curator.flag(datasets.Dataset.from_list(ROWS).to_iterable_dataset(), num_proc=2)
    with pytest.raises(curator.UsageError, match="unknown option 'db'"):
        curator.flag(datasets.Dataset.from_list(ROWS), db="x.duckdb")


def test_is_flagged_is_one_definition() -> None:
    assert curator.is_flagged(["info"], "info") is False  # info never flags
    assert curator.is_flagged(["low"], "info") is True
    assert curator.is_flagged(["medium"], "high") is False and curator.is_flagged(["critical"], "high") is True
    assert curator.is_flagged(["critical"], "never") is False
    assert curator.is_flagged([], "low", readable=False) is True


def test_split_and_scrub_equal_the_commands(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", ROWS)
    manifest = curator.split(corpus, clean=tmp_path / "api-clean.jsonl", flagged=tmp_path / "api-flagged.jsonl",
                             engines=ENGINES)
    assert manifest["counts"]["clean"] == 2 and manifest["counts"]["flagged"] == 2
    assert cli(["split", str(corpus), "--clean", str(tmp_path / "cli-clean.jsonl"), "--flagged",
                str(tmp_path / "cli-flagged.jsonl"), "--engines", ",".join(ENGINES)]) == 0
    for side in ("clean", "flagged"):
        assert (tmp_path / f"api-{side}.jsonl").read_bytes() == (tmp_path / f"cli-{side}.jsonl").read_bytes()
    summary = curator.scrub(corpus, recipe="drop-flagged", out=tmp_path / "api-scrubbed.jsonl", engines=ENGINES)
    assert cli(["scrub", str(corpus), "--recipe", "drop-flagged", "--out", str(tmp_path / "cli-scrubbed.jsonl"),
                "--engines", ",".join(ENGINES)]) == 0
    assert (tmp_path / "api-scrubbed.jsonl").read_bytes() == (tmp_path / "cli-scrubbed.jsonl").read_bytes()
    assert summary.line()


def test_split_and_scrub_refuse_what_the_commands_refuse(tmp_path: Path) -> None:
    """The API runs the commands' checks before any work: an output that is an input, an existing file
    that is not ours without force, a missing input; nothing is written or changed."""
    corpus = write_jsonl(tmp_path / "c.jsonl", ROWS)
    before = corpus.read_bytes()
    with pytest.raises(curator.UsageError):
        curator.split(corpus, clean=corpus, flagged=tmp_path / "f.jsonl", engines=ENGINES)
    notes = tmp_path / "notes.jsonl"
    notes.write_text("mine\n", encoding="utf-8")
    with pytest.raises(curator.UsageError):
        curator.split(corpus, clean=notes, flagged=tmp_path / "f.jsonl", engines=ENGINES)
    with pytest.raises(curator.UsageError):
        curator.scrub(corpus, recipe="drop-flagged", out=corpus, engines=ENGINES)
    with pytest.raises(curator.UsageError):
        curator.split(tmp_path / "missing.jsonl", clean=tmp_path / "c2.jsonl", flagged=tmp_path / "f2.jsonl")
    assert corpus.read_bytes() == before and notes.read_text(encoding="utf-8") == "mine\n"
    assert not (tmp_path / "f.jsonl").exists()
    # Parquet in, a .jsonl name out: the bytes written would be Parquet under a JSON Lines name
    import pyarrow.parquet as pq

    table = tmp_path / "t.parquet"
    pq.write_table(pa.Table.from_pylist([json.loads(line) for line in before.decode().splitlines()]), table)
    with pytest.raises(curator.UsageError, match="Parquet|parquet"):
        curator.split(table, clean=tmp_path / "out.jsonl", flagged=tmp_path / "out-f.parquet", engines=ENGINES)
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "out-f.parquet").exists()


def test_public_names_are_typed_and_documented() -> None:
    for name in curator.__all__:
        obj = getattr(curator, name)
        if callable(obj) and not isinstance(obj, type(curator.UsageError)):
            assert obj.__doc__ and obj.__annotations__, name
    assert (ROOT / "curator" / "py.typed").is_file()
    assert '"curator" = ["py.typed"]' in (ROOT / "pyproject.toml").read_text()
    # the submodules curator.lint and curator.scrub never shadow the functions
    import importlib

    importlib.import_module("curator.lint")
    importlib.import_module("curator.scrub.split")
    assert callable(curator.lint) and callable(curator.scrub) and callable(curator.split)


def test_readme_notebook_session_runs(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)\n```", section, re.S).group(1)
    shutil.copytree(ROOT / "sample_corpora", tmp_path / "sample_corpora")
    script = tmp_path / "session.py"
    script.write_text(code)
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    assert (tmp_path / "report.duckdb").is_file() and (tmp_path / "clean.jsonl").is_file()
    assert (tmp_path / "fixed.jsonl").is_file()
