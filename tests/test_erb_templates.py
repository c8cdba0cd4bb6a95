"""ERB views end to end: a template in a chat answer is lifted to its Ruby by the extractor and the Ruby rules
see `raw`, `<%==` and `html_safe` on request data in it (escaped `<%= %>` output is left alone)."""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.extract import extract_snippets
from curator.model import Message, Record, RecordResult


def xss_lines(template: str, tag: str) -> set[int]:
    content = f"The view:\n\n```{tag}\n{template}\n```\n"
    record = Record("t.jsonl", 1, b"{}", "jsonl", shape="openai",
                    messages=(Message("user", "write the view"), Message("assistant", content)))
    result = RecordResult(record, extract_snippets(record))
    output = TreeSitterEngine(EngineConfig(select=("rb.flow.xss",))).scan([result])
    return {f.line for f in output.findings if f.rule_id == "rb.flow.xss"}


@pytest.mark.parametrize("tag", ["erb", "ruby"])
def test_unescaped_request_data_in_a_view_is_flagged_on_its_line(tag):
    template = (
        "<h1>Search</h1>\n"
        "<p>You searched for: <%= raw params[:q] %></p>\n"
        "<p>Ref: <%== params[:ref] %></p>\n"
        "<p><%= params[:note].html_safe %></p>"
    )
    assert xss_lines(template, tag) == {5, 6, 7}  # message lines: the fence opens on line 3


@pytest.mark.parametrize("tag", ["erb", "ruby"])
def test_escaped_output_and_sanitized_markup_are_left_alone(tag):
    template = (
        "<h1>Search</h1>\n"
        "<p>You searched for: <%= params[:q] %></p>\n"
        "<% @results.each do |r| %>\n"
        "  <li><%= link_to r.title, r %></li>\n"
        "<% end %>\n"
        "<div><%= sanitize params[:bio] %></div>"
    )
    assert xss_lines(template, tag) == set()


def test_a_view_after_its_controller_reads_the_actions_instance_variables():
    code = (
        "class CommentsController < ApplicationController\n"
        "  def preview\n"
        "    @body = params[:body]\n"
        "    @title = params[:title]\n"
        "  end\n"
        "end\n"
        "\n"
        "# app/views/comments/preview.html.erb\n"
        "<h1><%= @title %></h1>\n"
        "<div><%= @body.html_safe %></div>"
    )
    assert xss_lines(code, "ruby") == {13}  # `@title` is escaped output; `@body.html_safe` is not
