"""The data-flow engine across languages: flows through helpers, closures and constructors, and the checks
that clean a value (allow-lists, anchored patterns, exact hosts, containment, constants, parameters).

Each case runs the real tree-sitter parse and the real rules of `rules/<language>/taint.yaml`.
"""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.dataflow import ADAPTERS, TaintAnalyzer
from curator.engines.languages import parser
from curator.engines.treesitter import TreeSitterEngine
from curator.errors import UsageError
from curator.model import Record, RecordResult, Snippet
from curator.ruleset import Rule, load_rules


def flagged(language: str, code: str, rule_id: str) -> dict[int, str]:
    """line -> detail of `rule_id`'s findings when the engine scans `code` alone with that rule."""
    engine = TreeSitterEngine(EngineConfig(select=(rule_id,)))
    record = Record("t", 1, code.encode(), "jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", language, code, 1, False)
    out = engine.scan([RecordResult(record, [snippet])])
    return {f.line: f.detail for f in out.findings if f.rule_id == rule_id}


def test_javascript_helper_closure_and_constructor():
    code = (
        "const { exec } = require('child_process');\n"
        "function run(cmd) { return exec(cmd); }\n"              # 2: reached through the helper
        "class Job {\n"
        "  constructor(req) { this.target = req.query.target; }\n"
        "  start() { exec('tar ' + this.target); }\n"             # 5: a field set in the constructor
        "}\n"
        "app.get('/x', (req, res) => {\n"
        "  const host = req.query.host;\n"
        "  run(host);\n"
        "  setTimeout(() => { exec('ping ' + host); }, 10);\n"    # 10: the closure sees `host`
        "});\n"
    )
    found = flagged("javascript", code, "js.flow.command-injection")
    assert set(found) == {2, 5, 10}
    assert found[2] == "req.query -> run() -> exec"


def test_typescript_gets_the_javascript_taint_rules():
    code = (
        "import express from 'express';\n"
        "import { execSync } from 'child_process';\n"
        "app.post('/x', (req: Request, res: Response) => {\n"
        "  const dir = (req.body as Body).dir as string;\n"
        "  execSync(dir!);\n"
        "});\n"
    )
    assert set(flagged("typescript", code, "js.flow.command-injection")) == {5}


def test_user_function_that_validates_is_a_sanitizer():
    code = (
        "const { exec } = require('child_process');\n"
        "function checkedHost(value) {\n"
        "  if (!/^[a-z0-9.-]+$/.test(value)) { throw new Error('bad'); }\n"
        "  return value;\n"
        "}\n"
        "function passThrough(value) { return value.trim(); }\n"
        "app.get('/x', (req, res) => {\n"
        "  exec('ping ' + checkedHost(req.query.a));\n"
        "  exec('ping ' + passThrough(req.query.b));\n"
        "});\n"
    )
    assert set(flagged("javascript", code, "js.flow.command-injection")) == {9}


def test_python_helper_summaries_and_init_fields():
    code = (
        "import os, re, subprocess\n"
        "from flask import request\n"
        "def run_tool(cmd):\n"
        "    return subprocess.run(cmd, shell=True)\n"               # 4
        "def clean(value):\n"
        "    if not re.fullmatch(r'[a-z]+', value):\n"
        "        raise ValueError(value)\n"
        "    return value\n"
        "class Job:\n"
        "    def __init__(self):\n"
        "        self.target = request.args['t']\n"
        "    def start(self):\n"
        "        os.system('backup ' + self.target)\n"               # 13
        "def view():\n"
        "    run_tool(request.args['cmd'])\n"
        "    os.system('ls ' + clean(request.args['n']))\n"          # validated by the helper
        "    os.system('ls ' + clean('fixed'))\n"
    )
    assert set(flagged("python", code, "py.injection.shell-true")) == {4}
    assert flagged("python", code, "py.injection.shell-true")[4] == "request.args -> run_tool() -> subprocess.run"
    assert set(flagged("python", code, "py.injection.os-system")) == {13}


