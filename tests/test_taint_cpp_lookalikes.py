"""C++ code that looks unsafe at a glance and is not (allow-list tables and maps, numbers in shell and SQL text,
`.c_str()` of a constant), beside the unsafe twin of each: findings through the real tree-sitter engine."""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

_ENGINE: list[TreeSitterEngine] = []

HEAD = "#include <string>\n#include <sstream>\n#include <map>\n#include <set>\n#include <cstdlib>\n"


def findings(code: str) -> set[str]:
    if not _ENGINE:
        _ENGINE.append(TreeSitterEngine(EngineConfig()))
    text = HEAD + code
    record = Record("test", 1, text.encode(), "jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", "cpp", text, 1, False)
    return {f.rule_id for f in _ENGINE[0].scan([RecordResult(record, [snippet])]).findings}


SAFE = [
    # a column name looked up in a constant map, with a literal default
    """void sort_by(sqlite3 *db, int argc, char **argv) {
    static const std::map<std::string, std::string> columns = {{"name", "name"}, {"date", "created_at"}};
    auto it = columns.find(argv[1]);
    std::string column = it != columns.end() ? it->second : "name";
    std::string sql = "SELECT * FROM files ORDER BY " + column;
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}""",
    # a value that must be a member of a constant set
    """void sort_by(sqlite3 *db, int argc, char **argv) {
    static const std::set<std::string> allowed = {"name", "created_at"};
    std::string requested = argv[1];
    if (allowed.count(requested) == 0) return;
    std::string sql = "SELECT * FROM files ORDER BY " + requested;
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}""",
    """void sort_by(sqlite3 *db, int argc, char **argv) {
    static const std::set<std::string> allowed = {"name", "created_at"};
    std::string requested = argv[1];
    if (allowed.find(requested) == allowed.end()) return;
    std::string sql = "SELECT * FROM files ORDER BY " + requested;
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}""",
    # numbers turned to text
    """void page(sqlite3 *db, int limit) {
    std::string sql = "SELECT * FROM files LIMIT " + std::to_string(limit);
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}""",
    """int pause_for(int argc, char **argv) {
    std::string cmd = "sleep " + std::to_string(std::atoi(argv[1]));
    return std::system(cmd.c_str());
}""",
    # constant command text, through .c_str(), a std::string(...) of a literal, a table and a fixed map
    """int list_logs() {
    std::string cmd = "ls -l /var/log";
    return std::system(cmd.c_str());
}""",
    """int status(int argc, char **argv) {
    static const char *units[] = {"nginx", "postgresql"};
    std::string cmd = std::string("systemctl status ") + units[std::atoi(argv[1]) & 1];
    return std::system(cmd.c_str());
}""",
    """int report(const std::string &action) {
    static const std::map<std::string, std::string> commands = {{"disk", "df -h"}, {"mem", "free -m"}};
    auto it = commands.find(action);
    if (it == commands.end()) return -1;
    return std::system(it->second.c_str());
}""",
    # masked and wrapped indexes
    """int pick(int argc, char **argv) {
    int table[16] = {0};
    int i = std::atoi(argv[1]);
    int slot = i & 0xF;
    return table[slot] + table[static_cast<unsigned>(i) % 16];
}""",
    # a number appended or inserted inline; characters checked with std::isalnum through a static_cast
    """int signal_self() {
    return std::system(("kill -HUP " + std::to_string(getpid())).c_str());
}""",
    """int echo_count(int argc, char **argv) {
    std::string cmd = "echo ";
    cmd += std::to_string(argc);
    return std::system(cmd.c_str());
}""",
    """int ping(const std::string &host) {
    for (char c : host) if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.') return -1;
    std::string cmd = "ping -c 1 " + host;
    return std::system(cmd.c_str());
}""",
    """int pause_for(int seconds) {
    std::ostringstream script;
    script << "sleep " << seconds;
    return std::system(script.str().c_str());
}""",
    # both factors bounded before a static_cast
    """struct Pixel { unsigned char r, g, b, a; };
Pixel *image(int w, int h) {
    if (w <= 0 || h <= 0 || w > 4096 || h > 4096) return nullptr;
    return static_cast<Pixel *>(std::malloc(static_cast<std::size_t>(w) * h * sizeof(Pixel)));
}""",
]

UNSAFE = [
    ("""void sort_by(sqlite3 *db, int argc, char **argv) {
    std::map<std::string, std::string> columns;
    auto it = columns.find(argv[1]);
    std::string sql = "SELECT * FROM files ORDER BY " + it->second;
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}""", "c.flow.sql-built-query"),
    ("""void sort_by(sqlite3 *db, int argc, char **argv) {
    static const std::set<std::string> blocked = {"password"};
    std::string requested = argv[1];
    if (blocked.count(requested) != 0) return;
    std::string sql = "SELECT * FROM files ORDER BY " + requested;
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}""", "c.flow.sql-built-query"),
    ("""int ping(int argc, char **argv) {
    std::string cmd = "ping -c " + std::to_string(3) + " " + argv[1];
    return std::system(cmd.c_str());
}""", "c.flow.command-injection"),
    ("""int ping(const std::string &host) {
    std::string cmd = std::string("ping ") + host;
    return std::system(cmd.c_str());
}""", "c.exec.system-non-constant"),
    ("""int pick(int argc, char **argv) {
    int table[16] = {0};
    int slot = std::atoi(argv[1]) | 4;
    return table[slot];
}""", "c.flow.unchecked-index"),
    ("""int echo_name(int argc, char **argv) {
    std::string cmd = "echo ";
    cmd += std::to_string(argc);
    cmd += argv[1];
    return std::system(cmd.c_str());
}""", "c.flow.command-injection"),
    ("""int ping(const std::string &host) {
    for (char c : host) if (!std::isalnum(static_cast<unsigned char>(c))) std::puts("odd");
    std::string cmd = "ping -c 1 " + host;
    return std::system(cmd.c_str());
}""", "c.exec.system-non-constant"),
    ("""int ping(int count, const std::string &host) {
    std::ostringstream script;
    script << "ping -c " << count << " ";
    script << host;
    return std::system(script.str().c_str());
}""", "c.exec.system-non-constant"),
    ("""struct Pixel { unsigned char r, g, b, a; };
Pixel *image(int w, int h) {
    if (w <= 0 || w > 4096) return nullptr;
    return static_cast<Pixel *>(std::malloc(static_cast<std::size_t>(w) * h * sizeof(Pixel)));
}""", "c.mem.allocation-size-overflow"),
]


@pytest.mark.parametrize("code", SAFE)
def test_safe_lookalike_is_not_flagged(code):
    assert not findings(code) & {"c.flow.sql-built-query", "c.flow.command-injection", "c.exec.system-non-constant",
                                 "c.flow.unchecked-index", "c.flow.path-built-from-input",
                                 "c.mem.allocation-size-overflow"}


@pytest.mark.parametrize(("code", "rule"), UNSAFE)
def test_unsafe_twin_is_flagged(code, rule):
    assert rule in findings(code)


DROGON_LOGIN = """void login(const HttpRequestPtr &req, std::function<void(const HttpResponsePtr &)> &&callback) {
    auto resp = HttpResponse::newRedirectionResponse("/account");
    drogon::Cookie session("session_id", new_session_id());
    session.setHttpOnly(true);
    %s
    resp->addCookie(session);
    callback(resp);
}"""


def test_drogon_session_cookie_needs_secure():
    assert "c.web.insecure-cookie" in findings(DROGON_LOGIN % "")
    assert "c.web.insecure-cookie" not in findings(DROGON_LOGIN % "session.setSecure(true);")
