"""The C adapter (C++ reuses it): declarators, `->` fields, and the library calls that write into a buffer.

Sources are data in `rules/c/taint.yaml`: `argv`, `getenv`, and out-parameter sources (`fgets(buf, ...)`,
`recv(fd, buf, ...)`, `scanf("%s", buf)`) that fill an argument. `strcpy`/`strcat`/`sprintf`/`memcpy`
carry their sources' taint into the destination buffer, as an assignment would; `data + n` and casts name
the buffer they point into. C-only sink kinds: the pseudo-callees `[index]` (an array index: `a[i]`) and
`[add]`/`[sub]`/`[divisor]` (integer arithmetic, `lang_c_numbers.py`), and rules with `check:` instead of
sources and sinks (`rules/c/memory.yaml`), which the memory checks of `lang_c_memory.py` report (sizes,
frees, allocations along the same walk). Comparisons mark bounds (`@upper`, `@lower`, `@floor`, `@range`,
`@nonzero`); loops that leave on a bad character, `strspn`, `std::regex_match`, `std::all_of` validate.
"""

from __future__ import annotations

import functools
import re

import tree_sitter as ts

from curator.engines.dataflow.core import (CLEAN, EMPTY, FIXED_PREFIX, FUNCTION_PARAMETERS, HTML, MARKUP, NORMALIZED,
                                           SHARED_TEMP_PATH, SQL, VALIDATED, TaintModel, mark)
from curator.engines.dataflow.lang_c_memory import _NUMERIC_TYPE as NUMERIC_TYPE
from curator.engines.dataflow.lang_c_memory import CHECKS, MemoryChecks
from curator.engines.dataflow.lang_c_numbers import ADD, DIVISOR, NUMBER, SUB, NumberChecks
from curator.engines.dataflow.walk import Walk, _strip_address
from curator.errors import UsageError
from curator.ruleset import Rule

# call -> (destination argument, first argument whose value flows into it)
BUFFER_WRITERS = {"strcpy": (0, 1), "strncpy": (0, 1), "strcat": (0, 1), "strncat": (0, 1), "sprintf": (0, 1),
                  "snprintf": (0, 2), "vsprintf": (0, 1), "vsnprintf": (0, 2), "memcpy": (0, 1), "memmove": (0, 1),
                  "strlcpy": (0, 1), "strlcat": (0, 1), "wcscpy": (0, 1), "wcscat": (0, 1), "asprintf": (0, 1)}
SEARCHES = frozenset({"strchr", "strrchr", "strstr", "strpbrk", "strspn", "strcspn", "memchr"})
FORMATTING = frozenset({"sprintf", "snprintf", "vsprintf", "vsnprintf", "asprintf"})
RETURNS_FORMATTED = frozenset({"g_strdup_printf", "sqlite3_mprintf"})
VECTOR_EXECS = frozenset({"execv", "execvp", "execvpe", "_execv", "_execvp", "_spawnv", "_spawnvp", "EXECV", "EXECVP"})
SHELLS = frozenset({"sh", "bash", "dash", "zsh", "ksh", "csh", "tcsh", "busybox", "env", "cmd", "cmd.exe",
                    "powershell", "pwsh", "python", "python3", "perl", "ruby", "node"})
PRINTING = {"printf": 0, "fprintf": 1, "dprintf": 1, "FCGX_FPrintF": 1, "mg_printf": 1, "syslog": 1}  # -> format
INDEX = "[index]"  # the pseudo-callee of an array index sink: `{call: "[index]"}`
# a helper of the snippet named as an escaper whose body handles quote characters: its result is escaped text
_ESCAPER_NAME = re.compile(r"(?i)escape|quote|sanitiz")
_HTML_ESCAPER = re.compile(r"(?i)html_?(?:escape|encode|entit|sanitiz|quote)|(?:escape|encode|sanitiz)\w*_?html")
_QUOTE_HANDLED = re.compile(r"'\\''|\"''\"|\"\\\\'\"|'\\\\'|\"\\\\\\\\\"")
# escapers that write the escaped text into an argument: position of the output (the input follows it)
SQL_ESCAPERS = {"mysql_real_escape_string": 1, "mysql_escape_string": 0, "PQescapeStringConn": 1, "PQescapeString": 0}
_CHECKED_ONLY = frozenset({(CLEAN, frozenset({VALIDATED}))})  # what `validate` gives a value with no source
SQL_QUOTERS = frozenset({"PQescapeLiteral", "PQescapeIdentifier"})  # return the value quoted for SQL, quotes included
STRING_EQUALS = frozenset({"strcmp", "strcasecmp", "wcscmp", "_stricmp", "stricmp", "g_strcmp0"})  # 0: equal
_VIEW_TYPE = re.compile(r"\b(string_view|wstring_view|span)\b")
PATH_TEXT = frozenset({"string", "c_str", "native", "generic_string", "u8string"})  # a path's own text
UPPER, LOWER, RANGE = "@upper", "@lower", "@range"  # compared with an upper / lower limit; both (or unsigned)
FLOOR, NONZERO = "@floor", "@nonzero"  # compared with any lower limit; tested against zero
COMPARISONS = frozenset({"<", "<=", ">", ">="})
_PATH_OR_QUERY = re.compile(r'^"(?:/[^/"][^"]*|[^"]*\?[^"]*)(?<!//)(?<![:@])"$')  # "/v1/x/", "/latest?base=", "&q="
# a predicate named for what it checks: `host_allowed(url)`, `url_is_safe(u)`, `is_local(t)`, `in_allowlist(h)`
_VALIDATOR_NAME = re.compile(r"(?i)(?:^|_)(?:allowed|permitted|trusted|safe|valid|whitelisted|allowlisted|local(?:_path|_url)?)$|"
                             r"^(?:in|on)_?(?:allow|white)_?list|^is_?(?:trusted|permitted|whitelisted)")
_NEGATED_VALIDATOR = re.compile(r"(?i)(?:un|in|dis|not_?)(?:allowed|permitted|trusted|safe|valid)")
_FIXED_PREFIX_FORMAT = re.compile(r'^L?"(?:https?://[^/%"]+/|/[^/%"])')  # a format opening with a host or a path
# a redirect target's first characters: one `/` (a path on this site), not `//` or `/\` (another host)
_TESTED_NAME = r"[A-Za-z_]\w*(?:(?:\.|->)\w+)*"
_FIRST_CHAR = rf"(?:\*\s*(?P<a>{_TESTED_NAME})|(?P<b>{_TESTED_NAME})\s*\[\s*0\s*\]|(?P<c>{_TESTED_NAME})\.front\(\))\s*"
_FIRST_SLASH_NE = re.compile(_FIRST_CHAR + r"!=\s*'/'")
_FIRST_SLASH_EQ = re.compile(_FIRST_CHAR + r"==\s*'/'")


@functools.lru_cache(maxsize=256)
def _second_slash_eq(name: str) -> re.Pattern:
    return re.compile(rf"{name}\s*\[\s*1\s*\]\s*==\s*'(?:/|\\\\)'|{name}\s*\.\s*r?find\(\s*\"//\"\s*(?:,\s*0\s*)?\)\s*==\s*0|"
                      rf"{name}\s*\.\s*starts_with\(\s*\"//\"\s*\)|strncmp\(\s*{name}\s*,\s*\"//\"\s*,\s*2\s*\)\s*==\s*0|"
                      rf"{name}\s*\.\s*compare\(\s*0\s*,\s*2\s*,\s*\"//\"\s*\)\s*==\s*0")


@functools.lru_cache(maxsize=256)
def _second_slash_ne(name: str) -> re.Pattern:
    return re.compile(rf"{name}\s*\[\s*1\s*\]\s*!=\s*'/'|!\s*{name}\s*\.\s*starts_with\(\s*\"//\"\s*\)")


# a literal path in a folder every local user writes, with no mkstemp-style `XXXXXX` template in it
_SHARED_TEMP = re.compile(rb'L?"/(?:tmp|var/tmp|dev/shm)/(?![^"]*XXXXXX)[^"/]')
_IN_SHARED_TEMP = frozenset({(SHARED_TEMP_PATH, frozenset())})
VIEWS_OF_ITSELF = frozenset({"size", "length", "c_str", "data", "str", "toStdString", "toUtf8"})
SIZED_BY_DESTINATION = frozenset({"memcpy", "memmove", "wmemcpy", "wmemmove"})  # (destination, source, count)


