"""The result cache: hits rebind record ids, namespaces separate configurations, re-lints skip the engines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cache import ResultCache, default_cache_dir, lint_with_cache
from curator.config import resolve_config
from curator.lint import lint_to_store
from curator.model import Record
from curator.store import open_report
from reportsample import _flagged, _record

KEY = {"rules": "r1", "engines": {"tree-sitter": {}}}
CHMOD_777 = "```python\nimport os\nos.chmod(path, 0o777)\n```"
CHMOD_600 = "```python\nimport os\nos.chmod(path, 0o600)\n```"


def test_hit_rebinds_ids_to_the_record_it_is_loaded_for(tmp_path):
    original = _flagged(_record("a.jsonl", 3, "import os\nos.chmod(path, 0o777)\n"))
    with ResultCache.open(tmp_path, KEY) as cache:
        cache.put(original)
    moved = _record("elsewhere/b.jsonl", 40, "import os\nos.chmod(path, 0o777)\n")
    assert moved.sha256 == original.record.sha256
    with ResultCache.open(tmp_path, KEY) as cache:
        hit = cache.get(moved)
        assert cache.hits == 1
    assert hit is not None and hit.record is moved
    assert [s.snippet_id for s in hit.snippets] == ["elsewhere/b.jsonl:40#0"]
    finding, before = hit.findings[0], original.findings[0]
    assert (finding.record_id, finding.snippet_id) == ("elsewhere/b.jsonl:40", "elsewhere/b.jsonl:40#0")
    assert (finding.rule_id, finding.line, finding.excerpt, finding.fingerprint) == \
        (before.rule_id, before.line, before.excerpt, before.fingerprint)
    assert hit.statuses[0].snippet_id == "elsewhere/b.jsonl:40#0"


def test_other_configuration_or_content_misses(tmp_path):
    result = _flagged(_record("a.jsonl", 1, "import os\nos.chmod(path, 0o777)\n"))
    with ResultCache.open(tmp_path, KEY) as cache:
        cache.put(result)
    with ResultCache.open(tmp_path, {**KEY, "rules": "r2"}) as cache:
        assert cache.get(result.record) is None
    with ResultCache.open(tmp_path, KEY) as cache:
        assert cache.get(_record("a.jsonl", 1, "print('changed')\n")) is None
        assert cache.get(result.record) is not None
    assert (tmp_path / ".gitignore").read_text().strip().endswith("*")


def test_unreadable_records_are_never_cached(tmp_path):
    bad = Record(source="a.jsonl", position=2, raw=b"{oops", container="jsonl", status="error", error="a.jsonl:2: bad")
    calls = []

    def lint_batch(records):
        calls.append(len(records))
        from curator.model import RecordResult
        return [RecordResult(r) for r in records]

    for _ in range(2):
        with ResultCache.open(tmp_path, KEY) as cache:
            assert lint_with_cache(lint_batch, cache, [bad])[0].record is bad
    assert calls == [1, 1]


def test_default_cache_dir_sits_beside_the_nearest_pyproject(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (tmp_path / "data" / "sub").mkdir(parents=True)
    assert default_cache_dir(tmp_path / "data" / "sub") == tmp_path / ".curator-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir(Path("/")) == tmp_path / "xdg" / "sft-curator"


def _corpus(path: Path, codes: list[str]) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for code in codes:
            out.write(json.dumps({"messages": [{"role": "user", "content": "fix the permissions"},
                                               {"role": "assistant", "content": code}]}) + "\n")
    return path


def _lint(corpus: Path, db: Path, cache_dir: Path, *, cache: bool = True):
    config = resolve_config({"paths": (str(corpus),), "db": str(db), "cache": cache, "cache_dir": str(cache_dir),
                             "engines": ("tree-sitter",)}, start_dir=corpus.parent)
    summary = lint_to_store(None, config)
    con = open_report(db)
    rows = con.execute("SELECT record_id, rule_id, line, fingerprint FROM findings ORDER BY ALL").fetchall()
    con.close()
    return summary, rows


def test_relint_of_an_unchanged_corpus_loads_no_engine(tmp_path):
    corpus = _corpus(tmp_path / "c.jsonl", [CHMOD_777, CHMOD_600, "plain prose", CHMOD_777])
    cold, cold_rows = _lint(corpus, tmp_path / "1.duckdb", tmp_path / "cache")
    assert cold.engine_seconds.get("tree-sitter") is not None and len(cold_rows) == 2
    # the same records under another file name: every record is a hit, ids rebound to the new file
    renamed = tmp_path / "renamed.jsonl"
    renamed.write_bytes(corpus.read_bytes())
    warm, warm_rows = _lint(renamed, tmp_path / "2.duckdb", tmp_path / "cache")
    assert warm.engine_seconds == {}  # every record came from the cache: no engine was even built
    assert warm_rows == [(rid.replace(str(corpus), str(renamed)), *rest) for rid, *rest in cold_rows]
    assert warm.findings == cold.findings == 2 and warm.run_id != cold.run_id
    bypass, bypass_rows = _lint(corpus, tmp_path / "3.duckdb", tmp_path / "cache", cache=False)
    assert "tree-sitter" in bypass.engine_seconds and bypass_rows == cold_rows


def test_an_unchanged_run_reuses_the_whole_report(tmp_path):
    corpus = _corpus(tmp_path / "c.jsonl", [CHMOD_777, CHMOD_600])
    cold, cold_rows = _lint(corpus, tmp_path / "1.duckdb", tmp_path / "cache")
    again, again_rows = _lint(corpus, tmp_path / "2.duckdb", tmp_path / "cache")
    assert again.run_id == cold.run_id and again_rows == cold_rows and again.engine_seconds == {}
    assert again.findings == cold.findings == 1 and again.line()
    corpus.write_text(corpus.read_text() + "\n", encoding="utf-8")  # any byte changed: a new run
    changed, _ = _lint(corpus, tmp_path / "3.duckdb", tmp_path / "cache")
    assert changed.run_id != cold.run_id


def test_a_changed_record_is_linted_again(tmp_path):
    corpus = _corpus(tmp_path / "c.jsonl", [CHMOD_777, CHMOD_600])
    _lint(corpus, tmp_path / "1.duckdb", tmp_path / "cache")
    changed = CHMOD_777.replace("path", "target")
    _corpus(corpus, [CHMOD_600, CHMOD_777, changed])  # lines moved, one record new
    summary, rows = _lint(corpus, tmp_path / "2.duckdb", tmp_path / "cache")
    assert "tree-sitter" in summary.engine_seconds
    assert [r[0] for r in rows] == [f"{corpus}:2", f"{corpus}:3"]


def test_no_cache_flag_bypasses_the_cache(tmp_path, monkeypatch, capsys):
    from curator.cli import main

    _corpus(tmp_path / "c.jsonl", [CHMOD_600])
    (tmp_path / "pyproject.toml").write_text('[tool.curator]\nengines = ["tree-sitter"]\n')
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        main(["lint", "c.jsonl", "--no-cache", "-q"])
    assert not (tmp_path / ".curator-cache").exists()
    with pytest.raises(SystemExit):
        main(["lint", "c.jsonl", "-q"])
    assert (tmp_path / ".curator-cache" / "results.sqlite").is_file()
