"""Configuration: [tool.curator] in the nearest pyproject.toml, overridden by flags; --show-config."""

from __future__ import annotations

import sys

import pytest

from curator.cli import main
from curator.config import render_config, resolve_config
from curator.errors import UsageError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PYPROJECT = """
[project]
name = "data-repo"

[tool.curator]
engines = ["tree-sitter", "numbers"]
fail-on = "high"
select = ["py.fs", "py.injection"]
ignore = "py.injection.sql-string"
roles = ["assistant", "system"]
numbers = ["lists/extra.yaml"]
baseline = "baseline.json"
cache = false
cache-dir = ".cache/curator"
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "data" / "deep").mkdir(parents=True)
    return tmp_path


def test_file_values_are_read_from_the_nearest_pyproject(project):
    config = resolve_config({}, start_dir=project / "data" / "deep")
    assert config.engines == ("tree-sitter", "numbers") and config.fail_on == "high"
    assert config.select == ("py.fs", "py.injection") and config.ignore == ("py.injection.sql-string",)
    assert config.roles == ("assistant", "system") and config.cache is False
    # paths in the file are relative to the file, wherever curator runs from
    assert config.numbers == (str((project / "lists" / "extra.yaml").resolve()),)
    assert config.baseline == str(project / "baseline.json")
    assert config.cache_dir == str(project / ".cache/curator")
    assert config.config_file == str(project / "pyproject.toml")


def test_flags_override_the_file(project):
    config = resolve_config({"fail_on": "low", "engines": ("bandit",), "select": (), "cache": None},
                            start_dir=project)
    assert config.fail_on == "low" and config.engines == ("bandit",)
    assert config.select == ("py.fs", "py.injection")  # a flag not given leaves the file's value
    assert config.cache is False


def test_defaults_without_a_pyproject(tmp_path):
    config = resolve_config({}, start_dir=tmp_path)
    assert config.fail_on == "low" and config.cache is True and config.config_file is None


@pytest.mark.parametrize("body, message", [
    ('fail-on = "loud"', r"\[tool.curator\] fail-on must be one of"),
    ('engines = ["tree-sitter", "grep"]', "unknown engine 'grep'"),
    ("cache = 1", "cache must be true or false"),
    ("select = [1, 2]", "select must be a list of strings"),
    ('colour = "red"', "unknown key 'colour'"),
    ("workers = \"four\"", "workers must be a whole number"),
])
def test_bad_values_name_the_file(tmp_path, body, message):
    (tmp_path / "pyproject.toml").write_text(f"[tool.curator]\n{body}\n", encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        resolve_config({}, start_dir=tmp_path)


def test_show_config_round_trips_through_a_pyproject(project, tmp_path_factory):
    config = resolve_config({"fail_on": "medium"}, start_dir=project)
    text = render_config(config)
    assert "fail-on = \"medium\"" in text and str(project / "pyproject.toml") in text
    other = tmp_path_factory.mktemp("copy")
    (other / "pyproject.toml").write_text(text, encoding="utf-8")
    assert tomllib.loads(text)["tool"]["curator"]["engines"] == ["tree-sitter", "numbers"]
    again = resolve_config({}, start_dir=other)
    for key in ("engines", "fail_on", "select", "ignore", "roles", "numbers", "baseline", "cache", "cache_dir"):
        assert getattr(again, key) == getattr(config, key), key


def test_lint_show_config_prints_the_effective_config(project, monkeypatch, capsys):
    monkeypatch.chdir(project / "data")
    with pytest.raises(SystemExit) as exit_info:
        main(["lint", "x.jsonl", "--show-config", "--fail-on", "critical", "--select", "py.fs"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    table = tomllib.loads(out)["tool"]["curator"]
    assert table["fail-on"] == "critical" and table["select"] == ["py.fs"]
    assert table["engines"] == ["tree-sitter", "numbers"] and table["cache"] is False
    assert "# inputs: x.jsonl" in out
