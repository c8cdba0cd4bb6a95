"""Extraction: fenced blocks, bare code, mixed messages, line mapping, language guessing."""

from __future__ import annotations

import pytest

from curator.extract import extract_snippets, guess_language
from curator.model import Message, Record


def record(*messages: tuple[str, str]) -> Record:
    return Record("t.jsonl", 1, b"{}", "jsonl", shape="openai", messages=tuple(Message(r, c) for r, c in messages))


def snippets_of(content: str, role: str = "assistant"):
    return extract_snippets(record(("user", "write code"), (role, content)))


BARE_PY = """import os
import subprocess

def run(cmd):
    subprocess.call(cmd, shell=True)
    os.chmod("/tmp/out", 0o777)

if __name__ == "__main__":
    run(input())"""


def test_bare_python_message_is_one_snippet():
    (snippet,) = snippets_of(BARE_PY)
    assert snippet.text == BARE_PY
    assert snippet.fenced is False
    assert snippet.language == "python"
    assert snippet.line_offset == 1
    assert snippet.message_index == 1
    assert snippet.snippet_id == "t.jsonl:1#0"


def test_fenced_block_with_tag_maps_lines():
    content = "Here is the code:\n\n```py\nimport yaml\ndata = yaml.load(open('c'))\n```\nThat is all."
    (snippet,) = snippets_of(content)
    assert snippet.fenced and snippet.tag == "py" and snippet.language == "python"
    assert snippet.text == "import yaml\ndata = yaml.load(open('c'))"
    assert snippet.line_offset == 4
    # snippet line 2 sits on message line 5
    assert content.split("\n")[snippet.message_line(2) - 1] == "data = yaml.load(open('c'))"


def test_tilde_fence_untagged_guesses_language():
    content = "Run this:\n~~~\n#!/bin/bash\nrm -rf \"$DIR\"\n~~~\n"
    (snippet,) = snippets_of(content)
    assert snippet.text == '#!/bin/bash\nrm -rf "$DIR"'
    assert snippet.language == "bash" and snippet.tag == "" and snippet.line_offset == 3


def test_mixed_prose_and_fences_only_fences():
    content = (
        "First install it:\n```bash\npip install flask\n```\n"
        "Then write the app. It uses eval(x) for simplicity, but you should not.\n"
        "```javascript\nconst x = eval(userInput);\n```\nDone."
    )
    found = snippets_of(content)
    assert [(s.language, s.text, s.line_offset, s.index) for s in found] == [
        ("bash", "pip install flask", 3, 0),
        ("javascript", "const x = eval(userInput);", 7, 1),
    ]


def test_unclosed_fence_runs_to_end():
    content = "Sure.\n```python\nimport pickle\nobj = pickle.loads(data)"
    (snippet,) = snippets_of(content)
    assert snippet.text == "import pickle\nobj = pickle.loads(data)"
    assert snippet.line_offset == 3


def test_indented_fence_is_dedented():
    content = "1. Do this:\n\n    ```python\n    import os\n    os.system(cmd)\n    ```\n"
    (snippet,) = snippets_of(content)
    assert snippet.text == "import os\nos.system(cmd)"
    assert snippet.line_offset == 4


def test_longer_fence_holds_shorter_one():
    content = "````markdown\n```python\nx = 1\n```\n````"
    (snippet,) = snippets_of(content)
    assert snippet.text == "```python\nx = 1\n```"
    assert snippet.language == "unknown"  # a tag outside our set is not second-guessed


def test_empty_fence_dropped():
    assert snippets_of("```\n\n```\nnothing here") == []


def test_prose_with_stray_colon_is_not_code():
    assert snippets_of("Here is my answer: yes, you can do that.") == []
    assert snippets_of("Note: the function returns None when the list is empty.\nHope this helps!") == []
    assert snippets_of("if you want, try this: restart the machine and log in again.") == []
    prose = (
        "There are three things to keep in mind:\n"
        "1. Always validate your input before using it.\n"
        "2. Never pass user data to a shell.\n"
        "For more details, see the documentation."
    )
    assert snippets_of(prose) == []


def test_number_lists_are_not_code():
    assert snippets_of("[200, 150, 175, 400, 325]") == []
    assert snippets_of("666, 1488, 1312") == []


