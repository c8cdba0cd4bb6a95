"""The C and C++ data-flow adapters beyond their rule fixtures: C++ input and memory idioms, branches and
functions as the memory checks see them (findings through the real tree-sitter engine)."""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

_ENGINE: list[TreeSitterEngine] = []


def findings(language: str, code: str) -> set[tuple[int, str]]:
    if not _ENGINE:
        _ENGINE.append(TreeSitterEngine(EngineConfig()))
    record = Record("test", 1, code.encode(), "jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", language, code, 1, False)
    output = _ENGINE[0].scan([RecordResult(record, [snippet])])
    return {(f.line, f.rule_id) for f in output.findings}


CPP = [
    # std::cin is input: an index read from it needs both bounds, `.at()` checks itself
    ("int main() {\n  std::vector<int> v(10);\n  int i;\n  std::cin >> i;\n  v[i] = 1;\n"
     "  if (i >= 0 && i < 10) v[i] = 2;\n  v.at(i) = 3;\n}\n",
     {(5, "c.flow.unchecked-index")}),
    # std::getline(std::cin, s) fills its second argument
    ("int main() {\n  std::string line;\n  std::getline(std::cin, line);\n  printf(line.c_str());\n}\n",
     {(4, "c.flow.format-string")}),
    # a number read by std::cin: added without a bound check
    ("int f() {\n  int qty;\n  std::cin >> qty;\n  return qty * 100;\n}\n",
     {(4, "c.flow.integer-overflow")}),
    # C++ string comparison of a token (the C rule's query runs on C++ too)
    ("bool ok(const std::string &api_token, const Request &req) {\n"
     "  return req.get_header_value(\"X-Token\") == api_token;\n}\n",
     {(2, "c.crypto.timing-unsafe-compare")}),
    ("bool ok(const std::string &token) {\n  return token.find(':') == std::string::npos;\n}\n", set()),
    # iterators and pointers into a vector dangle after push_back; taken after it, they are fine
    ("void f(std::vector<int> &v) {\n  auto it = v.begin();\n  v.push_back(4);\n  std::cout << *it;\n"
     "  auto ok = v.begin();\n  std::cout << *ok;\n}\n",
     {(4, "c.mem.use-after-free")}),
    # a local std::string's c_str() returned; a std::string return is a copy
    ("const char *f(int n) {\n  std::string s = std::to_string(n);\n  return s.c_str();\n}\n"
     "std::string g() {\n  char buf[8] = \"x\";\n  return buf;\n}\n",
     {(3, "c.mem.stack-address-returned")}),
    # delete, then a method call through the pointer; delete twice
    ("void f(Node *p, Node *q) {\n  delete p;\n  p->print();\n  delete q;\n  delete q;\n}\n",
     {(3, "c.mem.use-after-free"), (5, "c.mem.double-free")}),
    # use after std::move, and an erased iterator
    ("void f(std::vector<int> &v, std::unique_ptr<W> w) {\n  auto o = std::move(w);\n  w->draw();\n"
     "  auto it = v.begin();\n  v.erase(it);\n  std::cout << *it;\n}\n",
     {(3, "c.mem.use-after-free"), (6, "c.mem.use-after-free")}),
    # a moved-from name assigned again is fine
    ("void f(std::unique_ptr<W> w) {\n  auto o = std::move(w);\n  w = std::make_unique<W>();\n  w->draw();\n}\n",
     set()),
    # new[] with an unchecked product, released with delete
    ("void f(size_t w, size_t h) {\n  unsigned char *px = new unsigned char[w * h * 4];\n  delete px;\n}\n",
     {(2, "c.mem.allocation-size-overflow"), (3, "cpp.mem.mismatched-release")}),
    # a range-for that leaves on a bad character validates the string it walks
    ("int f() {\n  std::string host;\n  std::cin >> host;\n  for (char c : host) {\n"
     "    if (!isalnum(c) && c != '.') return 1;\n  }\n  return system((\"ping \" + host).c_str());\n}\n",
     set()),
    # a path built from a parameter opened by a file stream's constructor; checked for "..", it is left alone
    ("void f(const std::string &name) {\n  std::string path = \"/srv/files/\" + name;\n  std::ifstream in(path);\n}\n",
     {(3, "c.flow.path-built-from-input")}),
    ("void f(const std::string &name) {\n  if (name.find(\"..\") != std::string::npos) return;\n"
     "  std::ifstream in(\"/srv/files/\" + name);\n}\n",
     set()),
    ("int f() {\n  std::string host;\n  std::cin >> host;\n  return system((\"ping \" + host).c_str());\n}\n",
     {(4, "c.flow.command-injection")}),
    # std::all_of over the string's characters on a leaving branch
    ("int f() {\n  std::string host;\n  std::cin >> host;\n"
     "  if (!std::all_of(host.begin(), host.end(), [](char c) { return std::isalnum(c) || c == '.'; })) return 1;\n"
     "  return system((\"ping \" + host).c_str());\n}\n",
     set()),
    # std::regex_match on a leaving branch
    ("int f() {\n  std::string host;\n  std::cin >> host;\n"
     "  if (!std::regex_match(host, std::regex(\"^[a-z0-9.-]+$\"))) return 1;\n"
     "  std::string cmd = \"ping \" + host;\n  return system(cmd.c_str());\n}\n",
     set()),
]

C = [
    # a free on an error path that returns is no use after free
    ("int f(char *b, int e) {\n  if (e) {\n    free(b);\n    return -1;\n  }\n  puts(b);\n  return 0;\n}\n", set()),
    # each function has its own sizes: `buf` is 8 bytes only in g
    ("void f(void) {\n  char buf[64];\n  memcpy(buf, src, 32);\n}\n"
     "void g(void) {\n  char buf[8];\n  memcpy(buf, src, 32);\n}\n",
     {(7, "c.mem.copy-exceeds-buffer")}),
    # a size known on one branch only is not known after it
    ("void f(int c) {\n  char *d;\n  if (c) d = malloc(10); else d = malloc(100);\n  memcpy(d, src, 50);\n}\n",
     set()),
    # a buffer holding only a literal is a constant format; read into, it is input (one finding per line)
    ("void f(void) {\n  char d[100];\n  strcpy(d, \"fixed\");\n  printf(d);\n  fgets(d, sizeof d, stdin);\n"
     "  printf(d);\n}\n",
     {(6, "c.flow.format-string")}),
    # recv into `data + len` taints data (pointer arithmetic names the buffer)
    ("void f(int s) {\n  char data[100] = \"\";\n  size_t n = strlen(data);\n"
     "  recv(s, (char *)(data + n), 99 - n, 0);\n  system(data);\n}\n",
     {(5, "c.flow.command-injection")}),
]


@pytest.mark.parametrize("code, expected", CPP)
def test_cpp(code, expected):
    assert findings("cpp", code) == expected


@pytest.mark.parametrize("code, expected", C)
def test_c(code, expected):
    assert findings("c", code) == expected
