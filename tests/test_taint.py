"""The Python taint analyzer on small programs: which source reaches which sink, and what cleans it."""

from __future__ import annotations

import pytest

from curator.engines.languages import parser
from curator.engines.dataflow import TaintAnalyzer
from curator.errors import UsageError
from curator.ruleset import Rule


def make_rule(rule_id: str = "py.test.taint", **spec) -> Rule:
    return Rule(id=rule_id, engine="tree-sitter", language="python", cwe="CWE-78", severity="high",
                confidence="high", message="m", what="w", why="y", bad="b", good="g", path="test.yaml",
                spec={"kind": "taint", **spec})


WEB = ["request.args", "request.form", "route-parameters", "sys.argv", "input"]
COMMAND = make_rule(sources=WEB + ["string-formatting"], sanitizers=["shlex.quote"], converters=["int"],
                    sinks=[{"call": ["os.system", "subprocess.run"], "args": [0]}])
PATH = make_rule("py.test.path", sources=WEB, sanitizers=[{"containment": ["os.path.realpath"]}],
                 sinks=[{"call": ["open"], "args": [0]}])
XSS = make_rule("py.test.xss", sources=WEB, sanitizers=["html.escape"], sinks=[{"return": "route", "html": True}])


def findings(code: str, *rules: Rule) -> list[tuple[str, int, str]]:
    analyzer = TaintAnalyzer({"python": list(rules) or [COMMAND]})
    data = code.encode()
    tree = parser("python").parse(data)
    return [(rule.id, node.start_point[0] + 1, detail) for rule, node, detail in analyzer.analyze("python", tree, data)]


def test_request_value_reaches_sink_through_assignment_and_fstring():
    code = (
        "import os\nfrom flask import request\n"
        "def view():\n"
        "    name = request.args.get('n')\n"
        "    cmd = f'ls {name}'\n"
        "    os.system(cmd)\n"
    )
    found = findings(code)
    assert found and found[0][1] == 6
    assert found[0][2] in ("request.args -> os.system", "f-string -> os.system")


def test_import_alias_resolves_the_sink():
    code = "from os import system as run_it\nimport sys\nrun_it(sys.argv[1])\n"
    assert findings(code) == [("py.test.taint", 3, "sys.argv -> run_it")]


def test_sanitizer_and_cast_clean_the_value():
    code = (
        "import os, shlex, sys\n"
        "os.system('ls ' + shlex.quote(sys.argv[1]))\n"
        "os.system('sleep %d' % int(sys.argv[2]))\n"
        "os.system('ls /tmp')\n"
    )
    assert findings(code) == []


def test_branch_does_not_erase_taint():
    code = (
        "import os\nfrom flask import request\n"
        "def view():\n"
        "    value = request.form['v']\n"
        "    if value is None:\n"
        "        value = 'default'\n"
        "    os.system(value)\n"
    )
    assert [f[1] for f in findings(code)] == [7]


def test_route_parameters_are_sources_unless_typed_as_numbers():
    code = (
        "@app.route('/a/<name>')\ndef a(name):\n    open(name)\n"
        "@app.route('/b/<int:item>')\ndef b(item):\n    open(item)\n"
    )
    assert [f[1] for f in findings(code, PATH)] == [3]


def test_normalize_then_containment_check_cleans_path():
    code = (
        "import os\nfrom flask import request\n"
        "def view():\n"
        "    path = os.path.realpath(os.path.join(BASE, request.args['f']))\n"
        "    if not path.startswith(BASE):\n"
        "        abort(400)\n"
        "    return open(path).read()\n"
        "def unchecked():\n"
        "    path = os.path.realpath(os.path.join(BASE, request.args['f']))\n"
        "    return open(path).read()\n"
    )
    assert [f[1] for f in findings(code, PATH)] == [10]


def test_xss_needs_markup_and_respects_escaping():
    code = (
        "import html\nfrom flask import request\n"
        "@app.route('/x')\ndef x():\n    n = request.args['n']\n    return f'<b>{n}</b>'\n"
        "@app.route('/y')\ndef y():\n    n = html.escape(request.args['n'])\n    return f'<b>{n}</b>'\n"
        "@app.route('/z')\ndef z():\n    n = request.args['n']\n    return {'name': n}\n"
    )
    assert findings(code, XSS) == [("py.test.xss", 6, "request.args -> returned from a route")]


def test_container_mutation_carries_taint():
    code = (
        "import os, sys\nparts = []\nparts.append(sys.argv[1])\n"
        "os.system(' '.join(parts))\n"
    )
    assert [f[1] for f in findings(code)] == [4]


def test_bad_specs_are_usage_errors():
    with pytest.raises(UsageError):
        TaintAnalyzer({"python": [make_rule(sinks=[{"call": ["x"]}])]})  # no sources
    with pytest.raises(UsageError):
        TaintAnalyzer({"python": [make_rule(sources=WEB)]})  # no sinks
    with pytest.raises(UsageError):
        TaintAnalyzer({"python": [make_rule(sources=WEB, sinks=["os.system"])]})  # sink not a mapping


def test_unparsable_code_never_raises():
    assert isinstance(findings("def broken(:\n    os.system(sys.argv[1]\n"), list)
