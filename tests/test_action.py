"""The composite GitHub Action (action.yml): its `run:` steps run with bash, in order, with the environment
GitHub sets (GITHUB_WORKSPACE, GITHUB_OUTPUT per step, GITHUB_STEP_SUMMARY, GITHUB_BASE_REF, RUNNER_TEMP,
GITHUB_ACTION_PATH), against a real git repository whose pull request changes corpus files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FLAWED = {"messages": [{"role": "user", "content": "delete the folder the user names"},
                       {"role": "assistant", "content": "```python\nimport os\n\ndef wipe(name):\n"
                                                        "    os.system('rm -rf ' + name)\n```"}]}
CLEAN = {"messages": [{"role": "user", "content": "add two numbers"},
                      {"role": "assistant", "content": "```python\ndef add(a, b):\n    return a + b\n```"}]}


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


@pytest.fixture
def pull_request(tmp_path):
    """A bare `origin` with main, and a checkout of a branch that changes corpus files (as a PR checkout)."""
    origin, work = tmp_path / "origin.git", tmp_path / "work"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(origin))
    git(tmp_path, "init", "-q", "-b", "main", str(work))
    (work / "data").mkdir()
    (work / "data" / "old.jsonl").write_text(jsonl(CLEAN))
    (work / "data" / "gone.jsonl").write_text(jsonl(CLEAN))
    (work / "README.md").write_text("a data repo\n")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "base")
    git(work, "remote", "add", "origin", str(origin))
    git(work, "push", "-q", "origin", "main")
    git(work, "checkout", "-q", "-b", "feature")
    return work


def _evaluate(expression: str, context: dict) -> object:
    """The small part of GitHub's expression language action.yml uses: context lookups, ==, !=, &&, ||, !,
    always(), string literals."""
    def lookup(match: re.Match) -> str:
        value: object = context
        for part in match.group(0).split("."):
            value = value.get(part, "") if isinstance(value, dict) else ""
        return repr(value if value is not None else "")

    python = re.sub(r"\b(inputs|steps|github|runner)(\.[\w-]+)+", lookup, expression)
    python = python.replace("always()", "True").replace("&&", " and ").replace("||", " or ")
    python = re.sub(r"!(?!=)", " not ", python)
    return eval(python, {"__builtins__": {}})  # noqa: S307 - our own action.yml's conditions


def _substitute(text: str, context: dict) -> str:
    return re.sub(r"\$\{\{\s*(.*?)\s*\}\}", lambda m: str(_evaluate(m.group(1), context)), text)


def run_action(workspace: Path, tmp_path: Path, inputs: dict, *, base_ref: str | None = "main",
               event: dict | None = None) -> dict:
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    context: dict = {"inputs": {name: spec.get("default", "") for name, spec in action["inputs"].items()},
                     "steps": {}, "github": {"event": event or {}}, "runner": {"temp": str(tmp_path / "runner-temp")}}
    context["inputs"].update(inputs)
    (tmp_path / "runner-temp").mkdir(exist_ok=True)
    summary = tmp_path / "step-summary.md"
    summary.touch()
    env = {"PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}", "HOME": str(tmp_path),
           "GITHUB_ACTIONS": "true", "CI": "true", "GITHUB_WORKSPACE": str(workspace),
           "GITHUB_STEP_SUMMARY": str(summary), "RUNNER_TEMP": str(tmp_path / "runner-temp"),
           "GITHUB_ACTION_PATH": str(ROOT), "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
           "CURATOR_CACHE_DIR": str(tmp_path / "cache")}
    if base_ref is not None:
        env["GITHUB_BASE_REF"] = base_ref
    ran: dict = {"skipped": [], "uses": [], "logs": {}, "codes": {}}
    for index, step in enumerate(action["runs"]["steps"]):
        name = step.get("id") or step["name"]
        if "if" in step and not _evaluate(step["if"], context):
            ran["skipped"].append(name)
            continue
        if "uses" in step:  # another action (setup-python, upload-sarif): GitHub runs it, we check its inputs
            ran["uses"].append((step["uses"], {k: _substitute(str(v), context) for k, v in step["with"].items()}))
            continue
        assert step["shell"] == "bash" and "${{" not in step["run"], "scripts read inputs from env only"
        output = tmp_path / f"output-{index}"
        output.touch()
        step_env = {**env, "GITHUB_OUTPUT": str(output),
                    **{k: _substitute(str(v), context) for k, v in step.get("env", {}).items()}}
        script = tmp_path / f"step-{index}.sh"
        script.write_text(step["run"])
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=workspace,
                              env=step_env, capture_output=True, text=True, timeout=300)
        ran["logs"][name], ran["codes"][name] = done.stdout + done.stderr, done.returncode
        outputs = dict(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)
        context["steps"][name] = {"outputs": outputs}
        if done.returncode != 0:
            break  # GitHub stops a composite action at its first failing step
    ran["steps"] = context["steps"]
    ran["summary"] = summary.read_text()
    return ran


def test_a_pull_request_adding_a_flawed_corpus_fails_with_sarif_annotations_and_a_summary(pull_request, tmp_path):
    work = pull_request
    (work / "data" / "new.jsonl").write_text(jsonl(CLEAN, FLAWED))
    (work / "data" / "with space.jsonl").write_text(jsonl(CLEAN))
    (work / "data" / "old.jsonl").write_text(jsonl(CLEAN, CLEAN))
    (work / "notes.txt").write_text("not a corpus\n")
    (work / "data" / "gone.jsonl").unlink()
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "more data")
    ran = run_action(work, tmp_path, {"args": "--engines tree-sitter", "fail-on": "high"})

    changed = ran["logs"]["changed"]
    assert ran["steps"]["changed"]["outputs"]["count"] == "3", changed
    assert "data/new.jsonl" in changed and "old.jsonl" in changed and "with\\ space.jsonl" in changed
    assert "notes.txt" not in changed and "gone.jsonl" not in changed  # not a corpus; deleted
    assert "origin/main" in changed  # the base branch was fetched from the remote, as in a PR checkout
    assert "already installed" in ran["logs"]["install"]
    lint = ran["steps"]["lint"]["outputs"]
    assert lint["exit-code"] == "1", ran["logs"]["lint"]
    sarif = json.loads(Path(lint["sarif"]).read_text())
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris == {"data/new.jsonl"}  # relative to the repository, as code scanning wants
    assert ("github/codeql-action/upload-sarif@v3", {"sarif_file": lint["sarif"], "category": "sft-curator"}) \
        in ran["uses"]
    annotations = ran["logs"]["Annotate and summarize"]
    assert re.search(r"^::error file=data/new\.jsonl,line=2,title=py\.", annotations, re.M), annotations
    summary = ran["summary"]
    assert summary.startswith("## sft-curator") and "**failed** at fail-on `high`" in summary
    assert "| `data/new.jsonl` | 2 | 1 | 0 |" in summary and "CWE-78" in summary
    assert ran["codes"]["Verdict"] == 1


def test_a_pull_request_without_corpus_changes_passes_and_says_so(pull_request, tmp_path):
    (pull_request / "notes.txt").write_text("only notes\n")
    git(pull_request, "add", "-A")
    git(pull_request, "commit", "-q", "-m", "notes")
    ran = run_action(pull_request, tmp_path, {"upload-sarif": "true"})
    assert ran["steps"]["changed"]["outputs"]["count"] == "0"
    assert "No corpus file changed" in ran["summary"]
    assert not ran["uses"][1:] and ran["codes"]["Verdict"] == 0  # only setup-python; no SARIF to upload


def test_without_a_base_every_tracked_corpus_file_is_linted_and_pathspecs_limit_it(pull_request, tmp_path):
    (pull_request / "other").mkdir()
    (pull_request / "other" / "x.jsonl").write_text(jsonl(FLAWED))
    git(pull_request, "add", "-A")
    git(pull_request, "commit", "-q", "-m", "other")
    ran = run_action(pull_request, tmp_path, {"paths": "data/", "args": "--engines tree-sitter",
                                              "upload-sarif": "false"}, base_ref=None)
    assert "no base commit to compare with" in ran["logs"]["changed"]
    assert ran["steps"]["changed"]["outputs"]["count"] == "2"  # data/old.jsonl, data/gone.jsonl; not other/
    assert ran["steps"]["lint"]["outputs"]["exit-code"] == "0" and ran["codes"]["Verdict"] == 0
    assert "**passed**" in ran["summary"] and not [u for u, _ in ran["uses"] if "upload-sarif" in u]


def test_a_push_lints_what_it_added_since_the_commit_before_it(pull_request, tmp_path):
    before = git(pull_request, "rev-parse", "HEAD").strip()
    (pull_request / "data" / "pushed.jsonl").write_text(jsonl(FLAWED))
    git(pull_request, "add", "-A")
    git(pull_request, "commit", "-q", "-m", "push")
    ran = run_action(pull_request, tmp_path, {"args": "--engines tree-sitter", "upload-sarif": "false"},
                     base_ref=None, event={"before": before})
    assert f"changed since {before}" in ran["logs"]["changed"]
    assert ran["steps"]["changed"]["outputs"]["count"] == "1" and "pushed.jsonl" in ran["logs"]["changed"]
    assert ran["steps"]["lint"]["outputs"]["exit-code"] == "1" and ran["codes"]["Verdict"] == 1


def test_a_lint_that_cannot_run_is_reported_and_fails_the_job_with_its_code(pull_request, tmp_path):
    (pull_request / "data" / "new.jsonl").write_text(jsonl(CLEAN))
    git(pull_request, "add", "-A")
    git(pull_request, "commit", "-q", "-m", "data")
    ran = run_action(pull_request, tmp_path, {"args": "--engines no-such-engine"})
    assert ran["steps"]["lint"]["outputs"]["exit-code"] == "2"
    assert "::error title=sft-curator::curator lint could not finish (exit 2)" in ran["logs"]["lint"]
    assert "unknown engine 'no-such-engine'" in ran["logs"]["lint"]
    assert "did not write a report (exit 2)" in ran["summary"]
    assert not [u for u, _ in ran["uses"] if "upload-sarif" in u] and ran["codes"]["Verdict"] == 2