@pytest.mark.parametrize(("language", "code", "rule_id", "lines"), [
    # parameterized queries are clean, string-built ones are not
    ("go", 'package main\nfunc h(c *gin.Context) {\n\tname := c.Query("n")\n'
           '\tdb.Query("SELECT * FROM u WHERE n = $1", name)\n'
           '\tdb.Query("SELECT * FROM u WHERE n = \'" + name + "\'")\n}\n', "go.flow.sql-injection", {5}),
    ("java", 'class A {\n  void f(HttpServletRequest r) throws Exception {\n'
             '    String id = r.getParameter("id");\n'
             '    PreparedStatement ps = c.prepareStatement("SELECT * FROM t WHERE id = ?");\n'
             '    ps.setString(1, id);\n'
             '    c.createStatement().executeQuery("SELECT * FROM t WHERE id = " + id);\n  }\n}\n',
     "java.flow.sql-injection", {6}),
    ("php", '<?php\n$id = $_GET["id"];\n$s = $pdo->prepare("SELECT * FROM t WHERE id = ?");\n'
            '$s->execute([$id]);\n$pdo->query("SELECT * FROM t WHERE id = $id");\n', "php.flow.sql-injection", {5}),
    # a value overwritten by a constant is clean
    ("ruby", 'def show\n  path = params[:p]\n  path = "/srv/default"\n  File.read(path)\n'
             '  File.read(params[:q])\nend\n', "rb.flow.path-traversal", {5}),
    # exact-host check before a request
    ("javascript", "app.get('/p', async (req, res) => {\n  const u = new URL(req.query.u);\n"
                   "  if (u.hostname !== 'api.example.com') { return res.sendStatus(400); }\n"
                   "  await fetch(u);\n  await fetch(req.query.v);\n});\n", "js.flow.ssrf", {5}),
    # normalization + containment before a file read
    ("go", 'package main\nimport (\n\t"os"\n\t"path/filepath"\n\t"strings"\n)\n'
           'func h(w http.ResponseWriter, r *http.Request) {\n'
           '\tp := filepath.Clean(filepath.Join(base, r.FormValue("f")))\n'
           '\tif !strings.HasPrefix(p, base) {\n\t\treturn\n\t}\n\tos.ReadFile(p)\n'
           '\tos.ReadFile(filepath.Join(base, r.FormValue("g")))\n}\n', "go.flow.path-traversal", {13}),
    # C: input read into a buffer, copied, then used as a format; a length check guards a copy
    ("c", 'int main(void) {\n  char line[64], out[64], copy[8];\n  fgets(line, sizeof line, stdin);\n'
          '  strcpy(out, line);\n  printf(out);\n  printf("%s", out);\n  return 0;\n}\n',
     "c.flow.format-string", {5}),
    ("c", 'int main(int argc, char **argv) {\n  char a[8], b[8];\n  strcpy(a, argv[1]);\n'
          '  if (strlen(argv[2]) >= sizeof b) return 1;\n  strcpy(b, argv[2]);\n  return 0;\n}\n',
     "c.flow.unbounded-copy", {3}),
    ("csharp", 'public class C : Controller {\n  [HttpGet("r")]\n  public IActionResult R(string returnUrl) {\n'
               '    if (!Url.IsLocalUrl(returnUrl)) { return Redirect("/"); }\n    Redirect(returnUrl);\n'
               '    return Redirect(Request.Query["next"]);\n  }\n}\n', "cs.flow.open-redirect", {6}),
])
def test_cleaning_checks(language, code, rule_id, lines):
    assert set(flagged(language, code, rule_id)) == lines


def test_cpp_snippets_get_the_c_rules():
    code = '#include <cstdlib>\nint main(int argc, char **argv) {\n  std::string c = argv[1];\n  system(c.c_str());\n}\n'
    assert set(flagged("cpp", code, "c.flow.command-injection")) == {4}