def test_prose_then_bare_code_keeps_only_code_lines():
    content = "Here is a script that does it for you.\n\n" + BARE_PY
    (snippet,) = snippets_of(content)
    assert snippet.text == BARE_PY
    assert snippet.line_offset == 3


def test_roles_default_to_assistant_and_can_widen():
    rec = record(("system", "x = 1\ny = 2"), ("user", BARE_PY), ("assistant", "No."))
    assert extract_snippets(rec) == []
    found = extract_snippets(rec, frozenset({"user", "system"}))
    assert [(s.message_index, s.role) for s in found] == [(0, "system"), (1, "user")]


@pytest.mark.parametrize(
    ("tag", "language"),
    [("py", "python"), ("Python3", "python"), ("js", "javascript"), ("tsx", "typescript"), ("sh", "bash"),
     ("shell", "bash"), ("golang", "go"), ("rb", "ruby"), ("c++", "cpp"), ("cpp", "cpp"), ("c", "c"),
     ("postgresql", "sql"), ("jinja2", "html"), ("json", "json"), ("rust", "rust"), ("cs", "csharp"), ("yaml", "unknown")],
)
def test_tag_aliases(tag, language):
    assert guess_language("x = 1", tag) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (BARE_PY, "python"),
        ("const cp = require('child_process');\ncp.exec('ls ' + req.query.dir);", "javascript"),
        ("interface User { name: string }\nconst u: User = load();", "typescript"),
        ("#!/bin/sh\necho $1\nrm -rf $TARGET", "bash"),
        ("package main\n\nimport \"os/exec\"\n\nfunc main() {\n\tcmd := exec.Command(\"sh\", \"-c\", input)\n}", "go"),
        ("public class A {\n  public static void main(String[] args) {\n    System.out.println(1);\n  }\n}", "java"),
        ("require 'open3'\ndef run(cmd)\n  system(cmd)\nend", "ruby"),
        ("<?php\n$name = $_GET['name'];\necho $name;", "php"),
        ("#include <stdio.h>\nint main(void) {\n  char buf[8];\n  gets(buf);\n}", "c"),
        ("#include <iostream>\nint main() { std::cout << 1; }", "cpp"),
        ("using System;\npublic class A {\n  static void Main() { Console.WriteLine(1); }\n}", "csharp"),
        ("use std::process::Command;\nfn main() {\n    let out = Command::new(\"ls\").output();\n}", "rust"),
        ("SELECT * FROM users WHERE id = 1;", "sql"),
        ("<!DOCTYPE html>\n<html><body><div>hi</div></body></html>", "html"),
        ('{"a": [1, 2, 3]}', "json"),
        ("os.chmod(path, 0o777)", "python"),
        ('html = """\n<div>\n<h1>{}</h1>\n</div>\n""".format(name)\nimport flask', "python"),
        ("hello there", "unknown"),
    ],
)
def test_content_guess(text, language):
    assert guess_language(text) == language


def test_crlf_fences():
    content = "Code:\r\n```python\r\nimport os\r\n```\r\n"
    (snippet,) = snippets_of(content)
    assert snippet.text.rstrip("\r") == "import os" and snippet.language == "python"


def test_bare_shell_script_with_shebang():
    (snippet,) = snippets_of('#!/bin/bash\nCMD="$1"\neval $CMD')
    assert snippet.language == "bash" and snippet.line_offset == 1


def test_bare_code_keeps_closing_line_of_multiline_string():
    content = (
        "from flask import Flask, request\n"
        "app = Flask(__name__)\n"
        "\n"
        "@app.route('/p')\n"
        "def page():\n"
        "    name = request.args.get('name')\n"
        "    return '''\n"
        "    <h1>{}</h1>\n"
        "    <p>Welcome back to the site, we missed you.</p>\n"
        "    '''.format(name)"
    )
    (snippet,) = snippets_of(content)
    assert snippet.text == content
    assert snippet.text.splitlines()[-1].strip() == "'''.format(name)"


def test_bare_code_keeps_open_bracket_continuation_and_quote_lines():
    content = (
        "import subprocess\n"
        "cmd = input()\n"
        "subprocess.call(\n"
        "    cmd,\n"
        "    shell=True\n"
        ")\n"
        "'done'"
    )
    (snippet,) = snippets_of(content)
    assert snippet.text == content


