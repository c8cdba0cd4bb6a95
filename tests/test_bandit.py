"""The bandit engine: real bandit 1.9.4 checks, run in-process, compared with bandit's own manager."""

from __future__ import annotations

import textwrap

import pytest

from curator.engines import EngineConfig, load_engine
from curator.engines.bandit import BanditEngine
from curator.model import Record, RecordResult, Snippet

CODE = textwrap.dedent("""\
    import subprocess, os, pickle, yaml
    from flask import Flask, request

    app = Flask(__name__)

    @app.route("/run")
    def run():
        cmd = request.args["cmd"]
        subprocess.call("ls " + cmd, shell=True)
        os.system("ls")  # nosec
        data = pickle.loads(request.data)  # nosec B301
        value = eval(cmd)  # nosec B602
        config = yaml.load(request.data)  # nosec: yaml_load
        query = "SELECT * FROM users WHERE name = '%s'" % cmd
        return str(value)
    """)


def result_for(*texts: str, language: str = "python", offset: int = 1) -> RecordResult:
    record = Record(source="t.jsonl", position=7, raw=b"{}", container="jsonl")
    snippets = [Snippet(record.record_id, i, 1, "assistant", language, text, offset, True)
                for i, text in enumerate(texts)]
    return RecordResult(record, snippets)


@pytest.fixture(scope="module")
def engine() -> BanditEngine:
    return BanditEngine(EngineConfig())


def by_rule(findings):
    return {f.rule_id: f for f in findings}


def test_findings_are_mapped_to_our_rules_and_message_lines(engine):
    result = result_for(CODE, offset=3)  # the snippet starts on message line 3
    out = engine.scan([result])
    found = by_rule(out.findings)
    shell = found["py.bandit.B602"]
    assert (shell.line, shell.cwe, shell.severity, shell.engine, shell.engines) == (
        9 + 2, "CWE-78", "high", "bandit", ("bandit",))
    assert shell.excerpt == 'subprocess.call("ls " + cmd, shell=True)'
    assert shell.record_id == "t.jsonl:7" and shell.snippet_id == "t.jsonl:7#0"
    assert shell.record_sha256 == result.record.sha256
    assert "B602" in shell.detail and shell.suppressed is None
    assert found["py.bandit.B307"].cwe == "CWE-95"
    sql = found["py.bandit.B608"]
    assert (sql.cwe, sql.line) == ("CWE-89", 14 + 2)
    assert sql.confidence in ("low", "medium")


def test_constant_shell_command_is_rated_info(engine):
    out = engine.scan([result_for("import os\nos.system('ls -l')\n")])
    (finding,) = out.findings
    assert (finding.rule_id, finding.severity) == ("py.bandit.B605", "info")  # a fixed command is no injection: visible, never failing


def test_nosec_marks_bandit_findings_suppressed_instead_of_dropping_them(engine):
    found = by_rule(engine.scan([result_for(CODE)]).findings)
    assert found["py.bandit.B605"].suppressed == "nosec"  # bare `# nosec`
    assert found["py.bandit.B301"].suppressed == "nosec"  # `# nosec B301`
    assert found["py.bandit.B506"].suppressed == "nosec"  # `# nosec: yaml_load` (bandit's test name)
    assert found["py.bandit.B307"].suppressed is None  # `# nosec B602` names another test
    assert found["py.bandit.B602"].suppressed is None


def test_unparsable_snippets_are_counted_not_dropped(engine):
    out = engine.scan([result_for("def broken(:\n    pass\n", "x = 1\n", "\x00")])
    statuses = {s.snippet_id: s for s in out.statuses}
    assert len(statuses) == 3
    assert statuses["t.jsonl:7#0"].status == "parse_error"
    assert "line 1" in statuses["t.jsonl:7#0"].error
    assert statuses["t.jsonl:7#1"].status == "ok"
    assert statuses["t.jsonl:7#2"].status == "parse_error"
    assert not out.findings


def test_only_python_snippets_are_scanned(engine):
    out = engine.scan([result_for("os.system(cmd)\n", language="bash")])
    assert out.findings == [] and out.statuses == []


def test_a_crashing_bandit_plugin_is_an_engine_error_and_the_other_checks_still_run(engine):
    # bandit 1.9.4's B202 plugin assumes `members=` calls a plain name; a method call crashes it.
    code = "import tarfile, os\nt = tarfile.open(p)\nt.extractall(members=t.getmember('x'))\nos.system(cmd)\n"
    out = engine.scan([result_for(code)])
    (status,) = out.statuses
    assert status.status == "engine_error" and "B202" in status.error and "line 3" in status.error
    assert [f.rule_id for f in out.findings] == ["py.bandit.B605"]


def test_select_and_ignore_limit_the_bandit_tests_that_run():
    only_sql = BanditEngine(EngineConfig(select=("py.bandit.B608",)))
    assert {f.rule_id for f in only_sql.scan([result_for(CODE)]).findings} == {"py.bandit.B608"}
    no_shell = load_engine("bandit", EngineConfig(ignore=("py.bandit.B602", "py.bandit.B605")))
    rules = {f.rule_id for f in no_shell.scan([result_for(CODE)]).findings}
    assert "py.bandit.B602" not in rules and "py.bandit.B605" not in rules and "py.bandit.B608" in rules


def test_engines_with_different_selections_keep_their_own_bandit_blacklist(engine):
    # bandit stores the blacklist's call list on a module-level function; a second engine must not
    # change what the first one checks
    only_eval = BanditEngine(EngineConfig(select=("py.bandit.B307",)))
    code = "import pickle\npickle.loads(x)\neval(x)\n"
    assert {f.rule_id for f in only_eval.scan([result_for(code)]).findings} == {"py.bandit.B307"}
    assert {f.rule_id for f in engine.scan([result_for(code)]).findings} == {"py.bandit.B301", "py.bandit.B307"}


def test_one_engine_scans_many_snippets_without_leaking_state(engine):
    # imports seen in one snippet must not make bandit flag another snippet (aliases are per snippet)
    first = "import pickle as p\np.loads(x)\n"
    second = "p.loads(x)\n"
    out = engine.scan([result_for(first, second)])
    assert [(f.snippet_id, f.rule_id) for f in out.findings] == [("t.jsonl:7#0", "py.bandit.B301")]


def test_same_issues_as_bandits_own_manager(engine, tmp_path):
    """Our trimmed visitor must find exactly what bandit's BanditManager finds for the mapped tests."""
    from bandit.core import config as b_config
    from bandit.core import manager as b_manager

    samples = [CODE.replace("# nosec", "#"), textwrap.dedent("""\
        import hashlib, tempfile, ssl, requests, jinja2, random
        class Store:
            def save(self, password="secret"):
                h = hashlib.md5(password.encode())
                path = tempfile.mktemp()
                requests.get("https://x", verify=False)
                env = jinja2.Environment()
                token = random.randint(0, 9)
                ctx = ssl._create_unverified_context()
                open("/tmp/file", "w").write(f"DELETE FROM t WHERE id = {token}")
        """)]
    include = sorted(engine.rules)
    for index, code in enumerate(samples):
        path = tmp_path / f"sample{index}.py"
        path.write_text(code)
        manager = b_manager.BanditManager(b_config.BanditConfig(), "file", profile={"include": include},
                                          ignore_nosec=True)
        manager.discover_files([str(path)])
        manager.run_tests()
        theirs = sorted((i.test_id, i.lineno) for i in manager.get_issue_list())
        ours = sorted((f.rule_id.rsplit(".", 1)[1], f.line) for f in engine.scan([result_for(code)]).findings)
        assert ours == theirs and len(ours) >= 6