def test_every_taint_language_has_an_adapter_and_fixtures():
    languages = {r.language for r in load_rules() if r.spec.get("kind") == "taint"}
    assert languages <= set(ADAPTERS)
    assert {"python", "javascript", "java", "go", "php", "ruby", "c", "csharp"} <= languages


def _rule(language: str, **spec) -> Rule:
    return Rule(id="x.test", engine="tree-sitter", language=language, cwe="CWE-78", severity="high",
                confidence="high", message="m", what="w", why="y", bad="b", good="g", path="t.yaml",
                spec={"kind": "taint", **spec})


def test_language_without_adapter_is_a_usage_error():
    with pytest.raises(UsageError, match="no data-flow adapter for bash"):
        TaintAnalyzer({"bash": [_rule("bash", sources=["x"], sinks=[{"call": ["eval"]}])]})


def test_bad_out_parameter_source_names_the_rule():
    with pytest.raises(UsageError, match="t.yaml: taint rule x.test: a source mapping needs"):
        TaintAnalyzer({"c": [_rule("c", sources=[{"call": "fgets"}], sinks=[{"call": ["system"]}])]})


def test_out_parameter_source_fills_the_argument():
    analyzer = TaintAnalyzer({"c": [_rule("c", sources=[{"call": "recv", "fills": 1}],
                                          sinks=[{"call": ["system"], "args": [0]}])]})
    code = b"void f(int s) { char b[9]; recv(s, b, 8, 0); system(b); system(\"ls\"); }\n"
    found = [(node.start_point[1], detail) for _, node, detail in
             analyzer.analyze("c", parser("c").parse(code), code)]
    assert found == [(45, "recv -> system")]


def test_unless_snippet_disarms_the_rule_in_any_shared_walk_language():
    spec = dict(sources=[{"call": "recv", "fills": 1}], sinks=[{"call": ["system"], "args": [0]}],
                unless_snippet=r"sandbox_enter\(\)")
    analyzer = TaintAnalyzer({"c": [_rule("c", **spec)]})
    code = b"void f(int s) { char b[9]; recv(s, b, 8, 0); system(b); }\n"
    assert len(analyzer.analyze("c", parser("c").parse(code), code)) == 1
    code = b"void f(int s) { char b[9]; sandbox_enter(); recv(s, b, 8, 0); system(b); }\n"
    assert analyzer.analyze("c", parser("c").parse(code), code) == []


def test_bad_unless_snippet_names_the_rule():
    with pytest.raises(UsageError, match="t.yaml: taint rule x.test: bad `unless_snippet` regex"):
        TaintAnalyzer({"c": [_rule("c", sources=["argv"], sinks=[{"call": ["system"]}], unless_snippet="(")]})


def test_python_closure_sees_the_names_around_it():
    code = (
        "import os\n"
        "from flask import request\n"
        "def view():\n"
        "    target = request.args['t']\n"
        "    safe = 'localhost'\n"
        "    def run():\n"
        "        os.system(target)\n"
        "        os.system(safe)\n"
        "    return run\n"
    )
    assert flagged("python", code, "py.injection.os-system") == {7: "request.args -> os.system"}


def test_elements_an_allow_list_kept_are_clean():
    js = (
        "const { exec } = require('child_process');\n"
        "app.get('/x', (req, res) => {\n"
        "  const flags = req.query.flags.split(',').filter(f => ALLOWED_FLAGS.includes(f));\n"
        "  exec('tool ' + flags.join(' '));\n"
        "  exec('tool ' + req.query.flags.split(',').join(' '));\n"
        "});\n"
    )
    assert set(flagged("javascript", js, "js.flow.command-injection")) == {5}
    py = (
        "import os\nfrom flask import request\n"
        "def view():\n"
        "    names = request.args.getlist('n')\n"
        "    kept = [n for n in names if n in ALLOWED]\n"
        "    os.system('show ' + ' '.join(kept))\n"
        "    os.system('show ' + ' '.join(names))\n"
    )
    assert set(flagged("python", py, "py.injection.os-system")) == {7}
