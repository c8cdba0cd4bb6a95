"""The README's quick start is a contract: its test command is the one CI runs."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```bash\n(.*?)\n```", readme, re.S)
    assert len(blocks) >= 2, "the quick start has two commands"
    install_and_lint, install_and_test = blocks[0].strip(), blocks[1].strip()
    assert "curator lint sample_corpora/" in install_and_lint and "--db" in install_and_lint
    assert "pytest" in install_and_test
    ci = (ROOT / ".ci" / "run").read_text()
    assert install_and_test in ci.splitlines()


def test_pyproject_declares_every_subpackage() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    for init in (ROOT / "curator").rglob("__init__.py"):
        package = ".".join(init.parent.relative_to(ROOT).parts)
        assert f'"{package}"' in text, f"{package} is missing from [tool.setuptools] packages"