class CWalk(MemoryChecks, NumberChecks, Walk):
    FUNCTIONS = frozenset({"function_definition", "lambda_expression"})
    CALLS = frozenset({"call_expression"})
    MEMBERS = frozenset({"field_expression"})
    SUBSCRIPTS = frozenset({"subscript_expression"})
    IDENTIFIERS = frozenset({"identifier", "field_identifier", "this"})
    STRINGS = frozenset({"string_literal", "concatenated_string", "raw_string_literal", "char_literal"})
    DECLARATORS = frozenset({"init_declarator"})
    LITERALS = frozenset({"number_literal", "true", "false", "null", "nullptr", "comment", "char_literal",
                          "sizeof_expression", "system_lib_string"})
    EXIT_CALLS = ("exit", "_exit", "abort", "err", "errx", "perror_exit")
    PREFIX_METHODS = Walk.PREFIX_METHODS | {"starts_with", "rfind"}  # C++20 / `p.rfind(base, 0) == 0`
    MEMBERSHIP_METHODS = Walk.MEMBERSHIP_METHODS | {"count"}  # C++ `ALLOWED.count(x)`: a member of a fixed set
    SELF_PREFIXES = ("this.",)

    def __init__(self, model: TaintModel, code: bytes) -> None:
        super().__init__(model, code)
        self.reset_memory()
        self.returns_pointer = False  # the function being walked returns a pointer or a reference
        self.returns_view = False  # ... or a std::string_view / std::span into memory someone else owns
        self.function_end = len(code)  # where the body being walked ends
        self.flags: dict[str, tuple] = {}  # flag name -> what its setting `if` proved (`_flag_set`)
        self.literal_returns: dict[int, bool] = {}  # function node id -> all its returns are literals
        self.tokenized = EMPTY  # the taint of the string the last `strtok(s, ...)` started cutting
        self._predicates_open = 0  # nested reads of the snippet's own predicates (see `_predicate`)
        self.called_here: dict[int, bool] = {}  # function node id -> a call in the snippet reaches it
        self.index_sinks = model.sinks.lookup(INDEX)
        self.arithmetic_sinks = {kind: found for kind in (ADD, SUB, DIVISOR) if (found := model.sinks.lookup(kind))}

    def source(self, name: str) -> str | None:
        if name.startswith("argv") and name[4:5] in ("", ".", "[") and self.function_start > 0 and _LOCAL_ARGV.search(
                self.code, self.function_start, self.function_end):  # (parameters are labelled from outside)
            return None  # a local array named argv (built for execv), not main's arguments
        return super().source(name)

    def member(self, node: ts.Node):
        return node.child_by_field_name("argument"), self.text(node.child_by_field_name("field"))

    def dotted(self, node: ts.Node | None) -> str:
        """Casts and pointer arithmetic name the buffer they point into: `(char *)(data + len)` -> `data`."""
        while node is not None and node.type in ("cast_expression", "binary_expression"):
            if node.type == "cast_expression":
                node = node.child_by_field_name("value")
            elif self.operator(node) in ("+", "-"):
                node = node.child_by_field_name("left")
            else:
                return "?"
            while node is not None and node.type == "parenthesized_expression" and node.named_children:
                node = node.named_children[0]
        return super().dotted(node)

    def subscript_object(self, node: ts.Node):
        return node.child_by_field_name("argument")

    def string_parts(self, node: ts.Node) -> list[ts.Node]:
        return []

    def declarations(self, node: ts.Node):
        if node.type == "init_declarator":
            target, value = node.child_by_field_name("declarator"), node.child_by_field_name("value")
            return [(_declared_name(target), value)] if target is not None and value is not None else []
        return super().declarations(node)

    def function_name(self, node: ts.Node) -> str | None:
        declarator = node.child_by_field_name("declarator")
        while declarator is not None and declarator.type not in ("function_declarator",):
            declarator = _inner(declarator)
        if declarator is None:
            return None
        name = declarator.child_by_field_name("declarator")
        return self.text(name) if name is not None else None

    def parameters(self, function: ts.Node):
        declarator = function.child_by_field_name("declarator")  # (a C++ lambda's is an abstract one)
        while declarator is not None and declarator.type not in ("function_declarator", "abstract_function_declarator"):
            declarator = _inner(declarator)
        params = declarator.child_by_field_name("parameters") if declarator is not None else None
        out = []
        for param in params.named_children if params is not None else ():
            name = _declared_name(param.child_by_field_name("declarator"))
            if name is not None and name.type == "identifier":
                out.append((self.text(name), param))
        return out

    def call(self, node: ts.Node):
        callee = node.child_by_field_name("function")
        if callee is not None and callee.type == "field_expression":
            self.dereferenced(callee)  # `p->method()` reads through p
        name, receiver, args = self.call_parts(node)
        taint = self.number_conversion(name, super().call(node))
        method = name.rsplit(".", 1)[-1]
        if receiver is not None and method in VIEWS_OF_ITSELF and taint:
            checked = self.env.get(self.dotted(receiver))  # `req.body.size()` after `if (req.body.size() >= N) return;`:
            if checked:  # a source checked in place keeps its marks when read again through a view of itself
                taint = checked
        if name in ("fread", "fwrite", "fread_unlocked") and taint:  # a count of items, 0 to the count asked for
            taint = mark(taint, RANGE, UPPER, LOWER)
        if name in ("strtok", "strtok_r", "wcstok") and args:  # `strtok(NULL, "&")` goes on cutting the last string
            if self.text(args[0]) in ("NULL", "nullptr", "0"):
                taint = taint | self.tokenized
            else:
                self.tokenized = self.eval_quiet(args[0])
        if receiver is not None and method in ("resize", "erase", "substr") and args and (
                self.int_value(args[-1]) is not None or self.is_const(args[-1])) and (
                method != "substr" or len(args) == 2):
            # `s.resize(31)`, `s.erase(64)`, `s.substr(0, 64)`: at most that many characters from here on
            if method == "substr":
                return mark(taint, "@bounded") if taint else taint
            key = self.dotted(receiver)
            if key != "?":
                self.bounded.add(key)
                if self.env.get(key):
                    self.env[key] = mark(self.env[key], "@bounded")
        for position, _source in self.model.out_sources.lookup(name):
            if position < len(args):  # filled from outside: no longer a constant or a known length
                key = self.dotted(_strip_address(args[position]))
                self.consts.discard(key)
                self.lengths.pop(key, None)
                self.ints.pop(key, None)
        writer = BUFFER_WRITERS.get(name)
        if writer is not None:
            dest, first = writer
            if len(args) > dest:
                flowing = EMPTY
                inserted = _text_arguments(self.text(args[first]), args[first + 1 :]) if (
                    name in FORMATTING and _literal_format(args[first])) else None
                for arg in args[first:]:
                    flowing = flowing | self.eval(arg)
                if name in FORMATTING:  # `%d` values are digits: only the `%s`-like ones are text
                    parts = inserted if inserted is not None else args[first + 1 :]
                    if inserted and len(inserted) > 1 and _LEADING_TEXT.match(self.text(args[first])) and (
                            not self.eval_quiet(inserted[0])):  # "%s/%s" of `dest`, a folder no input named
                        parts = inserted[1:]  # (what is pasted under it is what may climb out of it)
                    flowing = flowing | self._formatting(parts, node, "sprintf")
                    if inserted and _LEADING_TEXT.match(self.text(args[first])) and all(
                            self.is_const(arg) for arg in inserted[1:]):
                        flowing = _base_dir(flowing)
                    if flowing and _FIXED_PREFIX_FORMAT.match(self.text(args[first])):
                        flowing = mark(flowing, FIXED_PREFIX)  # "https://api.example.com/v1/items/%s": the host is fixed
                    if flowing and _literal_format(args[first]) and MARKUP.search(
                            self.code, args[first].start_byte, args[first].end_byte):
                        flowing = mark(flowing, HTML)  # "<p>Hello %s</p>": the value lands in markup
                if inserted is not None and not all(self.is_const(arg) or self._escaped(arg) for arg in inserted):
                    self._formatted_sql(node, args[first], inserted)
                key = self.dotted(_strip_address(args[dest]))
                if key != "?":
                    appends = name.endswith(("cat", "catf"))
                    if appends:
                        added = self._formatting(args[first:], node)
                        if added and key in self.sql_names:  # `strcat(query, id)` onto "DELETE FROM ..."
                            added = mark(added, SQL)
                        flowing = flowing | added | self.env.get(key, EMPTY)
                    self.env[key] = flowing
                    # `strcpy(data, "fixed")`, `strcat(data, "*.*")` onto a constant: still a constant
                    if all(self.is_const(arg) for arg in args[first:]) and (not appends or key in self.consts):
                        self.consts.add(key)
                    else:
                        self.consts.discard(key)
                    numbered = (inserted is not None and all(self.is_const(arg) for arg in inserted)) or (
                        appends and key in self.numbered and all(self.is_const(arg) for arg in args[first:]))
                    if numbered and key not in self.consts:  # (not a constant: a number has no known length)
                        self.numbered.add(key)
                    else:
                        self.numbered.discard(key)
                    text = (args[first + 1 :] if inserted is None else inserted) if name in FORMATTING else (
                        args[first : first + 1])
                    if not all(self.is_const(arg) for arg in text):
                        self.built[key] = node  # non-constant text in a buffer (`c.exec.formatted-command`)
                    elif not appends:
                        self.built.pop(key, None)
        if name in RETURNS_FORMATTED and args and _literal_format(args[0]):  # `sqlite3_mprintf(fmt, ...)`
            inserted = _text_arguments(self.text(args[0]), args[1:])
            if inserted is not None and not all(self.is_const(arg) or self._escaped(arg) for arg in inserted):
                self._formatted_sql(node, args[0], inserted)
        if name in ("realpath", "_fullpath") and len(args) >= 2:  # `realpath(path, resolved)` fills resolved
            out = args[1] if name == "realpath" else args[0]
            key = self.dotted(_strip_address(out))
            if key != "?" and out.type != "null" and self.text(out) not in ("NULL", "nullptr"):
                self.env[key] = mark(self.eval(args[0] if name == "realpath" else args[1]), NORMALIZED)
                self.consts.discard(key)
        if taint:  # a sanitizer the rules name, also where the snippet defines it (`escape_html(s)`, summarized)
            markers = self.model.callee(self.resolve(name))[2]  # or it ends a chain read from a source
            if markers:  # (`req.query().queryItemValue("q").toHtmlEscaped()`)
                taint = mark(taint, *markers)
        if taint and _HTML_ESCAPER.search(name.rsplit(".", 1)[-1]):  # `html_escape_alloc(s)`, `escape_html_into(..)`
            markers = self.model.callee("html_escape")[2]  # what the rules' own HTML escaper clears
            if markers:
                taint = mark(taint, *markers)
        if _ESCAPER_NAME.search(name.rsplit(".", 1)[-1]):
            helper = self._user_function(name)
            if helper is not None and _QUOTE_HANDLED.search(self.text(helper)):  # the snippet's own `sql_escape(s)`
                taint = frozenset({(CLEAN, frozenset({VALIDATED}))}) | mark(taint, VALIDATED)
        escaped = SQL_ESCAPERS.get(name)
        if escaped is not None and len(args) > escaped + 1:  # `mysql_real_escape_string(conn, out, in, n)`
            out = _strip_address(args[escaped])
            if out.type == "call_expression" and not self.call_parts(out)[2] and self.call_parts(out)[1] is not None and (
                    self.call_parts(out)[0].rsplit(".", 1)[-1] in ("data", "get")):
                out = self.call_parts(out)[1]  # `esc.data()` of a std::vector / std::string, `buf.get()`
            elif out.type == "subscript_expression":  # `&esc[0]`
                out = out.child_by_field_name("argument") or out
            key = self.dotted(out)
            if key != "?":
                self.env[key] = frozenset({(CLEAN, frozenset({VALIDATED}))}) | frozenset(
                    (source, applied | {VALIDATED}) for source, applied in self.eval(args[escaped + 1]))
                self.consts.discard(key)
        if name in SQL_QUOTERS:  # `PQescapeLiteral(conn, name, len)`: a quoted SQL literal, whatever name held
            taint = frozenset({(CLEAN, frozenset({VALIDATED}))}) | mark(taint, VALIDATED)
        self.memory_call(node, name, args)
        return taint

    def _escaped(self, node: ts.Node) -> bool:
        """Text that every path made safe (an SQL escaper's output, a value checked against literals)."""
        taint = self.eval_quiet(node)
        return bool(taint) and all(VALIDATED in applied for _source, applied in taint)

    def _formatted_sql(self, node: ts.Node, fmt: ts.Node, inserted: list[ts.Node]) -> None:
        """An SQL statement (the rule's `format` regex) formatted with text that is not a constant: a column
        name picked from literals (`col = "size"` on one branch, `columns[i]`) is one."""
        rule = self.model.checks.get("formatted-sql")
        pattern = rule.spec.get("format") if rule is not None else None
        text = self.text(fmt)
        if pattern and re.search(pattern, text):
            self.flag("formatted-sql", node, f"SQL formatted from {', '.join(self.text(a)[:20] for a in inserted)}")

    def _check_sink(self, sink, node, raw, args, arg_taints, receiver) -> None:
        if raw.startswith(("exec", "_exec", "_spawn", "EXEC")):  # operands after `"--"` are no options
            for position, arg in enumerate(args):
                if arg.type == "string_literal" and self.text(arg) == '"--"':
                    arg_taints = arg_taints[:position] + [EMPTY] * (len(arg_taints) - position)
                    break
        if raw in VECTOR_EXECS and len(args) >= 2 and self._options_ended(node, args):
            arg_taints = [arg_taints[0], EMPTY, *arg_taints[2:]]  # `{"gzip", "-k", "--", argv[1], NULL}`
        fmt_at = PRINTING.get(raw)
        if fmt_at is not None and len(args) > fmt_at + 1 and _literal_format(args[fmt_at]):
            inserted = _text_arguments(self.text(args[fmt_at]), args[fmt_at + 1 :])
            if inserted is not None:  # `printf("<p>%zu chars</p>", strlen(ua))`: a number's digits are no markup
                text_ids = {arg.id for arg in inserted}
                arg_taints = [t if position <= fmt_at or args[position].id in text_ids else EMPTY
                              for position, t in enumerate(arg_taints)]
        if raw.rsplit(".", 1)[-1] in SIZED_BY_DESTINATION and len(args) == 3 and self._destination_sized(args[0], args[2]):
            arg_taints = arg_taints[:2] + [EMPTY]  # `memcpy(buf.data(), src, buf.size())`: at most what buf holds
        super()._check_sink(sink, node, raw, args, arg_taints, receiver)

    def _options_ended(self, node: ts.Node, args: list[ts.Node]) -> bool:
        """An `execv`-style call of a literal program that is no shell, whose argument vector is declared in
        the function with a `"--"` before every element that is not a literal: each value is one operand."""
        program = self.text(args[0]).strip('"').rsplit("/", 1)[-1]
        if args[0].type != "string_literal" or program in SHELLS or args[1].type != "identifier":
            return False
        scope = node.parent
        while scope is not None and scope.type != "function_definition":
            scope = scope.parent
        stack = [scope] if scope is not None else []
        while stack:
            current = stack.pop()
            if current.type == "init_declarator" and current.start_byte < node.start_byte:
                value = current.child_by_field_name("value")
                name = _declared_name(current.child_by_field_name("declarator"))
                if value is not None and value.type == "initializer_list" and name is not None and (
                        self.text(name) == self.text(args[1])):
                    ended = False
                    for element in value.named_children:
                        if element.type == "string_literal" and self.text(element) == '"--"':
                            ended = True
                        elif not ended and not self.is_const(element) and self.text(element) not in ("NULL", "0"):
                            return False
                    return ended
            stack.extend(current.named_children)
        return False

    def _destination_sized(self, dest: ts.Node, count: ts.Node) -> bool:
        """The count is the destination's own size: `buf.size()` for `buf.data()`/`&buf[0]`/`buf`, `sizeof buf`."""
        dest = _strip_address(_unwrap_casts(dest))
        if dest.type in self.CALLS:
            method, receiver, call_args = self.call_parts(dest)
            if receiver is None or call_args or method.rsplit(".", 1)[-1] not in ("data", "get", "begin"):
                return False
            dest = receiver
        elif dest.type == "subscript_expression" and self.int_value(dest.child_by_field_name("index")) == 0:
            dest = dest.child_by_field_name("argument") or dest
        name = self.dotted(dest)
        count = _unwrap_casts(count)
        if name == "?":
            return False
        if count.type == "sizeof_expression":
            measured = count.child_by_field_name("value") or (count.named_children[-1] if count.named_children else None)
            while measured is not None and measured.type == "parenthesized_expression" and measured.named_children:
                measured = measured.named_children[0]
            return measured is not None and self.dotted(measured) == name
        if count.type in self.CALLS:
            method, receiver, call_args = self.call_parts(count)
            return receiver is not None and not call_args and method.rsplit(".", 1)[-1] in ("size", "length") and (
                self.dotted(receiver) == name)
        return False

    def eval(self, node: ts.Node | None):
        if node is not None:
            kind = node.type
            if kind == "string_literal" and self.model.wants_temp and _SHARED_TEMP.match(self.code, node.start_byte):
                return _IN_SHARED_TEMP  # "/tmp/upload.dat", "/tmp/report-%d.csv": a name anyone can create first
            if kind == "identifier":
                if self.uninit:
                    self.read(node)

            elif kind == "pointer_expression" and self.text(node).startswith("&"):
                inner = node.child_by_field_name("argument")  # `&x` hands x out to be filled
                if inner is not None and self.uninit:
                    self.uninit.discard(self.dotted(inner).split(".", 1)[0])
            elif kind == "conditional_expression":
                self._tested(node.child_by_field_name("condition"))
            elif kind == "binary_expression" and self.operator(node) in ("&&", "||") and self._guarded_operand(node):
                left = node.child_by_field_name("left")
                self.eval(left)  # `b != 0 && a / b`: the right side runs only where the left side held
                before = self.snapshot()  # (`h <= 0 || w > MAX / h`: only where it failed)
                if left is not None:
                    self.validate(self.guards(left)[0 if self.operator(node) == "&&" else 1])
                self.eval(node.child_by_field_name("right"))
                self.restore(before)
                return EMPTY
            if kind in ("field_expression", "pointer_expression", "subscript_expression"):
                self.dereferenced(node)
                if kind == "subscript_expression":
                    self.index(node)
            elif kind == "binary_expression":
                self.arithmetic(node)
            elif kind in ("update_expression", "augmented_assignment_expression", "assignment_expression"):
                if kind != "assignment_expression" or self.operator(node) != "=":
                    self.arithmetic(node)
                if kind != "update_expression" and self.operator(node) != "=" and self.uninit:
                    left = node.child_by_field_name("left")
                    if left is not None and left.type == "identifier":
                        self.read(left)  # `total += x` reads total first
                if kind != "assignment_expression" or self.operator(node) != "=":
                    target = node.child_by_field_name("argument") or node.child_by_field_name("left")
                    key = self.dotted(target) if target is not None else "?"
                    self.ints.pop(key, None)
                    self.lengths.pop(key, None)
            if kind in LOOKUPS and self._constant_lookup(node):
                super().eval(node)
                return EMPTY  # `columns[i]` of `{"name", "size"}`, `it->second` of a fixed map: a literal
            if kind == "subscript_expression" and self.env.get(self.text(node)) and self._fixed_element(node):
                return self.env[self.text(node)]  # `argv[1]` after a check of `argv[1]`
            if kind == "conditional_expression":
                taint = self._either(node)
                return mark(taint, UPPER) if taint and self._clamped(node) else taint
        taint = super().eval(node)
        if taint and node is not None and node.type == "binary_expression" and self.operator(node) == "+" and (
                self._leading_folder(node)):
            return _base_dir(taint)  # `std::string(home) + "/.config/app.conf"`: the user's folder, fixed names
        if taint and node is not None and node.type == "binary_expression" and self.operator(node) == "+" and (
                self._after_clean_path(node)):
            return mark(taint, FIXED_PREFIX)  # `base_ + "/latest?base=" + code`: the host is the clean base's
        if taint and node is not None and node.type == "conditional_expression" and self._clamped(node):
            return mark(taint, UPPER)  # `n < MAX ? n : MAX`: at most MAX
        if taint and node is not None and node.type == "binary_expression" and self.operator(node) in ("%", "&"):
            right = node.child_by_field_name("right")
            if right is not None and (self.int_value(right) or 0) > 0:
                return mark(taint, RANGE)  # `i % 16`, `i & 0x0F`: within [0, N) wherever it is stored
        return taint

    def _either(self, node: ts.Node):
        """`c ? a : b`: each side walked from the state after the test, with what the test proves there, and
        the states after both merged (`it = stale ? m.erase(it) : std::next(it)` uses no erased iterator)."""
        condition = node.child_by_field_name("condition")
        self.eval(condition)
        when_true, when_false = self.guards(condition) if condition is not None else ((), ())
        before, ends, taint = self.snapshot(), [], EMPTY
        for side, proved in ((node.child_by_field_name("consequence"), when_true),
                             (node.child_by_field_name("alternative"), when_false)):
            self.restore(before)
            self.validate(proved)
            taint = taint | self.eval(side)
            ends.append(self.snapshot())
        self.merge(ends)
        return taint

    def _leading_folder(self, node: ts.Node) -> bool:
        """`dir + "/app.log"`, `std::string(home) + "/.cache/" + "x"`: text whose only variable part opens it,
        followed by a literal starting with a separator."""
        parts, stack = [], [node]
        while stack:
            current = stack.pop()
            if current.type == "binary_expression" and self.operator(current) == "+":
                stack.extend(reversed([c for c in (current.child_by_field_name("left"),
                                                   current.child_by_field_name("right")) if c is not None]))
            else:
                parts.append(current)
        if len(parts) < 2 or self.is_const(parts[0]) or parts[1].type != "string_literal":
            return False
        return _LEADING_TEXT_PART.match(self.text(parts[1])) is not None and all(self.is_const(p) for p in parts[1:])

    def _after_clean_path(self, node: ts.Node) -> bool:
        """`base_ + "/v1/rates?base=" + code`: the first part with input follows text with no input that ends in a
        literal path or query (`/...`, `...?`): whatever it holds lands after the host."""
        parts, stack = [], [node]
        while stack:
            current = stack.pop()
            if current.type == "binary_expression" and self.operator(current) == "+":
                stack.extend(reversed([c for c in (current.child_by_field_name("left"),
                                                   current.child_by_field_name("right")) if c is not None]))
            else:
                parts.append(current)
        for position, part in enumerate(parts):
            if part.type in self.STRINGS or self.is_const(part):
                continue
            if part.type in self.IDENTIFIERS or part.type in self.MEMBERS:
                if not self.env.get(self.dotted(part)) and self.source(self.dotted(part)) is None:
                    continue
            lead = self._literal_text(parts[position - 1]) if position else None
            if lead is None:
                return False
            if position == 1:  # `std::string("https://api.example.com/v1?q=") + q`: a fixed host first
                return _FIXED_PREFIX_FORMAT.match(lead) is not None
            return _PATH_OR_QUERY.match(lead) is not None
        return False

    def _literal_text(self, node: ts.Node) -> str | None:
        """The text of a literal, or of `std::string("...")` around one."""
        if node.type == "string_literal":
            return self.text(node)
        if node.type in self.CALLS and self.call_parts(node)[0] in STRING_TYPES:
            args = self.call_parts(node)[2]
            if len(args) == 1 and args[0].type == "string_literal":
                return self.text(args[0])
        return None

    def _formatting(self, parts: list, node: ts.Node, how: str = "string concatenation"):
        # `"LIMIT " + std::to_string(n)`: the text of a number holds no quote, space or `;`
        return super()._formatting([p for p in parts if p is None or not self._number_text(p)], node, how)

    def _applied(self, part: ts.Node, taint=None) -> frozenset:
        """Markers every label of a part went through, leaving out labels turned into numbers (digits, whatever
        else the other labels went through): `name + " -resize " + std::to_string(width)` keeps name's check."""
        if taint is None:
            taint = self.eval(part)
        text = frozenset(label for label in taint if NUMBER not in label[1])
        return super()._applied(part, text or taint)

    def _number_text(self, node: ts.Node) -> bool:
        """`std::to_string(n)`, Qt's `QString::number(n)`, or a name declared with a number type."""
        if node.type == "identifier":
            return self.text(node) in self.numeric
        if node.type not in self.CALLS:
            return False
        name = self.call_parts(node)[0]
        return name.rsplit(".", 1)[-1] in ("to_string", "to_wstring") or name == "QString.number"

    def _literals_and_numbers(self, node: ts.Node) -> bool:
        """Text built only from literals and numbers (`"sleep " + std::to_string(n)`)."""
        if node.type == "parenthesized_expression" and node.named_children:
            return self._literals_and_numbers(node.named_children[-1])
        if node.type == "binary_expression" and self.operator(node) == "+":
            return all(self._literals_and_numbers(side) for side in node.named_children)
        if node.type in self.CALLS and self.call_parts(node)[0] in STRING_TYPES:
            return all(self._literals_and_numbers(arg) for arg in self.call_parts(node)[2])
        return self._number_text(node) or self.is_const(node)

    def _clamped(self, node: ts.Node) -> bool:
        """`n < MAX ? n : MAX`, `n > MAX ? MAX : n` (and mirrored): the smaller of a value and a constant."""
        condition = node.child_by_field_name("condition")
        chosen = node.child_by_field_name("consequence"), node.child_by_field_name("alternative")
        while condition is not None and condition.type == "parenthesized_expression" and condition.named_children:
            condition = condition.named_children[-1]
        if condition is None or condition.type != "binary_expression" or None in chosen:
            return False
        op = self.operator(condition)
        left, right = condition.child_by_field_name("left"), condition.child_by_field_name("right")
        if op not in COMPARISONS or left is None or right is None:
            return False
        if self.int_value(left) is not None or self.is_const(left):  # `MAX > n` reads as `n < MAX`
            left, right, op = right, left, {"<": ">", "<=": ">=", ">": "<", ">=": "<="}[op]
        if self.int_value(right) is None and not self.is_const(right):
            return False
        smaller = chosen[0] if op in ("<", "<=") else chosen[1]
        limit = chosen[1] if op in ("<", "<=") else chosen[0]
        return self.text(smaller) == self.text(left) and self.text(limit) == self.text(right)

    def _constant_lookup(self, node: ts.Node) -> bool:
        """A value read from a table of literals: `names[i]`, C++ `ALLOWED.at(k)`, `ALLOWED.find(k)` and the
        `it->second` of such an iterator, or a choice between such values (`found ? it->second : "name"`)."""
        kind = node.type
        if kind == "parenthesized_expression" and node.named_children:
            return self._constant_lookup(node.named_children[-1])
        if kind == "conditional_expression":
            branches = [node.child_by_field_name("consequence"), node.child_by_field_name("alternative")]
            return all(b is not None and (self.is_const(b) or self._constant_lookup(b)) for b in branches)
        if kind == "subscript_expression" or kind == "field_expression":
            base = node.child_by_field_name("argument")
        elif kind in self.CALLS:
            name, base, _ = self.call_parts(node)
            if name.rsplit(".", 1)[-1] not in ("at", "find"):
                return False
        else:
            return False
        return base is not None and base.type in self.IDENTIFIERS and self.dotted(base) in self.consts

    def assign(self, target: ts.Node | None, taint, value: ts.Node | None) -> None:
        self._assign(target, taint, value)
        if target is not None and value is None:
            self._loop_constant(target, taint, value)

    def _assign(self, target: ts.Node | None, taint, value: ts.Node | None) -> None:
        if target is not None:
            kind = target.type
            if self.owned and value is not None:
                stored = value
                while stored.type in ("cast_expression", "parenthesized_expression") and stored.named_children:
                    stored = stored.child_by_field_name("value") or stored.named_children[-1]
                if stored.type in ("identifier", "binary_expression", "conditional_expression", "pointer_expression"):
                    self.escaped(stored)  # `list->head = node;`, `*out = buf;`: stored where the caller sees it
            if kind in ("field_expression", "pointer_expression", "subscript_expression"):
                self.dereferenced(target)
                if kind == "subscript_expression":
                    element = self._memory_key(target)  # `v[0] = new T`: that element holds live memory again
                    if element is not None:
                        self.freed.pop(element, None)
                    self.index(target)
            if kind == "pointer_expression":  # `*p = v` writes through p: p still points where it did
                key = self.dotted(_strip_address(target))
                if key != "?" and taint:
                    self.env[key] = self.env.get(key, EMPTY) | taint
                    self.consts.discard(key)
                return
            parent = target.parent
            if parent is not None and parent.type == "assignment_expression" and self.operator(parent) != "=" and (
                    kind in ("identifier", "field_expression")):  # C's `x += y`: x keeps what it held, and more
                key = self.dotted(target)
                added = parent.child_by_field_name("right")
                text_only = (key in self.consts or key in self.numbered) and self.operator(parent) == "+=" and (
                    added is not None and self._literals_and_numbers(added))
                built = EMPTY
                if self.operator(parent) == "+=" and added is not None and (
                        key in self.consts or key in self.numbered or key in self.sql_names):
                    built = self._formatting([added], parent)  # `sql += name` onto text: a string built
                    if built and key in self.sql_names:
                        built = mark(built, SQL)
                self.assigned(key, None)
                super().assign(target, taint | built | self.env.get(key, EMPTY), None)
                if text_only and key not in self.consts:  # `cmd += std::to_string(n)` onto literal text
                    self.numbered.add(key)
                return
            if kind in ("identifier", "field_expression"):
                self.assigned(self.dotted(target), value)
        super().assign(target, taint, value)
        if target is not None and value is not None and target.type in ("identifier", "field_expression"):
            key = self.dotted(target)
            if key not in self.consts and self._literals_and_numbers(value):
                self.numbered.add(key)

    def _tested(self, condition: ts.Node | None) -> None:
        """A pointer a condition mentions is no longer known to be NULL (`if (p)`, `p ? p->x : 0`)."""
        if condition is None or not self.nulls:
            return
        text = self.text(condition)
        for key in [k for k in self.nulls if re.search(r"(?<![\w.>])" + re.escape(k.replace(".", "->")) + r"\b", text)
                    or re.search(r"(?<![\w.>])" + re.escape(k) + r"\b", text)]:
            self.nulls.pop(key, None)

    def statement(self, node: ts.Node) -> None:
        kind = node.type
        if kind in ("if_statement", "while_statement", "for_statement", "do_statement"):
            self._tested(node.child_by_field_name("condition"))
        elif kind in self.RETURNS:
            if self.owned:
                self.escaped(node)
            self.returned_address(node, self.returns_pointer, self.returns_view)
        if kind == "declaration":
            self.declare(node)
        elif kind == "for_statement":
            self.loop_bound(node)
        elif kind in self.IFS:
            self._flag_set(node)
        super().statement(node)
        if kind in LOOPS:
            self._character_check(node)

    def _flag_set(self, node: ts.Node) -> None:
        """`if (strcmp(host, ALLOWED[i]) == 0) { ok = 1; break; }` with no else: where `ok` is true later, the
        test held (`if (!ok) return;` after an allow-list loop)."""
        condition, consequence, alternatives = self.if_parts(node)
        if condition is None or consequence is None or alternatives:
            return
        statements = [c for c in (consequence.named_children if consequence.type == "compound_statement"
                                  else [consequence]) if c.type not in ("comment", "break_statement")]
        if len(statements) != 1 or statements[0].type != "expression_statement" or not statements[0].named_children:
            return
        assignment = statements[0].named_children[0]
        left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
        if assignment.type != "assignment_expression" or self.operator(assignment) != "=" or left is None or (
                left.type != "identifier") or right is None or self.text(right) not in ("1", "true", "TRUE"):
            return
        proved = self.guards(condition)[0]
        if proved:
            self.flags[self.text(left)] = proved

    def _loop_constant(self, target, taint, value) -> None:
        loop = target.parent if target is not None else None
        if value is None and loop is not None and loop.type == "for_range_loop" and (
                loop.child_by_field_name("declarator") == target):
            table = loop.child_by_field_name("right")  # `for (const char *a : ALLOWED)` over a table of literals
            if table is not None and not taint and self.is_const(table):
                self.consts.add(self.dotted(_declared_name(target) or target))

    def loop_binding(self, node: ts.Node):
        if node.type == "for_range_loop":  # `for (char c : host)`: c holds host's characters
            return node.child_by_field_name("declarator"), node.child_by_field_name("right")
        return None

    def _character_check(self, loop: ts.Node) -> None:
        """A loop that leaves when a character fails `isalnum`-style tests validates the string it walks."""
        element = loop.child_by_field_name("declarator") if loop.type == "for_range_loop" else None
        walked = loop.child_by_field_name("right") if element is not None else None
        body = loop.child_by_field_name("body")
        stack = [body] if body is not None else []
        while stack:
            current = stack.pop()
            if current.type in self.IFS:
                condition, consequence, _ = self.if_parts(current)
                if condition is not None and self.exits(consequence):
                    for tested in self._classified(condition):
                        if element is not None and self.text(tested) == self.text(element) and walked is not None:
                            self.validate(self.checked(walked))
                        elif tested.type == "subscript_expression":
                            self.validate(self.checked(tested.child_by_field_name("argument")))
                        elif tested.type == "pointer_expression":
                            pointer = tested.child_by_field_name("argument")
                            self.validate(self.checked(pointer))
                            start = self._walk_start(loop, pointer)
                            if start is not None:  # `for (const char *p = name; *p; p++)`: name's characters
                                self.validate(self.checked(start))
            elif current.type not in self.FUNCTIONS:
                stack.extend(current.named_children)

    def _walk_start(self, loop: ts.Node, pointer: ts.Node | None) -> ts.Node | None:
        """The string a `for` loop's pointer starts at (`const char *p = name`, `p = name`), if it walks one."""
        init = loop.child_by_field_name("initializer") if loop.type == "for_statement" else None
        if init is None or pointer is None or pointer.type != "identifier":
            return None
        if init.type == "declaration":
            for declarator in init.children_by_field_name("declarator"):
                if declarator.type == "init_declarator" and self.text(
                        _declared_name(declarator.child_by_field_name("declarator")) or declarator) == self.text(pointer):
                    value = declarator.child_by_field_name("value")
                    return value if value is not None and value.type in ("identifier", "field_expression") else None
        elif init.type == "assignment_expression" and self.text(init.child_by_field_name("left")) == self.text(pointer):
            value = init.child_by_field_name("right")
            return value if value is not None and value.type in ("identifier", "field_expression") else None
        return None

    def _classified(self, condition: ts.Node) -> list[ts.Node]:
        """Arguments of the character-class tests (`isalnum(c)`, `isdigit((unsigned char)s[i])`) in a condition."""
        found, stack = [], [condition]
        while stack:
            current = stack.pop()
            if current.type in self.CALLS:
                name, _, args = self.call_parts(current)
                if name.rsplit(".", 1)[-1] in CHARACTER_CLASSES and args:  # `std::isalnum(c)` too
                    arg = args[0]
                    while arg.type in ("cast_expression", "parenthesized_expression") and arg.named_children or (
                            arg.type in self.CALLS and self.text(arg).startswith("static_cast<")):
                        if arg.type in self.CALLS:  # `static_cast<unsigned char>(c)`
                            inner = self.call_parts(arg)[2]
                            if len(inner) != 1:
                                break
                            arg = inner[0]
                            continue
                        arg = arg.child_by_field_name("value") or arg.named_children[-1]
                    found.append(arg)
                    continue
            stack.extend(current.named_children)
        return found

    def index(self, node: ts.Node) -> None:
        """`a[i]`: an index from outside with no range check reaches an `[index]` sink; a constant past the end
        of a known array is a copy past the buffer."""
        index = _index_of(node)
        if index is None:
            return
        value = self.int_value(index)
        if value is not None:
            array = node.child_by_field_name("argument")
            size = self.sizes.get(self.dotted(array)) if array is not None and array.type == "identifier" else None
            if size is not None and size[1] and (value < 0 or value >= size[0] // size[1]) and (
                    self.dotted(array) in self.arrays):
                self.flag("copy-exceeds-buffer", node, f"index {value} outside {self.text(array)} "
                                                       f"({size[0] // size[1]} elements)")
            return
        if not self.index_sinks or (index.type == "binary_expression" and self.operator(index) in ("%", "&")):
            return
        taint = self.eval(index)
        if not taint:
            return
        if index.type in self.CALLS:  # `label[name.size()]` after `if (name.size() > 31) name.resize(31);`
            method, receiver, _ = self.call_parts(index)
            if receiver is not None and method.rsplit(".", 1)[-1] in ("size", "length"):
                held = self.env.get(self.dotted(receiver), EMPTY)
                if held and all("@bounded" in applied for _, applied in held):
                    return
        for sink in self.index_sinks:
            self._record_sink(sink, node, taint, "array index")  # (a helper's parameter: its callers' values)
            self._report(sink.rule, node, taint, False, False, "array index")

    def guards(self, node: ts.Node) -> tuple[tuple, tuple]:
        when_true, when_false = super().guards(node)
        if node.type == "identifier" and self.flags.get(self.text(node)):  # `if (!ok) return;` (see _flag_set)
            return when_true + self.flags[self.text(node)], when_false
        divisor = self._nonzero_then_divided(node)
        if divisor is not None:  # `b != 0 && a > MAX / b` false: a is below MAX / b, or b is 0 and a * b is 0
            when_false = when_false + self.guards(divisor)[1]
        if node.type in self.CALLS:
            name, receiver, args = self.call_parts(node)
            if name in ("regex_match", "boost.regex_match") and args:  # std::regex_match: the whole value
                return when_true + self.checked(args[0]), when_false
            last = name.rsplit(".", 1)[-1]
            proved = self._predicate(name, args)
            if proved is not None and (proved[0] or proved[1]):
                # `has_season(s)` whose body is `return s >= 0 && s < (int)seasons_.size();`
                return when_true + proved[0], when_false + proved[1]
            if args and (last.startswith(("is_valid", "is_safe", "valid", "is_allowed", "isSafe", "isValid")) or (
                    _VALIDATOR_NAME.search(last) and not _NEGATED_VALIDATOR.search(last))):  # host_allowed(url)
                return when_true + self.checked(args[0]), when_false
            if name in SEARCHES and name not in ("strspn", "strcspn") and args:
                return when_true, when_false + self.checked(args[0])  # `if (strstr(name, "..")) return;`
            if name in STRING_EQUALS and len(args) == 2 and (self.is_const(args[0]) != self.is_const(args[1])):
                value = args[1] if self.is_const(args[0]) else args[0]  # `strcmp(x, "nginx")` is 0 (false) when equal
                return when_true, when_false + self.checked(value)
            if last in ("all_of", "none_of", "any_of") and len(args) == 3:  # std::all_of(s.begin(), s.end(), ok)
                walked = self._range_of(args[0])
                return (when_true + walked, when_false) if last != "any_of" else (when_true, when_false + walked)
        if node.type == "binary_expression" and self.operator(node) in ("||", "&&"):
            local = self._local_path_test(node)
            if local:  # `t[0] != '/' || t[1] == '/'` true: leaves; false: t is a path on this site
                return (when_true, when_false + local) if self.operator(node) == "||" else (when_true + local, when_false)
        if node.type == "binary_expression" and self.operator(node) in ("==", "!="):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            member = self._membership(left, right) if left is not None and right is not None else ()
            if member:  # `ALLOWED.count(x) == 0`, `ALLOWED.find(x) == ALLOWED.end()`: true when x is no member
                return ((), member) if self.operator(node) == "==" else (member, ())
            if left is not None and right is not None and self.text(right) in ("0", "0.0", "0L"):
                named = _named(left)  # `if (data != 0)`: a divisor that is not zero
                if named is not None:
                    keys = ((NONZERO, self.dotted(named)),)
                    return (when_true + keys, when_false) if self.operator(node) == "!=" else (
                        when_true, when_false + keys)
            if left is not None and right is not None and self.text(right) == "0" and left.type in self.CALLS and (
                    self.call_parts(left)[0] in STRING_EQUALS):
                equal = self.guards(left)[1]  # `strcmp(x, "nginx") == 0`: true when x is that literal
                return (equal, ()) if self.operator(node) == "==" else ((), equal)
            tested = self._allowed_characters(node)
            if tested:
                return ((tested, ()) if self.operator(node) == "==" else ((), tested))
            searched = self._search(node)  # `name.find("..") != std::string::npos`: true when found
            if searched:
                return ((), searched) if self.operator(node) == "!=" else (searched, ())
        if node.type == "binary_expression" and self.operator(node) in COMPARISONS:
            more_true, more_false = self._range(node)
            return when_true + more_true, when_false + more_false
        return when_true, when_false

    def _predicate(self, name: str, args: list[ts.Node]) -> tuple[tuple, tuple] | None:
        """What a call of the snippet's own one-line predicate (`return <test>;`) proves about its arguments:
        the guards of its test, with its parameters' names replaced by the arguments' names."""
        function = self._user_function(name) if args else None
        body = function.child_by_field_name("body") if function is not None else None
        if body is None or self._predicates_open > 1:
            return None
        statements = [c for c in body.named_children if c.type != "comment"]
        if len(statements) != 1 or statements[0].type != "return_statement" or not statements[0].named_children:
            return None
        params = [param for param, _ in self.parameters(function)]
        self._predicates_open += 1
        try:
            proved = self.guards(statements[0].named_children[0])
        finally:
            self._predicates_open -= 1

        def renamed(keys: tuple) -> tuple:
            out = []
            for key in keys:
                marker, named = key if isinstance(key, tuple) else (None, key)
                if isinstance(named, str) and named in params and params.index(named) < len(args):
                    for given in self.checked(args[params.index(named)]):
                        given = given[1] if isinstance(given, tuple) else given
                        out.append((marker, given) if marker is not None else given)
            return tuple(out)

        return renamed(proved[0]), renamed(proved[1])

    def _local_path_test(self, node: ts.Node) -> tuple:
        """The value a condition proves to start with one `/` and not `//` (a path on this site): `t[0] != '/'
        || t[1] == '/'` (also `*t`, `t.front()`, `t.rfind("//", 0) == 0`, `t.starts_with("//")`) when false,
        `t[0] == '/' && t[1] != '/'` when true."""
        text = self.text(node)
        if "'/'" not in text and '"/' not in text:
            return ()
        negated = self.operator(node) == "&&"
        first = _FIRST_SLASH_EQ if negated else _FIRST_SLASH_NE
        for found in first.finditer(text):
            name = found.group("a") or found.group("b") or found.group("c")
            second = (_second_slash_ne if negated else _second_slash_eq)(re.escape(name))
            if second.search(text):
                target = self._named_in(node, name)
                return self.checked(target) if target is not None else ()
        return ()

    def _named_in(self, node: ts.Node, name: str) -> ts.Node | None:
        """The first identifier or field expression under `node` whose text is `name`."""
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type in ("identifier", "field_expression") and self.text(current) == name:
                return current
            stack.extend(reversed(current.named_children))
        return None

    def _membership(self, left: ts.Node, right: ts.Node) -> tuple:
        """The value a fixed C++ set or map is searched for, when `left` vs `right` asks for no match."""
        if left.type not in self.CALLS:
            return ()
        name, receiver, args = self.call_parts(left)
        last = name.rsplit(".", 1)[-1]
        if name in ("find", "ranges.find") and receiver is None and len(args) == 3 and right.type in self.CALLS:
            table = self._container_of(args[0])  # std::find(std::begin(ALLOWED), std::end(ALLOWED), x) == end
            if table is not None and self._fixed(table) and self._container_of(right, ("end", "cend")) is not None and (
                    self.text(self._container_of(right, ("end", "cend"))) == self.text(table)):
                return self.checked(args[2])
            return ()
        if receiver is None or not args or not self._fixed(receiver):
            return ()
        if last == "count" and self.text(right) == "0":
            return self.checked(args[0])
        if last == "find" and right.type in self.CALLS:
            other, other_receiver, _ = self.call_parts(right)
            if other.rsplit(".", 1)[-1] in ("end", "cend") and other_receiver is not None and (
                    self.text(other_receiver) == self.text(receiver)):
                return self.checked(args[0])
        return ()

    def _container_of(self, node: ts.Node, methods=("begin", "cbegin")) -> ts.Node | None:
        """`s.begin()` / `std::begin(s)` (or the `end` forms): s."""
        if node.type not in self.CALLS:
            return None
        name, receiver, args = self.call_parts(node)
        if name.rsplit(".", 1)[-1] not in methods:
            return None
        return receiver if receiver is not None else (args[0] if len(args) == 1 else None)

    def _range_of(self, begin: ts.Node) -> tuple:
        """`s.begin()`, `std::begin(s)`, `s.cbegin()`: the names of the container walked."""
        if begin.type in self.CALLS:
            name, receiver, args = self.call_parts(begin)
            last = name.rsplit(".", 1)[-1]
            if last in ("begin", "cbegin"):
                if receiver is not None:
                    return self.checked(receiver)
                if args:
                    return self.checked(args[0])
        return ()

    def _search(self, node: ts.Node) -> tuple:
        """The string a `.find(...)` compared with `npos` searches (C++)."""
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or not self.text(right).endswith("npos"):
            return ()
        if left.type in self.CALLS:
            name, receiver, args = self.call_parts(left)
            if name.rsplit(".", 1)[-1] in ("find", "find_first_of", "rfind") and receiver is not None and args:
                return self.checked(receiver)
        return ()

    def _allowed_characters(self, node: ts.Node) -> tuple:
        """`strspn(s, "abc") == strlen(s)`, `s.find_first_not_of("abc") == npos`: s holds allowed characters only."""
        for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
            if side is None or side.type not in self.CALLS:
                continue
            name, receiver, args = self.call_parts(side)
            if name == "strspn" and len(args) == 2 and self.is_const(args[1]):
                return self.checked(args[0])
            if name.endswith("find_first_not_of") and receiver is not None and args and self.is_const(args[0]):
                other = node.child_by_field_name("right") if side == node.child_by_field_name("left") else (
                    node.child_by_field_name("left"))
                if other is not None and self.text(other).endswith("npos"):
                    return self.checked(receiver)
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is not None and right is not None and left.type == "subscript_expression" and self.text(right) in (
                "'\\0'", "0"):  # `name[strspn(name, "abc")] == '\0'`: the first character outside the set ends it
            index = _index_of(left)
            if index is not None and index.type in self.CALLS:
                name, _, args = self.call_parts(index)
                array = left.child_by_field_name("argument")
                if name == "strspn" and len(args) == 2 and self.is_const(args[1]) and array is not None and (
                        self.text(array) == self.text(args[0])):
                    return self.checked(args[0])
        return ()

    def _range(self, node: ts.Node) -> tuple[tuple, tuple]:
        """`i < N` / `i >= 0` and their mirrors: (bounds known when true, bounds known when false)."""
        op = self.operator(node)
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            return (), ()
        mirror = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}
        if _named(left) is None and _named(right) is not None:  # `N > i` reads as `i < N`
            left, right = right, left
            op = mirror[op]
        if _named(left) is None and left.type == "binary_expression" and self.operator(left) == "/":
            divisor = left.child_by_field_name("right")  # `SIZE_MAX / n < size` reads as `n > SIZE_MAX / size`
            if divisor is not None and _named(divisor) is not None:
                left, right, op = divisor, None, mirror[op]
        name = _named(left)
        if name is None:
            return (), ()
        key = self.dotted(name)
        limit = self.int_value(right) if right is not None else None
        floor = limit is not None and limit >= (0 if op in ("<", ">=") else -1)
        upper = ((UPPER, key),)
        while right is not None and right.type == "parenthesized_expression" and right.named_children:
            right = right.named_children[-1]
        if right is not None and right.type == "binary_expression" and self.operator(right) == "/":
            other = _named(right.child_by_field_name("right")) if right.child_by_field_name("right") else None
            if other is not None:  # `a <= INT_MAX / b`: the product a * b fits, so b is bounded for it too
                upper = upper + ((UPPER, self.dotted(other)),)
        if op in ("<", "<="):  # true: below a limit; false: at least the limit
            return upper, ((FLOOR, key),) + (((LOWER, key),) if floor else ())
        return ((FLOOR, key),) + (((LOWER, key),) if floor else ()), upper

    def _nonzero_then_divided(self, node: ts.Node) -> ts.Node | None:
        """`b != 0 && a > LIMIT / b` (or `b && ...`, `b > 0 && ...`): the right side, a comparison that divides
        by the name the left side tests for zero."""
        while node.type == "parenthesized_expression" and node.named_children:
            node = node.named_children[-1]
        if node.type != "binary_expression" or self.operator(node) != "&&":
            return None
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            return None
        while right.type == "parenthesized_expression" and right.named_children:
            right = right.named_children[-1]
        tested = left
        if left.type == "binary_expression" and self.operator(left) in ("!=", ">"):
            if self.text(left.child_by_field_name("right")) not in ("0", "0u", "0U", "0L", "0UL"):
                return None
            tested = left.child_by_field_name("left")
        if tested is None or tested.type not in ("identifier", "field_expression"):
            return None
        if right.type != "binary_expression" or self.operator(right) not in COMPARISONS:
            return None
        name = re.escape(self.text(tested))
        for named, limit in ((right.child_by_field_name("left"), right.child_by_field_name("right")),
                             (right.child_by_field_name("right"), right.child_by_field_name("left"))):
            if named is not None and limit is not None and _named(named) is not None and (
                    re.fullmatch(rf"[^/]+/\s*\(?\s*(?:\([\w:\s]+\)\s*)?{name}\s*\)?", self.text(limit))):
                return right  # `a > LIMIT / b`, `LIMIT / b < a`
        return None

    def _guarded_operand(self, node: ts.Node) -> bool:
        """`b != 0 && a / b > 1`: evaluate the right side where the left side holds (no assignment in it)."""
        right = node.child_by_field_name("right")
        stack = [right] if right is not None else []
        while stack:
            current = stack.pop()
            if current.type in ("assignment_expression", "update_expression") or (
                    current.type == "call_expression" and self.call_parts(current)[2]):
                return False  # a call with arguments may fill one of them
            stack.extend(current.named_children)
        return True

    def bounded_check(self, left: ts.Node, right: ts.Node) -> str | None:
        """Also `strlen(a) + strlen(b) + 2 >= sizeof buf`: each measured part of a sum is bounded (the first
        one named here; `validate` of the guard marks that name)."""
        found = super().bounded_check(left, right)
        if found is not None:
            return found
        for side in (left, right):
            while side is not None and side.type == "parenthesized_expression" and side.named_children:
                side = side.named_children[-1]
            if side is not None and side.type == "binary_expression" and self.operator(side) == "+":
                parts = [side.child_by_field_name("left"), side.child_by_field_name("right")]
                for part in parts:
                    if part is not None and part.type in ("number_literal", "call_expression", "binary_expression",
                                                          "parenthesized_expression"):
                        other = parts[1] if part is parts[0] else parts[0]
                        named = self.bounded_check(part, part) if part.type != "number_literal" else None
                        if named is not None and other is not None and (
                                other.type == "number_literal" or self.bounded_check(other, other) is not None):
                            return named
        return None

    def eval_quiet(self, node: ts.Node):
        """The taint of a command: a name's as it stands (also through `s.c_str()`), else the expression's."""
        while node.type in self.CALLS:  # `cmd.c_str()`, `cmd.data()`: the string itself
            receiver = self.call_parts(node)[1]
            if receiver is None:
                return EMPTY
            node = receiver
        if node.type in self.IDENTIFIERS or node.type in self.MEMBERS:
            return self.env.get(self.dotted(node), EMPTY)
        return self.eval(node)  # `("ping " + host).c_str()`: what the expression is built from

    def validate(self, keys) -> None:
        for key in keys:  # a checked value with no source yet: remember the check for what is built from it
            if isinstance(key, str) and key != "?" and not self.env.get(key) and self.source(key) is None:
                self.env[key] = _CHECKED_ONLY
        super().validate(keys)
        for key in keys:
            if isinstance(key, tuple) and key[0] in (UPPER, LOWER):
                if key[0] == UPPER:
                    self.bounded.add(key[1])
                taint = self.env.get(key[1])
                if taint:
                    self.env[key[1]] = frozenset(
                        (source, applied | {RANGE}) if (UPPER in applied and (
                            LOWER in applied or key[1] in self.unsigned)) else (source, applied)
                        for source, applied in taint)

    def snapshot(self):
        return (*super().snapshot(), self.memory_state())

    def restore(self, state) -> None:
        super().restore(state[:2])
        self.set_memory(state[2])

    def merge(self, states) -> None:
        super().merge([state[:2] for state in states])
        self.merge_memory([state[2] for state in states])
        for key, taint in list(self.env.items()):  # a value checked on one branch only (`if (strcmp(x, "a") == 0)
            if taint == _CHECKED_ONLY and any(  # { ... }`) is unchecked after it, unless the others set a constant
                    key not in branch_env and key not in consts for branch_env, consts, *_ in states):
                del self.env[key]

    def _walk_function(self, body, outer, route, params) -> None:
        saved = self.memory_state(), self.returns_pointer, self.returns_view, self.function_end
        self.flags = {}  # flag name -> what its setting `if` proved (`_flag_set`)
        self.function_end = body.end_byte if body is not None else len(self.code)
        self.reset_memory()
        function = body.parent if body is not None else None
        declarator = function.child_by_field_name("declarator") if function is not None and (
            function.type == "function_definition") else None
        self.returns_pointer = declarator is not None and declarator.type in ("pointer_declarator",
                                                                                "reference_declarator")
        self.returns_view = declarator is not None and _VIEW_TYPE.search(
            self.text(function.child_by_field_name("type"))) is not None  # std::string_view f() {...}
        if function is not None and function.type == "function_definition":
            for name, param in self.parameters(function):  # `int n`: a number whatever the caller passes
                kind, declared = param.child_by_field_name("type"), param.child_by_field_name("declarator")
                if kind is not None and declared is not None and declared.type == "identifier" and (
                        NUMERIC_TYPE.search(self.text(kind))):
                    self.numeric.add(name)
        if params and function is not None and function.type == "function_definition" and (
                self.model.wants_parameters and self._called_here(function)):
            # a helper the snippet calls: its callers' arguments reach its sinks through its summary; its
            # parameters are no outside text of their own (`deliver(it->second)` with a URL from a fixed table)
            params = {name: taint for name, taint in params.items()
                      if any(source != FUNCTION_PARAMETERS for source, _ in taint)}
        try:
            super()._walk_function(body, outer, route, params)
            if body is not None and self.owned:
                self.leaks(body)
        finally:
            self.set_memory(saved[0])
            self.returns_pointer, self.returns_view, self.function_end = saved[1], saved[2], saved[3]

    def _called_here(self, function: ts.Node) -> bool:
        """Whether a call that reaches this function through its summary (`f(...)`, `this->f(...)`) stands outside
        its body."""
        known = self.called_here.get(function.id)
        if known is None:
            known = self.called_here[function.id] = self._find_call(function)
        return known

    def _find_call(self, function: ts.Node) -> bool:
        name = (self.function_name(function) or "").rsplit("::", 1)[-1]
        if not name.isidentifier():
            return False
        root = function
        while root.parent is not None:
            root = root.parent
        for found in re.finditer(rb"(?<![\w])" + re.escape(name.encode()) + rb"\s*\(", self.code):
            if function.start_byte <= found.start() < function.end_byte:
                continue
            node = root.descendant_for_byte_range(found.start(), found.start() + len(name))
            while node is not None and node.type in ("identifier", "field_identifier", "field_expression",
                                                     "qualified_identifier", "template_function"):
                node = node.parent
            # (a prototype is no call; `obj.f(x)` of another object's method gets no summary: it stays a source)
            if node is not None and node.type == "call_expression":
                called = self._user_function(self.call_parts(node)[0])
                if called is not None and called.id == function.id:
                    return True
        return False

    def prefix_tested(self, target: ts.Node) -> ts.Node:
        """C++ `target.string().rfind(base, 0) == 0`: the prefix test of a path's text speaks for the path."""
        if target.type in self.CALLS:
            method, inner, args = self.call_parts(target)
            if inner is not None and not args and method.rsplit(".", 1)[-1] in PATH_TEXT:
                return inner
        return target

    def checked(self, node: ts.Node | None) -> tuple:
        if node is not None and node.type in self.CALLS:
            name, receiver, args = self.call_parts(node)
            if name in SEARCHES and args:  # `strstr(name, "..") != NULL`: a test of `name`
                return self.checked(_strip_address(args[0]))
            if receiver is not None and not args and name.rsplit(".", 1)[-1] in PATH_TEXT:  # `target.string()`
                return self.checked(receiver)
        if node is not None and node.type == "subscript_expression" and self._fixed_element(node):
            return (self.text(node),)  # `strspn(argv[1], SAFE) != strlen(argv[1])`: that element
        return super().checked(node)

    def _fixed_element(self, node: ts.Node) -> bool:
        """`argv[1]`, `parts[0]`: an element at a literal index (checked once, the same element later)."""
        index = _index_of(node)
        return index is not None and index.type == "number_literal" and (
            node.child_by_field_name("argument") is not None and node.child_by_field_name("argument").type == "identifier")

    def is_const(self, node: ts.Node) -> bool:
        if node.type in LOOKUPS and self._constant_lookup(node):
            return True
        if node.type in self.CALLS and self._number_text(node):
            return True  # `std::to_string(id)`: digits, whatever the number (inside `"/r/" + ... + ".txt"` too)
        if node.type in self.CALLS and self.call_parts(node)[0] in STRING_TYPES:  # `std::string("ls -l ")`
            args = self.call_parts(node)[2]
            return all(self.is_const(arg) for arg in args)
        if node.type in self.CALLS:
            function = self._user_function(self.call_parts(node)[0])
            if function is not None and self._returns_literals(function):
                return True  # `safe_column(input)` that answers "name", "size" or "created_at"
        if node.type == "cast_expression":  # `(const unsigned char *)"0123..."`: the cast value's
            value = node.child_by_field_name("value")
            return value is not None and self.is_const(value)
        if node.type == "initializer_list":  # `unsigned char key[] = {0x2b, 0x7e, ...}`
            return bool(node.named_children) and all(self.is_const(c) for c in node.named_children)
        return super().is_const(node)

    def _returns_literals(self, function: ts.Node) -> bool:
        """Every `return` of the function (one at least) gives a literal."""
        known = self.literal_returns.get(function.id)
        if known is None:
            values, stack = [], [function.child_by_field_name("body")]
            while stack:
                current = stack.pop()
                if current is None or current.type in self.FUNCTIONS:
                    continue
                if current.type == "return_statement":
                    values.append(current.named_children[0] if current.named_children else None)
                    continue
                stack.extend(current.named_children)
            # (`return SORTABLE[i];` of a table of literals found equal to the input is one too)
            known = bool(values) and all(_literal_value(v) or (v.type == "subscript_expression" and (
                self._constant_lookup(v))) for v in values)
            self.literal_returns[function.id] = known
        return known

    def _literal(self, node: ts.Node) -> bool:
        return super()._literal(node) or (node.type == "identifier" and self.text(node) == "NULL")

    def block_kinds(self) -> frozenset:
        return _C_BLOCKS


