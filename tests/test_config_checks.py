"""Regression tests: [tool.curator] errors name the file and key; options are checked and shown."""

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


def write(tmp_path, body):
    path = tmp_path / "pyproject.toml"
    path.write_text(f"[tool.curator]\n{body}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("body, message", [
    ('fail-on = "High"', "[tool.curator] fail-on must be one of"),
    ("engines = []", "[tool.curator] engines must name at least one engine"),
    ("workers = 0", "[tool.curator] workers must be at least 1"),
    ("tasks = -1", "[tool.curator] tasks must be at least 1"),
    ('executor = "slurm"', "[tool.curator] executor must be local or ray"),
    ('output-format = "xml"', "[tool.curator] output-format must be one of"),
    ('roles = ["narrator"]', "[tool.curator] roles has unknown role 'narrator'"),
    ('fail_on = "high"\nfail-on = "low"', "sets 'fail-on' twice"),
    ('[tool.curator.options]\nnumbers_alpha = "abc"', "[tool.curator.options] numbers_alpha must be a number"),
    ("[tool.curator.options]\nnumbers_alpha = 2.0", "[tool.curator.options] numbers_alpha must be a number"),
    ("[tool.curator.options]\nnumbers_min_count = 2.5", "numbers_min_count must be a whole number"),
    ("[tool.curator.options]\nnumbers_escalate = 1", "numbers_escalate must be true or false"),
    ('[tool.curator.options]\ntriggers_flag_severity = "loud"', "triggers_flag_severity must be one of"),
    ("[tool.curator.options]\ntriggers_max_features = true", "triggers_max_features must be a whole number"),
    ("[tool.curator.options]\nnumbers_alhpa = 0.01", "[tool.curator.options] has unknown key 'numbers_alhpa'"),
    ('options = "x"', "options must be a table"),
])
def test_bad_file_values_name_the_file_and_key(tmp_path, body, message):
    path = write(tmp_path, body)
    with pytest.raises(UsageError) as info:
        resolve_config({}, start_dir=tmp_path)
    text = str(info.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text
    assert "--" not in text.split(":", 1)[1].split(" must")[0]  # blames the key, not a flag


def test_bad_option_is_a_usage_error_on_the_command_line(tmp_path, monkeypatch, capsys):
    write(tmp_path, '[tool.curator.options]\nnumbers_alpha = "abc"')
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["lint", "c.jsonl"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and "numbers_alpha" in err and "internal error" not in err


def test_good_options_are_accepted(tmp_path):
    write(tmp_path, "[tool.curator.options]\nnumbers_alpha = 0.01\nnumbers_min_count = 3\n"
                    "numbers_escalate = false\ntriggers_flag_severity = \"high\"\ntriggers_min_log_odds = 1")
    config = resolve_config({}, start_dir=tmp_path)
    assert config.engine_config().options == {
        "numbers_alpha": 0.01, "numbers_min_count": 3, "numbers_escalate": False,
        "triggers_flag_severity": "high", "triggers_min_log_odds": 1}


def test_flag_errors_still_name_the_flag(tmp_path):
    with pytest.raises(UsageError, match="^--workers must be at least 1"):
        resolve_config({"workers": 0}, start_dir=tmp_path)


def test_show_config_prints_options_and_round_trips(tmp_path, tmp_path_factory):
    write(tmp_path, 'fail-on = "high"\n[tool.curator.options]\nnumbers_alpha = 1e-5\ntriggers_min_support = 4')
    config = resolve_config({}, start_dir=tmp_path)
    text = render_config(config)
    assert "[tool.curator.options]" in text
    table = tomllib.loads(text)["tool"]["curator"]
    assert table["options"] == {"numbers_alpha": 1e-5, "triggers_min_support": 4}
    other = tmp_path_factory.mktemp("copy")
    (other / "pyproject.toml").write_text(text, encoding="utf-8")
    again = resolve_config({}, start_dir=other)
    assert again.extra == config.extra and again.fail_on == "high"


def test_show_config_needs_no_paths(tmp_path, monkeypatch, capsys):
    write(tmp_path, 'fail-on = "high"')
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["lint", "--show-config"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert tomllib.loads(out)["tool"]["curator"]["fail-on"] == "high"


def test_lint_without_paths_is_a_one_line_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["lint"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert err.strip() == "curator: error: give at least one path (a corpus file or folder)"


def test_a_file_pattern_that_matches_no_rule_names_the_file(tmp_path) -> None:
    import pytest as _pytest

    from curator.config import resolve_config
    from curator.errors import UsageError

    (tmp_path / "pyproject.toml").write_text("[tool.curator]\nignore = ['py.no-such-family']\n")
    with _pytest.raises(UsageError, match=r"pyproject.toml: \[tool.curator\] ignore 'py.no-such-family'"):
        resolve_config({}, tmp_path)
    with _pytest.raises(UsageError, match=r"^--select 'zz'"):
        resolve_config({"select": ("zz",)}, tmp_path)
