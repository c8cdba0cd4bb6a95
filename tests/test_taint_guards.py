"""The taint analyzer's checks and lookups: allow-list guards, fixed tables, client sessions, archive names."""

from __future__ import annotations

from curator.engines.languages import parser
from curator.engines.dataflow import TaintAnalyzer
from curator.ruleset import Rule


def make_rule(rule_id: str, **spec) -> Rule:
    return Rule(id=rule_id, engine="tree-sitter", language="python", cwe="CWE-0", severity="high",
                confidence="high", message="m", what="w", why="y", bad="b", good="g", path="test.yaml",
                spec={"kind": "taint", **spec})


WEB = ["request.args", "route-parameters", "sys.argv", "input", "*.namelist"]
ARGV = make_rule("t.argv", sources=WEB, sanitizers=["shlex.quote", "@validated", "@after-double-dash"],
                 sinks=[{"call": ["subprocess.run"], "args": [0]}])
SHELL = make_rule("t.shell", sources=WEB + ["string-formatting"], sanitizers=["shlex.quote"],
                  sinks=[{"call": ["os.system"], "args": [0]}])
FETCH = make_rule("t.fetch", sources=WEB, sanitizers=["@validated", "@fixed-prefix"],
                  sinks=[{"call": ["requests.get", "requests.Session.get", "aiohttp.ClientSession.get"],
                          "args": [0, "url"]}])
PATH = make_rule("t.path", sources=WEB, sinks=[{"call": ["open"], "args": [0]}])


def lines(code: str, *rules: Rule) -> list[tuple[str, int]]:
    data = code.encode()
    tree = parser("python").parse(data)
    analyzer = TaintAnalyzer({"python": list(rules)})
    return sorted((rule.id, node.start_point[0] + 1) for rule, node, _ in analyzer.analyze("python", tree, data))


def test_pattern_check_that_exits_validates_the_value_below_it():
    code = (
        "import re, subprocess\nfrom flask import request, abort\n"
        "def view():\n"
        "    host = request.args['h']\n"
        "    if not re.fullmatch(r'[a-z.]+', host):\n"
        "        abort(400)\n"
        "    subprocess.run(['ping', host])\n"
    )
    assert lines(code, ARGV) == []
    # without the exit, the unchecked path still reaches the sink
    assert lines(code.replace("        abort(400)\n", "        print('odd host')\n"), ARGV) == [("t.argv", 7)]


def test_allow_list_membership_validates_only_the_branch_that_passed():
    code = (
        "import subprocess, sys\n"
        "ALLOWED = {'a', 'b'}\n"
        "name = sys.argv[1]\n"
        "if name in ALLOWED:\n"
        "    subprocess.run(['tool', name])\n"
        "else:\n"
        "    subprocess.run(['tool', name])\n"
    )
    assert lines(code, ARGV) == [("t.argv", 7)]


def test_substring_test_is_not_a_validation():
    code = (
        "import requests\nfrom flask import request, abort\n"
        "def view():\n"
        "    url = request.args['u']\n"
        "    if 'example.com' not in url:\n"
        "        abort(403)\n"
        "    return requests.get(url).text\n"
    )
    assert lines(code, FETCH) == [("t.fetch", 7)]


def test_host_check_on_parsed_url_validates_the_url():
    code = (
        "import requests\nfrom urllib.parse import urlparse\nfrom flask import request, abort\n"
        "HOSTS = {'a.example'}\n"
        "def view():\n"
        "    url = request.args['u']\n"
        "    parts = urlparse(url)\n"
        "    if parts.scheme != 'https' or parts.hostname not in HOSTS:\n"
        "        abort(400)\n"
        "    return requests.get(url).text\n"
    )
    assert lines(code, FETCH) == []


def test_fixed_table_lookup_is_clean_and_constant_base_is_a_prefix():
    code = (
        "import requests\nfrom flask import request\n"
        "FEEDS = {'news': 'https://example.com/n.xml'}\n"
        "API = 'https://api.example.com/items/'\n"
        "def view():\n"
        "    requests.get(FEEDS.get(request.args['f'], 'x'))\n"
        "    requests.get(FEEDS[request.args['f']])\n"
        "    requests.get(API + request.args['id'])\n"
        "    requests.get(request.args['u'])\n"
    )
    assert lines(code, FETCH) == [("t.fetch", 9)]


def test_session_objects_resolve_to_their_class():
    code = (
        "import aiohttp, requests\nfrom aiohttp import web\n"
        "async def proxy(request):\n"
        "    target = request.args['t']\n"
        "    async with aiohttp.ClientSession() as session:\n"
        "        await session.get(target)\n"
        "    s = requests.Session()\n"
        "    s.get(target)\n"
        "    d = dict()\n"
        "    d.get(target)\n"
    )
    assert lines(code, FETCH) == [("t.fetch", 6), ("t.fetch", 8)]


def test_archive_member_names_reach_open():
    code = (
        "import os, zipfile\n"
        "def unpack(archive, dest):\n"
        "    with zipfile.ZipFile(archive) as zf:\n"
        "        for name in zf.namelist():\n"
        "            open(os.path.join(dest, name), 'wb')\n"
    )
    assert lines(code, PATH) == [("t.path", 5)]


def test_values_after_double_dash_are_not_options():
    code = (
        "import subprocess\n"
        "pattern = input()\n"
        "subprocess.run(['grep', '--', pattern, 'log'])\n"
        "subprocess.run(['grep', pattern, 'log'])\n"
    )
    assert lines(code, ARGV) == [("t.argv", 4)]


def test_quoted_value_stays_clean_through_nested_concatenation():
    code = (
        "import os, shlex\n"
        "def thumb(name):\n"
        "    safe = shlex.quote(name)\n"
        "    os.system('convert ' + safe + ' -resize 64 ' + safe)\n"
        "    os.system('convert ' + name + ' -resize 64 ' + safe)\n"
    )
    assert lines(code, SHELL) == [("t.shell", 5)]