# a local declared with the name argv (`char *argv[] = {...}`, `std::vector<char *> argv{...}`)
_LOCAL_ARGV = re.compile(rb"(?:[\w>]\s*\*?\s*|\*\s*(?:const\s+)?)argv\s*(?:\[\s*\d*\s*\]\s*)?(?:=|\{)")
BASE_DIR = "@base-dir"  # the value is the leading folder of a path (`"%s/.config/app.conf"`, `home + "/x"`)
# sources whose value is the user's own choice when it names a folder: the environment, the command line, a
# parameter (a web request or a socket is not: there the folder is the attacker's)
_LOCAL_SOURCES = frozenset({"getenv", "secure_getenv", "GETENV", "argv", "string-formatting"})
_LEADING_TEXT = re.compile(r'^L?"%s[/\\]')  # a format whose first conversion opens it and a folder follows
_LEADING_TEXT_PART = re.compile(r'^L?"[/\\]')  # a literal that goes on with a folder or file name


def _base_dir(taint):
    """`BASE_DIR` on the labels of local sources: a folder of the user's own, with fixed names under it."""
    return frozenset((source, applied | {BASE_DIR}) if source in _LOCAL_SOURCES else (source, applied)
                     for source, applied in taint)


def _literal_value(node: ts.Node | None) -> bool:
    """A literal, or a choice between literals (`dir == "asc" ? "ASC" : "DESC"`)."""
    while node is not None and node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[-1]
    if node is not None and node.type == "conditional_expression":
        return _literal_value(node.child_by_field_name("consequence")) and _literal_value(
            node.child_by_field_name("alternative"))
    return node is not None and node.type in ("string_literal", "concatenated_string", "number_literal", "char_literal")


