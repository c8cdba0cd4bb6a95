"""The command line lives in one place: curator/cli.py (the group) and curator/commands/ (one module per command)."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import click

from curator.cli import LAZY_COMMANDS, cli

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "curator"


def _imports_click(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name == "click" or a.name.startswith("click.") for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and (
                node.module == "click" or node.module.startswith("click.")):
            return True
    return False


def _allowed(path: Path) -> bool:
    relative = path.relative_to(PACKAGE)
    return relative == Path("cli.py") or relative.parts[0] == "commands"


def test_only_the_command_line_imports_click():
    sources = sorted(PACKAGE.rglob("*.py"))
    importing = {path for path in sources if _imports_click(path)}
    outside = [str(path.relative_to(REPO)) for path in importing if not _allowed(path)]
    assert outside == [], f"click is imported outside curator/cli.py and curator/commands/: {outside}"
    # the check sees what it should: the group and every command module import click
    commands = {PACKAGE / "commands" / f"{target.partition(':')[0].rsplit('.', 1)[1]}.py"
                for target in LAZY_COMMANDS.values()}
    assert {PACKAGE / "cli.py", *commands} <= importing


def test_the_check_finds_every_form_of_import(tmp_path):
    forms = ["import click", "import click.testing", "import os, click as c", "from click import echo",
             "from click.testing import CliRunner", "def f():\n    import click\n"]
    for number, form in enumerate(forms):
        path = tmp_path / f"m{number}.py"
        path.write_text(form + "\n")
        assert _imports_click(path), form
    for form in ["import clickhouse", "from .click import x", "x = 'import click'"]:
        path = tmp_path / "other.py"
        path.write_text(form + "\n")
        assert not _imports_click(path), form


def test_every_command_has_its_own_module_in_commands():
    assert sorted(LAZY_COMMANDS) == cli.list_commands(click.Context(cli))
    for name, target in LAZY_COMMANDS.items():
        module_name, _, attr = target.partition(":")
        assert module_name == f"curator.commands.{name}", target
        command = getattr(importlib.import_module(module_name), attr)
        assert isinstance(command, click.Command) and command.name == name


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)


# As Python fails when a package is not there at all: ModuleNotFoundError naming the package.
LEAVE_OUT = """import sys
class LeftOut:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == {name!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
sys.meta_path.insert(0, LeftOut)
from curator.cli import main
"""


def test_a_build_without_a_part_of_curator_hides_its_command():
    done = _run(LEAVE_OUT.format(name="curator.experiment") + "main(['--help'])\n")
    assert done.returncode == 0, done.stderr
    listed = [line.split()[0] for line in done.stdout.split("Commands:")[1].splitlines() if line.strip()]
    assert listed == sorted(set(LAZY_COMMANDS) - {"experiment"})
    done = _run(LEAVE_OUT.format(name="curator.experiment") + "main(['experiment', '--help'])\n")
    assert done.returncode == 2 and "No such command 'experiment'" in done.stderr


def test_a_module_missing_inside_a_part_is_an_error_not_a_hidden_command():
    done = _run(LEAVE_OUT.format(name="curator.scrub.preflight") + "main(['split', '--help'])\n")
    assert done.returncode == 2
    assert "internal error: ModuleNotFoundError" in done.stderr and "curator.scrub.preflight" in done.stderr


def test_help_loads_the_commands_but_not_what_they_run():
    # `curator --help` imports every command module for its one-line help; what the commands run stays unloaded
    done = _run("import sys\nfrom curator.cli import main\n"
                "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
                "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'torch', 'transformers') "
                "or m in ('curator.scrub.split', 'curator.scrub.scrub', 'curator.executors.merge', "
                "'curator.experiment.config', 'curator.experiment.runner', 'curator.report.html')), file=sys.stderr)\n")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "[]"