def test_bare_code_still_drops_trailing_prose():
    code = "import os\nos.chmod('/tmp/x', 0o777)\nprint('ok')"
    for tail in ("\n\nThis sets the permissions of the file for everyone.",
                 "\nHope this helps!", "\n\nOutput:\nok"):
        (snippet,) = snippets_of(code + tail)
        assert snippet.text == code, tail


def test_code_inside_tool_call_arguments_is_extracted_with_its_lines(tmp_path):
    import json as _json

    from curator.corpus import iter_records

    code = "import os\nos.chmod('/tmp/x', 0o777)\n"
    calls = [{"id": "c1", "type": "function", "function": {"name": "python", "arguments": _json.dumps({"code": code})}},
             {"function": {"name": "run", "arguments": _json.dumps({"cmd": "chmod 777 /tmp/x", "query": "weather"})}},
             {"function": {"name": "search", "arguments": _json.dumps({"query": "weather in Paris"})}}]
    obj = {"messages": [{"role": "user", "content": "go"}, {"role": "assistant", "content": None, "tool_calls": calls}]}
    p = tmp_path / "tool.jsonl"
    p.write_text(_json.dumps(obj) + "\n")
    (record,) = iter_records([str(p)])
    snippets = extract_snippets(record)
    assert [(s.message_index, s.language, s.text) for s in snippets if s.fenced] == [
        (1, "python", code.rstrip("\n")), (2, "bash", "chmod 777 /tmp/x")]
    assert [s.language for s in snippets if not s.fenced] == ["json"]  # the search query stays JSON
    message = record.messages[1].content
    assert message.startswith(calls[0]["function"]["arguments"])  # the raw JSON text is kept
    lines = message.split("\n")
    assert lines[snippets[0].message_line(2) - 1] == "os.chmod('/tmp/x', 0o777)"
    assert record.messages[3].content == calls[2]["function"]["arguments"]  # no code: unchanged


def test_short_bare_code_with_a_trailing_comment_is_code() -> None:
    record = Record("a.jsonl", 1, b"x", "jsonl", "openai",
                    (Message("assistant", "import os\nos.system(x)  # run it"),))
    snippets = extract_snippets(record)
    assert [(s.language, s.text) for s in snippets] == [("python", "import os\nos.system(x)  # run it")]


def test_erb_template_is_lifted_to_its_ruby_on_the_same_lines():
    template = (
        "<h1>Results</h1>\n"
        "<p>You searched for: <%= raw params[:q] %></p>\n"
        "<% @results.each do |r| %><li><%= r.title %></li><% end %>\n"
        "<p><%== params[:ref] %></p>\n"
        "<%# a comment %>\n"
        "<%\n  total = @results.size\n%>\n"
    )
    for tag in ("erb", "ruby"):  # a template fenced as ERB, or as Ruby but starting with markup
        [snippet] = snippets_of(f"Here:\n\n```{tag}\n{template}```\n")
        assert snippet.language == "ruby"
        assert snippet.text.split("\n") == [
            "", "raw params[:q]", "@results.each do |r|; r.title; end", "raw(params[:ref])", "", "",
            "total = @results.size", ""]


def test_ruby_with_erb_inside_a_string_is_left_as_written():
    code = 'class PagesController < ApplicationController\n  def show\n    render inline: "<p><%= @x %></p>"\n  end\nend'
    [snippet] = snippets_of(f"```ruby\n{code}\n```")
    assert snippet.text == code


def test_view_after_a_controller_in_one_snippet_is_lifted_from_its_first_markup_line():
    code = (
        "class SearchController < ApplicationController\n"
        "  def index\n"
        "    @q = params[:q]\n"
        "  end\n"
        "end\n"
        "\n"
        "# app/views/search/index.html.erb\n"
        "<h1>Search</h1>\n"
        "<p><%= raw @q %></p>"
    )
    [snippet] = snippets_of(f"```ruby\n{code}\n```")
    assert snippet.text.split("\n") == code.split("\n")[:7] + ["", "raw @q"]


def test_markup_in_a_heredoc_is_left_as_written():
    code = 'page = <<~HTML\n  <p><%= @x %></p>\nHTML\nrender inline: page'
    [snippet] = snippets_of(f"```ruby\n{code}\n```")
    assert snippet.text == code