_CONVERSION = re.compile(r"%(?:%|[-+ #0']*(\*|\d+)?(?:\.(\*|\d*))?(?:hh|h|ll|l|j|z|t|L|q|I64|I32)?([a-zA-Z]))")
_NUMERIC = frozenset("diouxXeEfFgGaA")


def _literal_format(node: ts.Node) -> bool:
    """A format written out in full: a literal, or adjacent literals with no macro (`PRId64`) between."""
    return node.type == "string_literal" or (
        node.type == "concatenated_string" and all(part.type == "string_literal" for part in node.named_children))


def _text_arguments(fmt: str, values: list[ts.Node]) -> list[ts.Node] | None:
    """The arguments a literal printf format inserts as text (`%s`, `%c`, ...), not as a number; None when the
    conversions and the arguments do not pair up (a macro in the format, a `%n$` position)."""
    text, position = [], 0
    for found in _CONVERSION.finditer(fmt):
        if found.group(0) == "%%":
            continue
        position += (found.group(1) == "*") + (found.group(2) == "*")  # `%*d`: the width is an argument too
        if position >= len(values):
            return None
        if found.group(3) not in _NUMERIC:
            text.append(values[position])
        position += 1
    return text if position == len(values) else None


def _index_of(node: ts.Node) -> ts.Node | None:
    """The index of `a[i]` (C++ wraps it in a `subscript_argument_list`)."""
    index = node.child_by_field_name("index")
    if index is None:
        indices = node.child_by_field_name("indices")
        if indices is not None and indices.named_child_count == 1:
            index = indices.named_children[0]
    return index


