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


def _show_config(capsys, args) -> dict:
    with pytest.raises(SystemExit) as exit_info:
        main(["lint", *args, "--show-config"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    return tomllib.loads(text)["tool"]["curator"] | {"_text": text}


def test_the_pyproject_nearest_the_inputs_wins_over_the_working_directory(project, tmp_path_factory,
                                                                          monkeypatch, capsys):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "pyproject.toml").write_text('[tool.curator]\nfail-on = "critical"\n', encoding="utf-8")
    monkeypatch.chdir(elsewhere)
    table = _show_config(capsys, [str(project / "data" / "deep" / "corpus.jsonl")])
    assert table["fail-on"] == "high" and str(project / "pyproject.toml") in table["_text"]
    # an input with no configuration above it falls back to the working directory's
    bare = tmp_path_factory.mktemp("bare")
    assert _show_config(capsys, [str(bare / "x.jsonl")])["fail-on"] == "critical"
    # a glob pattern is searched from its fixed leading folders
    assert _show_config(capsys, [str(project / "data" / "*.jsonl")])["fail-on"] == "high"


def test_a_pyproject_without_a_curator_table_is_skipped(project):
    inner = project / "data" / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    config = resolve_config({"paths": (str(inner / "a.jsonl"),)})
    assert config.fail_on == "high" and config.config_file == str(project / "pyproject.toml")


def test_inputs_under_two_configurations_are_refused(project, tmp_path_factory):
    other = tmp_path_factory.mktemp("other")
    (other / "pyproject.toml").write_text('[tool.curator]\nfail-on = "medium"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="configured by different files.*--config FILE"):
        resolve_config({"paths": (str(project / "data" / "a.jsonl"), str(other / "b.jsonl"))})


def test_config_flag_reads_a_pyproject_or_a_curator_toml(project, tmp_path_factory, monkeypatch, capsys):
    monkeypatch.chdir(project)
    settings = tmp_path_factory.mktemp("settings")
    (settings / "curator.toml").write_text('fail-on = "medium"\ncache-dir = "cachehere"\n', encoding="utf-8")
    table = _show_config(capsys, ["x.jsonl", "--config", str(settings / "curator.toml")])
    assert table["fail-on"] == "medium" and table["cache-dir"] == str(settings / "cachehere")
    assert "engines" in table and table["engines"] != ["tree-sitter", "numbers"]  # the project file is not read
    # a pyproject.toml given with --config: its [tool.curator] table; flags still override it
    table = _show_config(capsys, ["x.jsonl", "--config", str(project / "pyproject.toml"), "--fail-on", "low"])
    assert table["fail-on"] == "low" and table["engines"] == ["tree-sitter", "numbers"]


@pytest.mark.parametrize("name, body, message", [
    ("missing.toml", None, "--config .*missing.toml: no such file"),
    ("pyproject.toml", '[project]\nname = "x"\n', "has no \\[tool.curator\\] table"),
    ("curator.toml", 'colour = "red"\n', "unknown key 'colour'"),
    ("curator.toml", "paths = ['a.jsonl']\n", "paths is not read; give the inputs on the command line"),
])
def test_bad_config_files_are_one_line_errors(tmp_path, monkeypatch, capsys, name, body, message):
    import re

    monkeypatch.chdir(tmp_path)
    if body is not None:
        (tmp_path / name).write_text(body, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["lint", "x.jsonl", "--config", str(tmp_path / name), "--show-config"])
    err = capsys.readouterr().err.strip()
    assert exit_info.value.code == 2 and len(err.splitlines()) == 1 and re.search(message, err), err


def test_readme_names_every_key_exactly_as_the_tool_reads_it():
    import re
    from pathlib import Path

    from curator.config import OPTIONS, file_keys

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    top = re.search(r"^- `\[tool\.curator\]`: (.*?)\.\n", readme, re.S | re.M)
    options = re.search(r"^- `\[tool\.curator\.options\]` \(engines and analyzers\): (.*?)\.\n", readme,
                        re.S | re.M)
    assert top and options, "README lists the [tool.curator] and [tool.curator.options] keys"
    assert re.findall(r"`([a-z_-]+)`", top.group(1)) == list(file_keys())
    assert re.findall(r"`([a-z_]+)`", options.group(1)) == list(OPTIONS)
