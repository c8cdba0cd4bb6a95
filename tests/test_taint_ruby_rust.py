"""The Ruby and Rust data-flow adapters: what each language's syntax means for a value on its way to a sink.

Each case runs the real tree-sitter parse and the real rules of `rules/ruby/*.yaml` / `rules/rust/*.yaml`.
"""

from __future__ import annotations

from test_taint_languages import flagged  # noqa: F401 - one helper for every language's flow tests


def test_ruby_ternary_branch_sees_the_allow_list_check():
    code = (
        "def index\n"
        "  col = SORTABLE.include?(params[:sort]) ? params[:sort] : 'id'\n"
        "  Post.order(col)\n"                                   # 3: only an allow-listed value
        "  other = params[:sort].present? ? params[:sort] : 'id'\n"
        "  Post.order(other)\n"                                 # 5: present? checks nothing
        "end\n"
    )
    assert set(flagged("ruby", code, "rb.flow.sql-injection")) == {5}


def test_ruby_helper_that_strips_newlines_cleans_log_values():
    code = (
        "def clean(text)\n"
        "  text.to_s.gsub(/[\\r\\n]/, ' ')\n"
        "end\n"
        "def create\n"
        "  logger.info(\"user #{clean(params[:user])}\")\n"     # 5: the helper stripped CR/LF
        "  logger.info(\"user #{params[:user].strip}\")\n"      # 6: strip trims the ends only
        "end\n"
    )
    assert set(flagged("ruby", code, "rb.flow.log-injection")) == {6}


def test_ruby_sinatra_route_block_parameters_and_body():
    code = (
        "get '/hi/:name' do |name|\n"
        "  greeting = \"<p>Hi #{name}</p>\"\n"
        "  greeting\n"                                          # 3: the block's value is the response
        "end\n"
        "get '/json/:name' do |name|\n"
        "  content_type :json\n"
        "  { html: \"<p>#{name}</p>\" }.to_json\n"              # 7: a JSON body is no HTML
        "end\n"
    )
    found = flagged("ruby", code, "rb.flow.xss")
    assert set(found) == {3}
    assert found[3] == "params -> returned from a route"


def test_ruby_element_store_is_a_sink_only_for_its_keys():
    code = (
        "def update\n"
        "  session[:role] = params[:role]\n"                   # 2: a key the server trusts
        "  session[:locale] = params[:locale]\n"               # 3: a preference, no trust decision
        "  response.headers['X-Name'] = params[:name]\n"
        "end\n"
    )
    assert set(flagged("ruby", code, "rb.flow.trust-boundary")) == {2}
    assert set(flagged("ruby", code, "rb.flow.header-injection")) == {4}


def test_ruby_string_built_sql_reaches_the_driver_through_a_variable():
    code = (
        "def purge(conn, token, days)\n"
        "  sql = \"DELETE FROM sessions WHERE token = '#{token}'\"\n"
        "  conn.exec(sql)\n"                                    # 3: a method parameter pasted into SQL
        "  stmt = conn.prepare('DELETE FROM sessions WHERE token = ?')\n"
        "  stmt.execute(token)\n"                               # 5: a bound value
        "  conn.exec(\"DELETE FROM logs WHERE age > #{days.to_i}\")\n"  # 6: a number
        "end\n"
    )
    assert set(flagged("ruby", code, "rb.sql.string-built-query")) == {3}


def test_rust_typed_and_extracted_parameters():
    code = (
        "use axum::extract::{Path, Query};\n"
        "async fn one(Path(id): Path<i64>, Query(q): Query<Search>) -> Html<String> {\n"
        "    let a = format!(\"<p>{}</p>\", id);\n"
        "    let b = format!(\"<p>{}</p>\", q.term);\n"
        "    Html(a + &b)\n"                                    # 5: q.term is client text, id a number
        "}\n"
    )
    found = flagged("rust", code, "rs.flow.xss")
    assert set(found) == {5}
    assert found[5] == "route parameter -> Html"


def test_rust_format_macro_keeps_a_sanitizer_inside_it():
    code = (
        "async fn hi(Query(q): Query<Greeting>) -> Html<String> {\n"
        "    let safe = format!(\"<b>{}</b>\", html_escape::encode_text(&q.name));\n"
        "    let raw = format!(\"<b>{name}</b>\", name = q.name);\n"
        "    Html(safe + &raw)\n"                               # 4: the second part is unescaped
        "}\n"
        "async fn ok(Query(q): Query<Greeting>) -> Html<String> {\n"
        "    Html(format!(\"<b>{}</b>\", html_escape::encode_text(&q.name)))\n"  # 7: escaped
        "}\n"
    )
    assert set(flagged("rust", code, "rs.flow.xss")) == {4}


def test_rust_command_line_reaches_shell_but_not_file_rules():
    code = (
        "use std::process::Command;\n"
        "fn main() {\n"
        "    let target = std::env::args().nth(1).unwrap();\n"
        "    let text = std::fs::read_to_string(&target).unwrap();\n"   # 4: the user's own file
        "    let script = format!(\"tar czf out.tgz {}\", target);\n"
        "    Command::new(\"bash\").arg(\"-c\").arg(&script).status().unwrap();\n"  # 6: a shell script
        "}\n"
    )
    assert set(flagged("rust", code, "rs.flow.command-injection")) == {6}
    assert flagged("rust", code, "rs.flow.path-traversal") == {}


def test_rust_sql_string_formatting_skips_constants_and_numbers():
    code = (
        "const TABLE: &str = \"users\";\n"
        "fn page(conn: &Connection, limit: i64, name: &str) {\n"
        "    conn.execute(&format!(\"SELECT * FROM {} LIMIT {}\", TABLE, limit), []).unwrap();\n"
        "    conn.execute(&format!(\"SELECT * FROM users WHERE name = '{name}'\"), []).unwrap();\n"  # 4
        "}\n"
    )
    assert set(flagged("rust", code, "rs.sql.format-built-query")) == {4}