def _named(node: ts.Node) -> ts.Node | None:
    """The variable a compared expression reads: `i`, `(size_t)i`, `static_cast<size_t>(i)`, `s->len`, `abs(x)`."""
    while node.type in ("cast_expression", "parenthesized_expression", "call_expression") and node.named_children:
        if node.type == "call_expression":
            function = node.child_by_field_name("function")
            args = node.child_by_field_name("arguments")
            if function is not None and function.type == "template_function" and function.text.startswith(
                    b"static_cast<") and args is not None and args.named_child_count == 1:
                node = args.named_children[0]  # C++ `static_cast<size_t>(i)`: i
                continue
            if function is None or function.text not in (b"abs", b"labs", b"llabs", b"fabs", b"std::abs") or (
                    args is None or args.named_child_count != 1):
                return None
            node = args.named_children[0]
            continue
        node = node.child_by_field_name("value") or node.named_children[-1]
    return node if node.type in ("identifier", "field_expression") else None


def _declared_name(node: ts.Node | None) -> ts.Node | None:
    """`*name`, `name[16]`, `**argv` -> the identifier they declare."""
    while node is not None and node.type in ("pointer_declarator", "array_declarator", "reference_declarator",
                                             "init_declarator", "parenthesized_declarator"):
        inner = node.child_by_field_name("declarator")
        if inner is None:
            inner = next((c for c in node.named_children if c.type == "identifier"), None)
        node = inner
    return node


