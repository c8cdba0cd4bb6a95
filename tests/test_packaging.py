"""A wheel built from the repo carries rules/, scrubbers/ and the schema, and finds them after a plain install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # built from a copy of the source without build outputs: setuptools reuses an existing build/lib and
    # would ship files deleted since (a rule file moved away, then a duplicate rule id in the wheel)
    source = tmp_path_factory.mktemp("source") / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        "build", "dist", ".venv", ".git", ".ci", "*.egg-info", "__pycache__", ".curator-cache", "experiment_runs"))
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(source)], capture_output=True, text=True)
    if proc.returncode != 0 and "No module named" in proc.stderr:
        pytest.skip(f"cannot build a wheel here: {proc.stderr.strip().splitlines()[-1]}")
    assert proc.returncode == 0, proc.stderr
    return next(out.glob("sft_curator-*.whl"))


def test_wheel_ships_rules_recipes_and_schema(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    rule_files = {p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*") if p.is_file()
                  and "__pycache__" not in p.parts}
    for rel in rule_files:
        assert f"curator/builtin_rules/{rel}" in names, rel
    for recipe in (ROOT / "scrubbers").glob("*.yaml"):
        assert f"curator/builtin_scrubbers/{recipe.name}" in names
    assert "curator/schema/010_core.sql" in names
    assert not any(n.startswith(("tests/", "sample_corpora/", "benchmarks/")) for n in names)


def test_installed_wheel_finds_its_rules(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = ("import curator.ruleset as r, curator.store as s; "
            "print(r.rules_root()); print(r.scrubbers_root()); print(len(r.load_rules())); "
            "print(len(s.schema_sql()))")
    # run from an empty folder so the checkout's own curator/ cannot be imported by accident
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(target)})
    assert proc.returncode == 0, proc.stderr
    rules_root, scrubbers_root, count, schemas = proc.stdout.split()
    assert rules_root.startswith(str(target)) and scrubbers_root.startswith(str(target))
    assert int(count) > 20 and int(schemas) >= 1
