"""The `curator-lint` pre-commit hook, run by the real pre-commit (`try-repo`) against this checkout."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

CHECKOUT = Path(__file__).resolve().parents[1]
CHMOD_777 = "```python\nimport os\nos.chmod(path, 0o777)\n```"
CHMOD_600 = "```python\nimport os\nos.chmod(path, 0o600)\n```"


def _chat(code: str) -> str:
    return json.dumps({"messages": [{"role": "user", "content": "fix the permissions"},
                                    {"role": "assistant", "content": code}]}) + "\n"


def test_hook_definition():
    hooks = yaml.safe_load((CHECKOUT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "curator-lint")
    assert hook["entry"] == "curator lint" and hook["language"] == "python" and hook["require_serial"] is True
    pattern = re.compile(hook["files"])
    for name in ("data/train.jsonl", "a.jsonl.gz", "b.json", "c.parquet", "d.jsonl.zst", "e.ndjson",
                 "f.ndjson.gz", "g.ndjson.zst", "h.jsonl.bz2", "x.csv", "package.json"):
        assert pattern.search(name), name
    for name in ("notes.txt", "train.jsonl.bak", "jsonl", "a.json.bak", "b.parquet.tmp", "c.gz"):
        assert not pattern.search(name), name


def test_a_json_file_that_is_no_corpus_is_skipped_not_unreadable(tmp_path):
    """package.json or a dataset folder's dataset_info.json, named (as pre-commit does) or met in a folder
    walk, is skipped and counted as skipped: not unreadable, no failure; a JSON array is still a corpus."""
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / "package.json").write_text(json.dumps({"name": "corpus-repo", "version": "1.0.0"}, indent=2))
    (data / "dataset_info.json").write_text(json.dumps({"description": "", "features": {}}, indent=2))
    (data / "train.ndjson").write_text(_chat(CHMOD_600), encoding="utf-8")
    (data / "rows.json").write_text("[" + _chat(CHMOD_600).strip() + "]", encoding="utf-8")

    def lint(*paths: Path) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "curator.cli", "lint", *map(str, paths), "--no-cache",
                               "--engines", "tree-sitter", "--db", str(tmp_path / "r.duckdb"), "--force"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120)

    only_metadata = lint(tmp_path / "package.json", data / "dataset_info.json")
    assert only_metadata.returncode == 0, only_metadata.stderr
    assert "2 files skipped (not a corpus" in only_metadata.stderr and "unreadable" not in only_metadata.stderr
    mixed = lint(tmp_path / "package.json", data / "train.ndjson", data / "rows.json")
    assert mixed.returncode == 0, mixed.stdout + mixed.stderr
    assert "2 records" in mixed.stdout and "1 file skipped (not a corpus)" in mixed.stdout
    assert "unreadable" not in mixed.stdout
    walked = lint(tmp_path)
    assert walked.returncode == 0 and "2 files skipped (not a corpus)" in walked.stdout, walked.stdout
    import duckdb

    con = duckdb.connect(str(tmp_path / "r.duckdb"), read_only=True)
    skipped, = con.execute("SELECT skipped_files FROM runs").fetchone()
    errors, = con.execute("SELECT count(*) FROM records WHERE status <> 'ok'").fetchone()
    con.close()
    assert sorted(Path(p).name for p in skipped) == ["dataset_info.json", "package.json"] and errors == 0


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.skipif(not (CHECKOUT / ".git").exists(), reason="needs a git checkout of sft-curator")
def test_pre_commit_try_repo_fails_on_a_finding_and_passes_on_a_clean_corpus(tmp_path):
    pytest.importorskip("pre_commit", reason="pip install pre-commit (dev extra)")
    repo = tmp_path / "data-repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "test@example.invalid")
    _git(repo, "config", "user.name", "test")
    (repo / "clean.jsonl").write_text(_chat(CHMOD_600) + _chat("Tides follow the moon."), encoding="utf-8")
    (repo / "notes.txt").write_text(_chat(CHMOD_777), encoding="utf-8")  # not a corpus file: not linted
    # JSON files that are no corpus: matched by the hook's pattern, skipped by curator, never "unreadable"
    (repo / "package.json").write_text(json.dumps({"name": "data", "version": "0.1.0"}, indent=2), encoding="utf-8")
    (repo / "hub").mkdir()
    (repo / "hub" / "dataset_info.json").write_text(json.dumps({"citation": "", "features": {}}), encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "clean corpus")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}

    def try_repo() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(CHECKOUT), "curator-lint",
                               "--all-files"], cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    clean = try_repo()
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert re.search(r"curator lint\.+Passed", clean.stdout), clean.stdout

    (repo / "train.jsonl").write_text(_chat(CHMOD_600) + _chat(CHMOD_777), encoding="utf-8")
    (repo / "extra.ndjson").write_text(_chat(CHMOD_777), encoding="utf-8")
    _git(repo, "add", "train.jsonl", "extra.ndjson")
    flagged = try_repo()
    assert flagged.returncode == 1, flagged.stdout + flagged.stderr
    assert re.search(r"curator lint\.+Failed", flagged.stdout), flagged.stdout
    assert "train.jsonl:2" in flagged.stdout and "py.fs.world-writable-chmod" in flagged.stdout
    assert "extra.ndjson:1" in flagged.stdout  # .ndjson is matched too
    assert "notes.txt" not in flagged.stdout and "clean.jsonl:" not in flagged.stdout
    assert "unreadable" not in flagged.stdout and "2 files skipped (not a corpus)" in flagged.stdout