_C_BLOCKS = frozenset({"translation_unit", "compound_statement", "expression_statement", "declaration",
                       "else_clause", "while_statement", "do_statement", "for_statement", "switch_statement",
                       "case_statement", "labeled_statement", "preproc_if", "preproc_ifdef", "preproc_else",
                       "preproc_elif", "namespace_definition", "declaration_list", "class_specifier",
                       "field_declaration_list", "try_statement", "catch_clause", "linkage_specification"})
CHARACTER_CLASSES = frozenset({"isalnum", "isalpha", "isdigit", "isxdigit", "islower", "isupper", "isspace",
                               "ispunct", "isprint", "isgraph", "iscntrl", "iswalnum", "iswalpha", "iswdigit"})
STRING_TYPES = frozenset({"string", "std.string", "wstring", "std.wstring"})  # (`std::` is dropped by dotted)
LOOKUPS = frozenset({"subscript_expression", "field_expression", "call_expression", "conditional_expression",
                     "parenthesized_expression"})
LOOPS = frozenset({"for_statement", "for_range_loop", "while_statement", "do_statement"})


class CModel(TaintModel):
    """C's taint model plus the memory checks: a rule with `check:` is reported by `lang_c_memory.py`."""

    def __init__(self, rules: list[Rule], walker) -> None:
        self.checks: dict[str, Rule] = {}
        flow = []
        for rule in rules:
            check = rule.spec.get("check")
            if check is None:
                flow.append(rule)
            elif check not in CHECKS:
                raise UsageError(f"{rule.path}: rule {rule.id}: unknown check {check!r} "
                                 f"(checks: {', '.join(sorted(CHECKS))})")
            else:
                self.checks[check] = rule
        super().__init__(flow, walker)
        self.has_index = bool(self.sinks.lookup(INDEX))
        self.has_arithmetic = any(self.sinks.lookup(kind) for kind in (ADD, SUB, DIVISOR))
        self.check_sanitizers: dict[str, frozenset] = {}  # check -> markers that clean a value for it
        for check, rule in self.checks.items():
            names = [str(n) for n in rule.spec.get("sanitizers") or []]
            for name in names:
                if not name.startswith("@"):
                    self.sanitizers.add(name, name)
            self.check_sanitizers[check] = frozenset(names)

    def analyze(self, tree: ts.Tree, code: bytes):
        if not (self.checks or self.has_index or self.has_arithmetic) and not self.trigger_words.search(code):
            return iter(())
        return iter(self.walker(self, code).run(tree.root_node))


def model(rules: list[Rule]) -> TaintModel:
    return CModel(rules, CWalk)


def _unwrap_casts(node: ts.Node) -> ts.Node:
    """`(char *)(buf)` -> `buf`."""
    while node.type in ("cast_expression", "parenthesized_expression") and node.named_children:
        node = node.child_by_field_name("value") or node.named_children[-1]
    return node


def _inner(declarator: ts.Node) -> ts.Node | None:
    """The declarator inside `*f(...)`, `&f(...)` (C++'s reference declarator names no field for it)."""
    inner = declarator.child_by_field_name("declarator")
    if inner is None and declarator.type == "reference_declarator" and declarator.named_children:
        inner = declarator.named_children[0]
    return inner
