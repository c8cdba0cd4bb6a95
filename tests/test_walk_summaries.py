"""Function summaries of the shared data-flow walk (curator/engines/dataflow/walk.py), through the real
tree-sitter engine: a helper's implicitly returned value (Ruby, Rust) carries its parameters' taint, and a
sink inside a closure the helper wraps its work in counts for the helper even where the plain walk met the
closure first. Each case is scanned as a snippet of its own; each unsafe case has a safe twin."""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

UNSAFE = {
    "ruby helper returns its parameter implicitly": ("ruby", "rb.flow.open-redirect", '''
class PagesController < ApplicationController
  def clean(v)
    v
  end

  def show
    redirect_to clean(params[:next])
  end
end
'''),
    "ruby helper returns a local built from its parameter": ("ruby", "rb.flow.xss", '''
class PagesController < ApplicationController
  def wrap(v)
    t = "<b>" + v + "</b>"
    t
  end

  def show
    render html: wrap(params[:name]).html_safe
  end
end
'''),
    "ruby helper ends with an assignment": ("ruby", "rb.flow.xss", '''
class PagesController < ApplicationController
  def wrap(v)
    @page = "<b>" + v + "</b>"
  end

  def show
    render html: wrap(params[:name]).html_safe
  end
end
'''),
    "ruby helper ends with a case": ("ruby", "rb.flow.open-redirect", '''
class PagesController < ApplicationController
  def pick(v)
    case v
    when "" then "/"
    else v
    end
  end

  def show
    redirect_to pick(params[:next])
  end
end
'''),
    "rust tail expression of a helper": ("rust", "rs.flow.xss", '''
use axum::extract::Query;
use axum::response::Html;
fn page(x: &str) -> String {
    let p = format!("<p>{}</p>", x);
    p
}
async fn handler(Query(params): Query<HashMap<String, String>>) -> Html<String> {
    let name = params.get("name").cloned().unwrap_or_default();
    Html(page(&name))
}
'''),
    "js sink inside a promise a helper returns": ("javascript", "js.flow.open-redirect", '''
function sendTo(res, url) {
  return new Promise((resolve) => {
    res.redirect(url);
    resolve();
  });
}
app.get("/go", async (req, res) => {
  await sendTo(res, req.query.next);
});
'''),
    "go sink inside a closure of a helper": ("go", "go.flow.open-redirect", '''
package main

import "net/http"

func send(w http.ResponseWriter, r *http.Request, target string) {
	goOn := func() { http.Redirect(w, r, target, http.StatusFound) }
	goOn()
}

func handler(w http.ResponseWriter, r *http.Request) {
	send(w, r, r.URL.Query().Get("next"))
}
'''),
    "php sink inside a closure of a helper": ("php", "php.flow.open-redirect", '''<?php
function send_to($url) {
    $go = function () use ($url) { header("Location: " . $url); };
    $go();
}
send_to($_GET['next']);
'''),
    "js method of the calling class, not a same-named one of a later class": ("javascript", "js.flow.open-redirect", '''class Pages {
  send(res, url) { res.redirect(url); }
  handle(req, res) { this.send(res, req.query.next); }
}
class Audit {
  send(res, url) { console.log("audit"); }
}
app.get("/go", (req, res) => new Pages().handle(req, res));
'''),
    "ts method of the calling class, not a same-named one of a later class": ("typescript", "js.flow.open-redirect", '''class Pages {
  send(res: any, url: string) { res.redirect(url); }
  handle(req: any, res: any) { this.send(res, req.query.next); }
}
class Audit {
  send(res: any, url: string) { console.log("audit"); }
}
app.get("/go", (req, res) => new Pages().handle(req, res));
'''),
    "java method of the calling class, not a same-named one of a later class": ("java", "java.flow.open-redirect", '''import javax.servlet.http.*;
public class Pages extends HttpServlet {
    void send(HttpServletResponse resp, String url) throws java.io.IOException { resp.sendRedirect(url); }
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        this.send(resp, req.getParameter("next"));
    }
}
class Audit {
    void send(HttpServletResponse resp, String url) { System.out.println("audit"); }
}
'''),
    "csharp method of the calling class, not a same-named one of a later class": ("csharp", "cs.flow.open-redirect", '''using Microsoft.AspNetCore.Mvc;
public class PagesController : Controller {
    private IActionResult Send(string url) { return Redirect(url); }
    public IActionResult Go(string next) { return this.Send(next); }
}
class Audit {
    public void Send(string url) { System.Console.WriteLine("audit"); }
}
'''),
}

SAFE = {
    "ruby helper returns a constant implicitly": ("ruby", '''
class PagesController < ApplicationController
  def clean(v)
    "/home"
  end

  def show
    redirect_to clean(params[:next])
  end
end
'''),
    "ruby helper ends with an assignment of escaped text": ("ruby", '''
class PagesController < ApplicationController
  def wrap(v)
    @page = "<b>" + ERB::Util.html_escape(v) + "</b>"
  end

  def show
    render html: wrap(params[:name]).html_safe
  end
end
'''),
    "rust tail expression escapes": ("rust", '''
use axum::extract::Query;
use axum::response::Html;
fn page(x: &str) -> String {
    let p = format!("<p>{}</p>", html_escape::encode_text(x));
    p
}
async fn handler(Query(params): Query<HashMap<String, String>>) -> Html<String> {
    let name = params.get("name").cloned().unwrap_or_default();
    Html(page(&name))
}
'''),
    "go closure redirects to a constant": ("go", '''
package main

import "net/http"

func send(w http.ResponseWriter, r *http.Request, target string) {
	goOn := func() { http.Redirect(w, r, "/home", http.StatusFound) }
	goOn()
}

func handler(w http.ResponseWriter, r *http.Request) {
	send(w, r, r.URL.Query().Get("next"))
}
'''),
    "php closure redirects to a constant": ("php", '''<?php
function send_to($url) {
    $go = function () use ($url) { header("Location: /home"); };
    $go();
}
send_to($_GET['next']);
'''),
    "js same-named method of another class redirects": ("javascript", '''class Pages {
  send(res, url) { res.redirect("/home"); }
  handle(req, res) { this.send(res, req.query.next); }
}
class Audit {
  send(res, url) { res.redirect(url); }
}
app.get("/go", (req, res) => new Pages().handle(req, res));
'''),
    "java same-named method of another class redirects": ("java", '''import javax.servlet.http.*;
public class Pages extends HttpServlet {
    void send(HttpServletResponse resp, String url) throws java.io.IOException { resp.sendRedirect("/home"); }
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        send(resp, req.getParameter("next"));
    }
}
class Audit {
    void send(HttpServletResponse resp, String url) throws java.io.IOException { resp.sendRedirect(url); }
}
'''),
}

_ENGINE: list[TreeSitterEngine] = []


def rules_flagged(language: str, code: str) -> set[str]:
    if not _ENGINE:
        _ENGINE.append(TreeSitterEngine(EngineConfig()))
    record = Record(source="test", position=1, raw=code.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", language, code, 1, True)
    out = _ENGINE[0].scan([RecordResult(record, [snippet])])
    assert [s.status for s in out.statuses] == ["ok"]
    return {f.rule_id for f in out.findings}


@pytest.mark.parametrize(("language", "rule", "code"), list(UNSAFE.values()), ids=list(UNSAFE))
def test_value_through_a_helper_is_flagged(language, rule, code):
    assert rule in rules_flagged(language, code)


@pytest.mark.parametrize(("language", "code"), list(SAFE.values()), ids=list(SAFE))
def test_safe_twin_is_not_flagged(language, code):
    assert rules_flagged(language, code) == set()
