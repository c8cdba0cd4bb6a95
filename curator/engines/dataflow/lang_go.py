"""The Go adapter: tree-sitter-go node kinds, import aliases, `:=`/`=`/`+=` with expression lists.

net/http, gin and echo request data are sources by name in `rules/go/taint.yaml` (`*.URL.Query`,
`*.FormValue`, `c.Query`); `json.NewDecoder(r.Body).Decode(&v)` fills `v` (an out-parameter source).
What a process, a file, a database or a remote server returns is not the text of the path, query or URL that
chose it: those calls' results carry no taint (their sinks still count). HTML sinks on the response writer
take effect only where the browser reads the response as HTML (see `_html_context`).
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import (EMPTY, FIXED_PREFIX, HTML, MARKUP, SHARED_TEMP_PATH, SQL, SQL_TEXT,
                                          VALIDATED, Sink, TaintModel, mark)
from curator.engines.dataflow.walk import Walk
from curator.engines.dataflow.word_only import strips_to_word
from curator.ruleset import Rule


class GoWalk(Walk):
    FUNCTIONS = frozenset({"function_declaration", "method_declaration", "func_literal"})
    CALLS = frozenset({"call_expression"})
    MEMBERS = frozenset({"selector_expression"})
    SUBSCRIPTS = frozenset({"index_expression"})
    IDENTIFIERS = frozenset({"identifier", "field_identifier", "package_identifier"})
    STRINGS = frozenset({"interpreted_string_literal", "raw_string_literal"})
    ASSIGNMENTS = frozenset()
    AUGMENTED = frozenset()
    LITERALS = frozenset({"int_literal", "float_literal", "true", "false", "nil", "comment", "rune_literal",
                          "imaginary_literal"})
    EXIT_CALLS = ("Exit", "Fatal", "Fatalf", "panic", "Abort", "AbortWithStatus", "AbortWithStatusJSON")
    URL_PARSERS = frozenset({"url.Parse", "url.ParseRequestURI"})
    URL_PARTS = frozenset({"Host", "Hostname", "Scheme"})
    FORMATTERS = frozenset({"fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln"})
    MUTATORS = frozenset({"WriteString", "Write", "Set", "Add"})
    # Results that are data fetched with the argument, not the argument's text (a command's output, a file's
    # bytes, rows, a response): exact names after aliases, and methods that do so when given arguments.
    OPAQUE = frozenset({"os/exec.Command", "os/exec.CommandContext", "os.ReadFile", "os.Open", "os.OpenFile",
                        "os.Create", "os.ReadDir", "os.Stat", "os.Lstat", "io/ioutil.ReadFile",
                        "io/ioutil.ReadDir", "ioutil.ReadFile", "ioutil.ReadDir", "path/filepath.Glob",
                        "net/http.Get", "net/http.Post", "net/http.Head", "net/http.PostForm", "net.Dial",
                        "net.LookupHost", "net.LookupIP"})
    OPAQUE_METHODS = frozenset({"Query", "QueryRow", "QueryContext", "QueryRowContext", "Exec", "ExecContext",
                                "Queryx", "QueryRowx", "Do", "Find", "FindOne", "Search", "Output",
                                "CombinedOutput", "Execute", "ExecuteTemplate", "Encode"})  # the last: an error

    def _user_function(self, raw: str):
        found = super()._user_function(raw)
        if found is None and raw and "." in raw:
            head, _, last = raw.rpartition(".")  # `g.Banner(guest)`: a method the snippet declares, on a value
            method = self.functions.get(last)
            if method is not None and method.type == "method_declaration" and head.split(".", 1)[0] not in self.aliases:
                return method
        return found

    def _host_of(self, node):
        """`u` of `u.Host` / `u.Hostname()`; None for anything else."""
        if node is None:
            return None
        if node.type == "selector_expression" and self.text(node.child_by_field_name("field")) == "Host":
            owner = node.child_by_field_name("operand")
        elif node.type == "call_expression" and not self.call_parts(node)[2] and (
                callee := node.child_by_field_name("function")) is not None and (
                callee.type == "selector_expression" and self.text(callee.child_by_field_name("field")) == "Hostname"):
            owner = callee.child_by_field_name("operand")
        else:
            return None
        return owner if owner is not None and owner.type in ("identifier", "selector_expression") else None

    def checked(self, node):
        keys = super().checked(node)
        if node is None:
            return keys
        # target.Host != base.Host, allowed[u.Hostname()]: a test of a URL value's host speaks for the URL value
        # (a *url.URL from ResolveReference, a field, a helper), not only for one url.Parse made in sight
        owner = self._host_of(node)
        if owner is not None:
            key = self.dotted(owner)
            if key != "?" and key not in keys:
                keys = (*keys, key)
        return keys

    def _binary(self, node: ts.Node):
        taint = super()._binary(node)
        left = node.child_by_field_name("left")
        if taint and left is not None and self.operator(node) == "+" and _blank_line(
                self.code[left.start_byte:left.end_byte]) and _MAIL_BODY_START.search(self.text(left)):
            head = self.eval(left)  # "Subject: hi\r\n\r\n" + body: what follows the blank line is the body
            return head | mark(taint - head, MAIL_BODY)
        if taint and self.fixed_bases and left is not None and left.type == "identifier" and self.text(
                left) in self.fixed_bases and self.operator(node) == "+":
            taint = mark(taint, FIXED_PREFIX)  # apiBase + id: the scheme and host are the constant's
        return taint

    def _mail_body_arguments(self, node: ts.Node, taint):
        """fmt.Sprintf("Subject: %s\r\n\r\n%s", subject, body): the values printed after the blank line."""
        args = self.call_parts(node)[2]
        if not args or args[0].type not in self.STRINGS:
            return taint
        found = _MAIL_BODY_START.search(self.text(args[0]))
        if found is None:
            return taint
        before = len(_VERB.findall(self.text(args[0])[:found.start(2)].replace("%%", "")))
        head = EMPTY
        for arg in args[:before + 1]:
            head = head | self.eval(arg)
        return head | mark(taint - head, MAIL_BODY)

    def call(self, node: ts.Node):
        callee = node.child_by_field_name("function")
        if callee is not None and callee.type == "selector_expression" and self.text(
                callee.child_by_field_name("field")) in ("WriteString", "Write"):
            args = self.arguments(node.child_by_field_name("arguments"))
            if args and args[0].type in self.STRINGS and SQL_TEXT.search(self.code, args[0].start_byte,
                                                                         args[0].end_byte):
                self.sql_names.add(self.dotted(callee.child_by_field_name("operand")))  # sb.WriteString("SELECT ..")
        taint = super().call(node)
        if taint and self.text(callee) == "fmt.Sprintf":
            taint = self._mail_body_arguments(node, taint)
        if taint and self.text(callee) in ("strings.ReplaceAll", "strings.Replace"):
            args = self.arguments(node.child_by_field_name("arguments"))
            if len(args) >= 3 and self.text(args[1]) in ('"\'"', "`'`") and self.text(args[2]) in _QUOTE_ESCAPES:
                taint = mark(taint, SHELL_QUOTED)  # strings.ReplaceAll(s, "'", `'\''`): s inside single quotes
        if taint and callee is not None and callee.type == "selector_expression" and self.text(
                callee.child_by_field_name("field")) == "ReplaceAllString":
            compiled = callee.child_by_field_name("operand")  # regexp.MustCompile(`[^a-z0-9]`).ReplaceAllString(s, "")
            args = self.arguments(node.child_by_field_name("arguments"))
            if compiled is not None and compiled.type == "call_expression" and len(args) == 2:
                pattern = self.call_parts(compiled)[2]
                if pattern and strips_to_word(self.text(pattern[0]), self.text(args[1])):
                    taint = mark(taint, VALIDATED)
        if taint:
            raw, _, args = self.call_parts(node)
            name = self.resolve(raw)
            if name in _CLEANERS and len(args) == 1 and _rooted(self, args[0]):
                return mark(taint, NO_DOT_DOT)  # filepath.Clean("/" + p): a rooted path keeps no `..` when cleaned
            if (name in self.OPAQUE or (args and raw.rsplit(".", 1)[-1] in self.OPAQUE_METHODS)) and (
                    self.source(raw) is None):
                return EMPTY
        return taint

    def resolve(self, name: str) -> str:
        """`t.Execute(w, data)` on a text/template template (built from it, or the snippet imports only it);
        `audit.Printf(..)` on `audit := log.New(..)`: the rules' `logger`."""
        if self.loggers and "." in name and name.split(".", 1)[0] in self.loggers:
            return "logger." + name.split(".", 1)[1]
        if self.sessions and "." in name and name.split(".", 1)[0] in self.sessions:
            return "session." + name.split(".", 1)[1]  # `s := sessions.Default(c); s.Set(..)`
        if name.endswith((".Execute", ".ExecuteTemplate")):
            head = name.rsplit(".", 1)[0]
            if head in self.text_templates or (self.aliases.get("template") == "text/template"
                                               and "html/template" not in self.aliases.values()):
                return "text/template." + name.rsplit(".", 1)[-1]
        return super().resolve(name)

    def assign(self, target, taint, value) -> None:
        if taint and value is not None and target is not None and target.parent is not None and len(
                target.parent.named_children) == 1 and self._error_only(target, value):
            taint = EMPTY  # err := dec.Decode(&in): the call still ran (and bound `in`), err is not the data
        if taint and value is not None and value.type == "call_expression" and target is not None and (
                target.next_named_sibling is not None and target.parent is not None
                and target.parent.named_children[-1].type == "identifier"
                and self.text(target.parent.named_children[-1]) == "err"):
            name = self.call_parts(value)[0]
            resolved = self.resolve(name)
            if self._user_function(name) is None and self.source(resolved) is None and \
                    resolved.split(".", 1)[0] not in _TRANSFORM_PACKAGES:
                # tok, err := oauth.Exchange(ctx, code); user, err := repo.Find(ctx, id): what a service or a
                # database answered for the value (rules that take "@looked-up" as checked)
                taint = mark(taint, LOOKED_UP)
        if target is not None and target.type == "index_expression" and value is not None and not taint:
            operand = target.child_by_field_name("operand")  # ph[i] = "?" keeps a table of constants constant
            if operand is not None and self.dotted(operand) in self.consts and self.is_const(value):
                return
        super().assign(target, taint, value)
        if target is not None and value is not None and value.type == "call_expression":
            head = self.text(value).split(".", 1)[0]
            key = self.dotted(target)
            if self.aliases.get(head) == "text/template":
                self.text_templates.add(key)
            else:
                self.text_templates.discard(key)

    def _check_sink(self, sink: Sink, node: ts.Node, raw: str, args: list, arg_taints: list, receiver) -> None:
        if sink.html and self._html_context(node, raw, args):
            arg_taints = [mark(t, HTML) if t else t for t in arg_taints]
        last = raw.rsplit(".", 1)[-1]
        if last.endswith("f") and last not in ("Sprintf", "Fprintf") and args and args[0].type in self.STRINGS:
            # log.Printf("user %q", name): `%q` escapes line breaks and quotes, `%d` prints a number
            verbs = _VERB.findall(self.text(args[0]).replace("%%", ""))
            if len(verbs) == len(args) - 1:
                arg_taints = [arg_taints[0]] + [EMPTY if verb in _NUMBER_VERBS or verb == "q" else t
                                                for verb, t in zip(verbs, arg_taints[1:])]
        if sink.rule.rule.cwe == "CWE-915":
            # mass assignment stores the bound value itself (`c.Bind(&cust); db.Save(&cust)`), not a struct built
            # from chosen fields (`u := User{Name: in.Name}; db.Create(&u)`)
            filled = {found.group(1).decode() for found in _FILLED.finditer(self.code)}
            arg_taints = [t if self.text(arg).lstrip("&") in filled else EMPTY for arg, t in zip(args, arg_taints)]
        if sink.rule.rule.cwe == "CWE-88":
            # `exec.Command("git", "clone", "--", url, dir)`: after `--` no argument is read as an option
            ends = next((i for i, arg in enumerate(args) if self.text(arg) in ('"--"', "`--`")), None)
            if ends is not None:
                arg_taints = [EMPTY if i > ends else t for i, t in enumerate(arg_taints)]
        super()._check_sink(sink, node, raw, args, arg_taints, receiver)

    def _html_context(self, node: ts.Node, raw: str, args: list) -> bool:
        """Whether text written here is read as HTML whatever it holds.

        net/http sniffs a response without a Content-Type from its first bytes: text that starts with a
        fixed word is served as text/plain, a value written first may start with `<script` and is served as
        HTML. So: a literal with markup in the call, a `text/html` content type set before it in the
        function, or the value is what the response starts with.
        """
        last = raw.rsplit(".", 1)[-1]
        if last in ("SendString", "Send"):  # fiber answers text/plain unless the handler sets HTML
            return bool(_TEXT_HTML.search(self.code, self.function_start, node.end_byte) or _FIBER_HTML.search(
                self.code, self.function_start, node.end_byte))
        if any(a.type in self.STRINGS and MARKUP.search(self.code, a.start_byte, a.end_byte) for a in args):
            return True
        if _TEXT_HTML.search(self.code, self.function_start, node.end_byte):
            return True
        # fmt.Fprint(w, ...), io.WriteString(w, s), echo's c.HTML(code, page): the first argument is no data
        data = args[1:] if last in ("Fprintf", "Fprint", "Fprintln", "HTML") or len(args) == 2 else args
        if not data:
            return False
        lead = self._leading_literal(data[0])
        if last == "Fprintf":
            return lead is not None and lead.lstrip('"`').startswith("%")
        return lead is None or lead.strip('"`') == ""

    def _leading_literal(self, node: ts.Node) -> str | None:
        """The string literal a written value starts with (through `[]byte(...)`, `+`), None when a value leads."""
        while True:
            if node.type in self.STRINGS:
                return self.text(node)
            if node.type == "binary_expression":
                node = node.child_by_field_name("left")
            elif node.type == "parenthesized_expression" and node.named_children:
                node = node.named_children[0]
            elif node.type in ("call_expression", "type_conversion_expression"):
                args = self.call_parts(node)[2] if node.type == "call_expression" else node.named_children[1:]
                callee = self.text(node.child_by_field_name("function") or node.child_by_field_name("type"))
                if callee not in ("[]byte", "string") or len(args) != 1:
                    return None
                node = args[0]
            else:
                return None
            if node is None:
                return None

    def imports(self, root: ts.Node) -> None:
        stack = [c for c in root.named_children if c.type == "import_declaration"]
        while stack:
            node = stack.pop()
            if node.type == "import_spec":
                path = self.text(node.child_by_field_name("path")).strip('"`')
                name = node.child_by_field_name("name")
                local = self.text(name) if name is not None else _package_name(path)
                if local not in ("_", "."):
                    self.aliases[local] = path
            else:
                stack.extend(node.named_children)

    def call_parts(self, node: ts.Node):
        callee = node.child_by_field_name("function")
        args = self.arguments(node.child_by_field_name("arguments"))
        if callee is not None and callee.type == "selector_expression":
            return self.dotted(callee), callee.child_by_field_name("operand"), args
        return self.dotted(callee), None, args

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        return [a for a in args.named_children if a.type != "comment"] if args is not None else []

    def member(self, node: ts.Node):
        return node.child_by_field_name("operand"), self.text(node.child_by_field_name("field"))

    def subscript_object(self, node: ts.Node):
        return node.child_by_field_name("operand")

    def string_parts(self, node: ts.Node) -> list[ts.Node]:
        return []

    def declarations(self, node: ts.Node):
        kind = node.type
        if kind in ("short_var_declaration", "assignment_statement"):
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None:
                return []
            targets, values = left.named_children, right.named_children
            if kind == "assignment_statement" and self.operator(node) == "+=":
                return [("+=", t, v) for t, v in zip(targets, values)]  # handled in eval
            if len(values) == 1:  # rows, err := db.Query(q): only the first name gets the call's taint
                # file, header, err := r.FormFile("f"): the header holds the client-chosen file name
                lead = 2 if len(targets) == 3 and values[0].type == "call_expression" and self.text(
                    values[0].child_by_field_name("function")).endswith(".FormFile") else 1
                return [(t, values[0]) for t in targets[:lead]] + [(t, None) for t in targets[lead:]]
            return list(zip(targets, values))
        if kind in ("var_spec", "const_spec"):
            names = node.children_by_field_name("name")
            value = node.child_by_field_name("value")
            if value is None:  # var ph []string: zero values, constant until something is stored
                return [(name, None) for name in names]
            return list(zip(names, value.named_children))
        return None

    def _error_only(self, target: ts.Node, value: ts.Node) -> bool:
        """`err := dec.Decode(&in)` / `if err = c.Bind(&x); ...`: the error a call answers describes the failure,
        not the request data the call read (a message built with `fmt.Errorf`/`errors.New` keeps its taint)."""
        if target.type != "identifier" or value.type != "call_expression":
            return False
        name = self.text(target)
        if name != "err" and not name.endswith("Err"):
            return False
        called = self.call_parts(value)[0] or ""
        return not called.startswith(("fmt.", "errors.", "pkgerrors.")) and not called.endswith(
            (".Errorf", ".New", ".Wrap", ".Wrapf", ".Join", ".WithMessage", ".WithMessagef"))

    def operator(self, node: ts.Node) -> str:
        op = node.child_by_field_name("operator")
        if op is not None:
            return self.text(op)
        for child in node.children:
            if not child.is_named:
                return child.type
        return ""

    def _eval(self, node):
        if node is not None and node.type == "assignment_statement" and self.operator(node) == "+=":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            for target, value in zip(left.named_children if left else (), right.named_children if right else ()):
                taint = self.eval(value)
                key = self.dotted(target)
                self.env[key] = self.env.get(key, EMPTY) | taint | self._formatting([target, value], node)
                self.consts.discard(key)
            return EMPTY
        if node is not None and node.type in ("short_var_declaration", "assignment_statement", "var_spec",
                                              "const_spec"):
            self._remember_error_check(node)
            for target, value in self.declarations(node) or ():
                if value is None:
                    self.assign(target, EMPTY, None)
                    declared = node.child_by_field_name("type") if node.type == "var_spec" else None
                    if declared is not None and _ZERO_TEXT.match(self.text(declared)):
                        self.consts.add(self.dotted(target))
                    continue
                self.assign(target, self.eval(value), value)
            return EMPTY
        if node is not None and node.type == "unary_expression" and self.operator(node) == "&":
            return self.eval(node.named_children[-1])
        return super().eval(node)

    def _formatting(self, parts: list, node: ts.Node, how: str = "string concatenation"):
        """The string-formatting label; values pasted into SQL text also carry the SQL marker themselves.

        `fmt.Sprintf` parts printed with a number, boolean or pointer verb (`%d`, `%t`) cannot add syntax.
        """
        if how == "sprintf":
            parts = self._text_verbs(node, parts)
        return self.sql_inserts(super()._formatting(parts, node, how), parts, node)

    def _text_verbs(self, node: ts.Node, parts: list) -> list:
        """The Sprintf arguments printed as text (`%s`, `%v`, `%q`, `%x` of a string ...): not `%d`/`%t`/`%f`."""
        args = self.call_parts(node)[2] if node.type == "call_expression" else []
        if not args or args[0].type not in self.STRINGS or len(args) - 1 != len(parts):
            return parts
        verbs = _VERB.findall(self.text(args[0]).replace("%%", ""))
        if len(verbs) != len(parts):
            return parts
        return [part for part, verb in zip(parts, verbs) if verb not in _NUMBER_VERBS]

    def validate(self, keys) -> None:
        """A value of no known origin that passed an allow-list or pattern test is as safe as a constant."""
        super().validate(keys)
        for key in keys:
            if isinstance(key, str) and not self.env.get(key) and "(" not in key:
                self.consts.add(key)

    def is_const(self, node: ts.Node) -> bool:
        if node.type in ("identifier", "selector_expression") and self._constant_parameter(node):
            return True  # a helper's parameter that every call of the snippet fills with constants
        if node.type == "index_expression":  # sortColumns[key] on a fixed table: one of the table's values
            operand = node.child_by_field_name("operand")
            return operand is not None and operand.type in self.IDENTIFIERS and self._fixed(operand)
        if node.type == "slice_expression":  # ph[:len(ph)-1]: part of a constant is a constant
            operand = node.child_by_field_name("operand")
            return operand is not None and self.is_const(operand)
        if node.type == "call_expression" and self._constant_returns(self.call_parts(node)[0]):
            return True  # table, ok := tableName(kind): a helper of the snippet that returns literals only
        if node.type == "call_expression" and self.call_parts(node)[0] == "make":
            return True  # make([]string, n): zero values only
        if node.type == "call_expression" and self.text(node).startswith("time.Now()."):
            args = self.call_parts(node)[2]  # time.Now().Format("2006_01"): digits in a constant layout
            return all(self.is_const(arg) for arg in args)
        if node.type == "selector_expression":  # r.table where every literal of the struct sets it to a constant
            field = node.child_by_field_name("field")
            if field is not None and node.child_by_field_name("operand") is not None and node.child_by_field_name(
                    "operand").type == "identifier" and self._constant_field(self.text(field)):
                return True
        if node.type == "call_expression" and self.call_parts(node)[0] == "fmt.Sprintf":
            args = self.call_parts(node)[2]  # fmt.Sprintf("name = $%d", len(args)): a constant format, numbers
            return bool(args) and args[0].type in self.STRINGS and not self._text_verbs(node, args[1:]) or bool(
                args) and all(self.is_const(arg) for arg in args)
        if node.type == "call_expression" and self.call_parts(node)[0] in _PURE_TEXT:
            args = self.call_parts(node)[2]  # strings.Repeat("?,", len(ids)): text made of constants only
            return bool(args) and all(self.is_const(arg) for arg in args)
        if node.type == "composite_literal":  # map[string]bool{"name": true}: a table written in the code
            body = node.child_by_field_name("body")
            return body is not None and all(self._const_element(e) for e in body.named_children)
        return super().is_const(node)

    def _rejects_outside(self, name: str) -> bool:
        """Whether `name` is a compiled pattern that is one negated class of word-like characters (`[^a-z0-9.-]`)."""
        found = re.search(rb"\b" + re.escape(name.encode()) + _NEGATED_CLASS_PATTERN, self.code)
        return found is not None and _KEPT_CLASS.match(found.group(1).decode("utf-8", "replace")) is not None

    def _constant_returns(self, raw: str) -> bool:
        """Whether `raw` names a function of the snippet whose every `return` gives a literal first."""
        function = self._user_function(raw) if raw else None
        if function is None:
            return False
        known = self.constant_helpers.get(function.id)
        if known is None:
            returns, stack = [], [self.body(function)]
            while stack:
                current = stack.pop()
                if current is None or current.type == "func_literal":
                    continue
                if current.type == "return_statement":
                    returns.append(current)
                    continue
                stack.extend(current.named_children)
            known = bool(returns) and all(
                r.named_children and r.named_children[0].named_children
                and self._literal(r.named_children[0].named_children[0]) for r in returns)
            self.constant_helpers[function.id] = known
        return known

    def _constant_field(self, name: str) -> bool:
        """Whether the snippet sets field `name` only in struct literals, and only to string literals."""
        known = self.constant_fields.get(name)
        if known is None:
            word = re.escape(name.encode())
            keyed = re.findall(rb"[{,\s]" + word + rb"\s*:\s*(\S)", self.code)
            known = bool(keyed) and all(q in (b'"', b"`") for q in keyed) and re.search(
                rb"\." + word + rb"\s*(=|\+=)[^=]", self.code) is None
            self.constant_fields[name] = known
        return known

    def _const_element(self, node: ts.Node) -> bool:
        if node.type == "comment":
            return True
        if node.type in ("keyed_element", "literal_element", "literal_value"):
            return all(self._const_element(c) for c in node.named_children)
        return self.is_const(node)

    def _remember_error_check(self, node: ts.Node) -> None:
        """`err := validateHost(h)` / `n, err := strconv.Atoi(s)`: a later `err != nil` that leaves checks `h`/`s`.

        Only for the snippet's own functions and the converters the rules list: a library call such as
        `url.Parse` returns no error for most hostile input, so its error says nothing about the value.
        """
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or len(right.named_children) != 1:
            return
        call = right.named_children[0]
        names = [self.text(t) for t in left.named_children]
        for name in names:
            self.error_checks.pop(name, None)
            self.ok_checks.pop(name, None)
            self.relative_to.pop(name, None)
        if call.type == "call_expression" and self.resolve(self.call_parts(call)[0]) == "path/filepath.Rel":
            args = self.call_parts(call)[2]  # rel, err := filepath.Rel(base, p): a later `..` test on rel checks p
            if len(args) == 2:
                self.relative_to[names[0]] = self.checked(args[1])
        if call.type == "index_expression" and len(names) == 2:  # v, ok := allowed[key]
            operand, index = call.child_by_field_name("operand"), call.child_by_field_name("index")
            if operand is not None and index is not None and self._fixed(operand):
                self.ok_checks[names[1]] = self.checked(index)
            return
        if call.type == "call_expression" and self.resolve(self.call_parts(call)[0]) == "regexp.MatchString":
            args = self.call_parts(call)[2]  # ok, _ := regexp.MatchString(`^[a-z]+$`, s); if !ok { return }
            if len(args) == 2 and self._anchored(args[0]) and names[0] != "_":
                self.ok_checks[names[0]] = self.checked(args[1])
            return
        if call.type != "call_expression" or not any(n == "err" or n.endswith("Err") for n in names):
            return
        callee, _, args = self.call_parts(call)
        if not (self._user_function(callee) is not None or self.model.converters.lookup(self.resolve(callee))):
            return
        keys = tuple(k for arg in args for k in self.checked(arg))
        for name in names:
            if name == "err" or name.endswith("Err"):
                self.error_checks[name] = keys

    def guards(self, node: ts.Node):
        if node.type == "binary_expression" and self.operator(node) in ("==", "!="):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            for mine, other in ((left, right), (right, left)):
                if self._host_of(mine) is not None and self._host_of(other) is not None and not self.env.get(
                        self.dotted(self._host_of(other))):
                    # target.Host != base.Host, base parsed from a constant: the host is the known one's
                    keys = self.checked(mine)
                    return (keys, ()) if self.operator(node) == "==" else ((), keys)
        if node.type == "call_expression":  # strings.ContainsAny(s, "\r\n"): when false, s holds no line break
            name, _, args = self.call_parts(node)
            if name == "strings.Contains" and len(args) == 2 and self.text(args[1]) == '".."':
                return (), tuple((NO_DOT_DOT, key) for key in self.checked(args[0]))
            if name == "strings.ContainsAny" and len(args) == 2 and all(c in self.text(args[1]) for c in ";|&$`"):
                # strings.ContainsAny(s, ";&|$`<>"): when false, s holds none of the shell's control characters
                return (), tuple((SHELL_QUOTED, key) for key in self.checked(args[0]))
            if name.endswith(".MatchString") and len(args) == 1 and self._rejects_outside(name.rsplit(".", 1)[0]):
                # badChars.MatchString(s) with badChars = `[^a-z0-9.-]`: when false, s holds only those characters,
                # none the shell reads (`..` and `/` may remain: a path rule still sees it)
                return (), tuple((SHELL_QUOTED, key) for key in self.checked(args[0]))
            if name == "strings.HasPrefix" and len(args) == 2 and self.text(args[0]) in self.relative_to and (
                    self.text(args[1]).startswith(('"..', '`..'))):
                # strings.HasPrefix(rel, ".."): when false, p lies inside base (its path from base climbs nowhere)
                return (), tuple((NO_DOT_DOT, key) for key in self.relative_to[self.text(args[0])])
            if name == "strings.HasPrefix" and len(args) == 2 and _FIXED_START.match(self.text(args[1])):
                return self.checked(args[0]), ()  # strings.HasPrefix(u, "https://api.example.com/")
            if name in ("strings.ContainsAny", "strings.Contains", "strings.ContainsRune") and len(args) == 2 and (
                    "\\n" in self.text(args[1]) or "\\r" in self.text(args[1])):
                return (), tuple((NO_LINE_BREAKS, key) for key in self.checked(args[0]))
        if node.type == "index_expression":  # allowed[col] on a fixed map[string]bool: col is one of its keys
            operand, index = node.child_by_field_name("operand"), node.child_by_field_name("index")
            if operand is not None and index is not None and self._fixed(operand):
                return self.checked(index), ()
            return (), ()
        if node.type == "binary_expression" and self.operator(node) in ("&&", "||"):
            local = self._local_path_test(node, self.operator(node))
            if local:  # strings.HasPrefix(next, "/") && !strings.HasPrefix(next, "//"): a path on this site
                when_true, when_false = super().guards(node)
                marks = tuple((FIXED_PREFIX, key) for key in local)
                return (when_true + marks, when_false) if self.operator(node) == "&&" else (
                    when_true, when_false + marks)
        if node.type == "identifier" and self.text(node) in self.ok_checks:  # _, ok := allowed[col]; if !ok
            return self.ok_checks[self.text(node)], ()
        if node.type == "binary_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            op = self.operator(node)
            if left is not None and right is not None and right.type == "nil" and op in ("!=", "=="):
                keys = self.error_checks.get(self.text(left))
                if keys:  # err != nil: the value was refused; below the leaving branch it was accepted
                    return ((), keys) if op == "!=" else (keys, ())
        return super().guards(node)

    def _local_path_test(self, node: ts.Node, op: str) -> tuple:
        """The values a compound test proves to be a path of this site: it starts with `/` and not with `//` or
        `/\\` (`&&` when true; its `||` negation, `!HasPrefix(x, "/") || HasPrefix(x, "//")`, when false)."""
        leaves, stack = [], [node]
        while stack:
            current = stack.pop()
            if current.type == "parenthesized_expression" and current.named_children:
                stack.append(current.named_children[-1])
            elif current.type == "binary_expression" and self.operator(current) == op:
                stack.extend(c for c in (current.child_by_field_name("left"), current.child_by_field_name("right"))
                             if c is not None)
            else:
                leaves.append(current)
        starts, doubles = set(), set()
        for leaf in leaves:
            negated = leaf.type == "unary_expression" and self.operator(leaf) == "!"
            inner = leaf.named_children[-1] if negated and leaf.named_children else leaf
            while inner.type == "parenthesized_expression" and inner.named_children:
                inner = inner.named_children[-1]
            if inner.type != "call_expression":
                continue
            name, _, args = self.call_parts(inner)
            if len(args) != 2 or self.resolve(name) not in ("strings.HasPrefix", "strings.Contains"):
                continue
            literal, keys = self.text(args[1]), self.checked(args[0])
            if name.endswith("HasPrefix") and literal in ('"/"', "`/`"):
                if negated == (op == "||"):
                    starts.update(keys)
            elif literal in ('"//"', "`//`", '"/\\\\"', "`/\\`"):
                if negated == (op == "&&"):
                    doubles.update(keys)
        return tuple(key for key in starts if key in doubles)

    def parameters(self, function: ts.Node):
        params = function.child_by_field_name("parameters")
        out = []
        for param in params.named_children if params is not None else ():
            for name in param.children_by_field_name("name"):
                out.append((self.text(name), param))
        return out

    def __init__(self, model: TaintModel, code: bytes) -> None:
        super().__init__(model, code)
        self.error_checks: dict[str, tuple] = {}  # error variable -> the values its call validated
        self.ok_checks: dict[str, tuple] = {}  # `ok` of `v, ok := allowed[key]` -> the key it tests
        self.relative_to: dict[str, tuple] = {}  # `rel` of `rel, err := filepath.Rel(base, p)` -> p
        self.call_sites: dict[str, list] | None = None  # function name -> calls of it (plain `f(...)`)
        self.numbers: set[str] = set()  # parameters of the walked function declared as numbers or booleans
        self.constant_fields: dict[str, bool] = {}  # struct field -> set only to literals in struct literals
        self.constant_helpers: dict[int, bool] = {}  # function id -> returns only literals
        self.constant_parameters: dict[tuple, bool] = {}  # (function id, parameter) -> filled with constants
        self.text_templates: set[str] = set()  # names bound to a text/template template
        self.sessions = {found.group(1).decode() for found in _SESSION_NEW.finditer(code)} - {"session"} if (
            b"sessions.Default(" in code) else set()  # names bound to a gin-contrib session
        self.loggers = {(found.group(1) or found.group(2)).decode() for found in _LOG_NEW.finditer(code)} - {
            "logger"} if (
            b"log.New(" in code or b"*log.Logger" in code) else set()  # names bound to a *log.Logger
        # `const apiBase = "https://api.example.com/v1/"`, set once: a URL pasted after it keeps its host
        bases = [found.group(1) for found in _BASE_URL.finditer(code)] if b"://" in code else []
        self.fixed_bases = {name.decode() for name in bases if len(re.findall(
            rb"\b" + re.escape(name) + rb"\s*(?:string\s*)?(?::=|=[^=]|\+=)", code)) == 1}
        # struct fields whose binding/validate tag restricts the value (`binding:"required,oneof=light dark"`)
        self.checked_fields = {found.group(1).decode() for found in _CHECKED_FIELD.finditer(code)} if (
            b"binding:" in code or b"validate:" in code) else set()

    def eval(self, node):
        if self.checked_fields and node is not None and node.type == "selector_expression" and self.text(
                node.child_by_field_name("field")) in self.checked_fields:
            taint = self._eval(node)  # p.Theme of a struct the binder validated with `oneof=`/`alphanum`/...
            return mark(taint, VALIDATED) if taint else taint
        if node is not None and node.type == "identifier" and self.numbers and self.text(node) in self.numbers:
            return EMPTY  # a parameter declared int/bool: no text of anyone's
        if self.model.wants_temp and node is not None and (
                node.type in self.STRINGS and _SHARED_TEMP.match(self.code, node.start_byte) or (
                    node.type == "call_expression" and self.text(node).replace(" ", "") == "os.TempDir()")):
            return _TEMP_LABEL  # "/tmp/convert-x", os.TempDir(): a folder every local user shares
        if node is not None and node.type == "composite_literal" and _BSON.match(
                self.text(node.child_by_field_name("type") or node)):
            return self._bson_document(node)
        if self.model.wants_temp and node is not None and node.type in ("call_expression", "binary_expression") and (
                _RANDOM_NAME.search(self.code, node.start_byte, node.end_byte)):
            # filepath.Join(os.TempDir(), "upload-"+uuid.NewString()): a name nobody can guess
            return frozenset(label for label in self._eval(node) if label[0] != SHARED_TEMP_PATH)
        return self._eval(node)

    def _bson_document(self, node: ts.Node):
        """A query document built in code (`bson.M{"serial": in["serial"]}`): a value can be an operator object
        (`{"$ne": ""}`) only where it is a whole value the client sent (a decoded map's entry, a decoded
        `interface{}`), not a typed struct field or a single request string."""
        body = node.child_by_field_name("body")
        taint = EMPTY
        for value in _document_values(body):
            found = self.eval(value)
            if value.type in ("index_expression", "identifier", "composite_literal"):
                taint = taint | frozenset(label for label in found if label[0].rsplit(".", 1)[-1] in _OBJECT_SOURCES
                                          or value.type == "composite_literal")
        return taint

    def _function(self, node: ts.Node) -> None:
        """A function the snippet calls only with constants: its parameters are those constants, no caller's value.

        Parameters declared with a number or boolean type hold no text whoever calls."""
        saved = self.numbers
        numbers = {name for name, param in self.parameters(node)
                   if (kind := param.child_by_field_name("type")) is not None and _NUMBER_TYPE.match(self.text(kind))}
        self.numbers = (saved - {name for name, _ in self.parameters(node)}) | numbers
        try:
            self._function_walk(node)
        finally:
            self.numbers = saved

    def _function_walk(self, node: ts.Node) -> None:
        if self.model.wants_parameters and node.type == "function_declaration" and self._constant_callers(node):
            if node.id in self.walked or (self.summary is not None and node.id in self.summaries):
                return
            self.walked.add(node.id)
            names = dict(self.parameters(node))
            self._walk_function(self.body(node), {k: v for k, v in self.env.items() if k not in names}, False, {})
            return
        super()._function(node)

    def _constant_callers(self, function: ts.Node) -> bool:
        """Whether the snippet calls `function` and passes only literals wherever it does."""
        name = self.function_name(function)
        if not name or b"exec.Command" not in self.code[function.start_byte:function.end_byte]:
            return False  # only a shell launched with a parameter needs its callers' values
        if name[:1].isupper() and b"package main" not in self.code:
            return False  # an exported function of a library: other packages call it too
        calls = self._calls_of(function, name)
        return bool(calls) and all(
            all(self._constant_argument(arg, call) for arg in self.arguments(call.child_by_field_name("arguments")))
            for call in calls)

    def _calls_of(self, function: ts.Node, name: str) -> list:
        """The plain calls `name(...)` anywhere in the snippet."""
        if self.call_sites is None:
            self.call_sites = {}
            stack = [function]
            while stack[-1].parent is not None:
                stack[-1] = stack[-1].parent
            while stack:
                current = stack.pop()
                if current.type == "call_expression":
                    callee = current.child_by_field_name("function")
                    if callee is not None and callee.type == "identifier":
                        self.call_sites.setdefault(self.text(callee), []).append(current)
                stack.extend(current.named_children)
        return self.call_sites.get(name) or []

    def _constant_parameter(self, node: ts.Node) -> bool:
        """`o.SortBy` / `label` in a helper whose parameter every call of the snippet fills with constants
        (literals, values from a fixed table, `time.Now().Format(...)`, struct literals of those)."""
        root = node
        while root.type == "selector_expression":
            root = root.child_by_field_name("operand")
            if root is None:
                return False
        if root.type != "identifier":
            return False
        function = node.parent
        while function is not None and function.type not in self.FUNCTIONS:
            function = function.parent
        if function is None or function.type != "function_declaration":
            return False
        name = self.text(root)
        names = [n for n, _ in self.parameters(function)]
        if name not in names:
            return False
        key = (function.id, name)
        known = self.constant_parameters.get(key)
        if known is None:
            known = False
            fname = self.function_name(function)
            body = self.body(function)
            index = names.index(name)
            if fname and body is not None and (not fname[:1].isupper() or b"package main" in self.code) and (
                    re.search(rb"\b" + re.escape(name.encode()) + rb"\s*(:=|=[^=]|\+=|\+\+|--|,)",
                              self.code[body.start_byte:body.end_byte]) is None):
                calls = self._calls_of(function, fname)
                uses = len(re.findall(rb"\b" + re.escape(fname.encode()) + rb"\b", self.code))
                known = bool(calls) and uses == len(calls) + 1 and all(  # never passed on as a callback
                    len(args := self.arguments(call.child_by_field_name("arguments"))) == len(names)
                    and self._constant_argument(args[index], call) for call in calls)
            self.constant_parameters[key] = known
        return known

    def _constant_argument(self, arg: ts.Node, call: ts.Node, depth: int = 0) -> bool:
        """A literal, a value made of constants only (`time.Now().Format("20060102")`), or a name that every
        assignment in the calling function (or the file's `const`/`var` blocks) binds to such a value."""
        if self._literal(arg):
            return True
        if arg.type == "composite_literal":  # listOpts{SortBy: col, Limit: 50}
            body = arg.child_by_field_name("body")
            return body is not None and all(self._constant_element(e, call, depth) for e in body.named_children)
        if arg.type == "unary_expression" and self.operator(arg) == "&" and arg.named_children:
            return self._constant_argument(arg.named_children[-1], call, depth)
        if arg.type == "index_expression":  # sortColumns[key] of a table the file writes: one of its values
            operand = arg.child_by_field_name("operand")
            return operand is not None and operand.type == "identifier" and self._constant_table(operand, call)
        if arg.type != "identifier":
            return arg.type in ("call_expression", "binary_expression", "parenthesized_expression") and (
                self._structurally_const(arg, call, depth))
        if depth > 2:
            return False
        name = self.text(arg)
        caller = call.parent
        while caller is not None and caller.type not in self.FUNCTIONS:
            caller = caller.parent
        if caller is not None and name in dict(self.parameters(caller)):
            return False  # the caller's own parameter: its callers' value
        root = call
        while root.parent is not None:
            root = root.parent
        values, found = [], False
        for scope in ([self.body(caller)] if caller is not None else []) + [root]:
            stack = [scope] if scope is not None else []
            while stack:
                current = stack.pop()
                if current.type in self.FUNCTIONS and scope is root:
                    continue  # another function's locals
                if current.type in ("short_var_declaration", "assignment_statement", "var_spec", "const_spec"):
                    for item in self.declarations(current) or ():
                        target, value = item[-2], item[-1]  # `+=` gives ("+=", target, value)
                        if target is not None and self.text(target) == name:
                            found = True
                            values.append(value)
                elif current.type in ("range_clause", "inc_statement", "dec_statement") and name in self.text(current):
                    return False
                stack.extend(current.named_children)
        return found and all(v is not None and self._constant_argument(v, call, depth + 1) for v in values)

    def _constant_element(self, node: ts.Node, call: ts.Node, depth: int) -> bool:
        if node.type == "comment":
            return True
        if node.type == "keyed_element":
            value = node.named_children[-1] if node.named_children else None
            return value is not None and self._constant_element(value, call, depth)
        if node.type in ("literal_element", "literal_value"):
            return all(self._constant_element(c, call, depth) for c in node.named_children)
        return self._constant_argument(node, call, depth)

    def _constant_table(self, name: ts.Node, call: ts.Node) -> bool:
        """A package-level `var`/`const` bound once to a map or slice literal of constants, never written."""
        root = call
        while root.parent is not None:
            root = root.parent
        text, values = self.text(name), []
        for top in root.named_children:
            if top.type in ("var_declaration", "const_declaration"):
                for spec in top.named_children:
                    for item in self.declarations(spec) or ():
                        if self.text(item[0]) == text:
                            values.append(item[1])
        if len(values) != 1 or values[0] is None or values[0].type != "composite_literal":
            return False
        if len(re.findall(rb"\b" + re.escape(text.encode()) + rb"\s*(?:\[[^\]]*\]\s*)?=[^=]", self.code)) > 1:
            return False  # the table is written somewhere besides its declaration
        body = values[0].child_by_field_name("body")
        return body is not None and all(self._const_element(e) for e in body.named_children)

    def _structurally_const(self, node: ts.Node, call: ts.Node, depth: int) -> bool:
        """is_const for a value read outside the walk: its names are judged by their assignments, not the env."""
        if node.type == "parenthesized_expression":
            return all(self._constant_argument(c, call, depth) for c in node.named_children)
        if node.type == "binary_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            return left is not None and right is not None and self._constant_argument(
                left, call, depth) and self._constant_argument(right, call, depth)
        return not any(c.type == "identifier" and self.text(c) != "time" for c in _descendants(node)) and (
            self.is_const(node))

    def statement(self, node: ts.Node) -> None:
        if node.type in ("if_statement", "expression_switch_statement", "type_switch_statement"):
            init = node.child_by_field_name("initializer")  # if err := check(x); err != nil { ... }
            if init is not None:
                self.eval(init)
        if node.type == "expression_switch_statement" and self._switch(node):
            return
        super().statement(node)
        if node.type == "for_statement":
            self._membership_loop(node)
            self._rewriting_loop(node)

    def _rewriting_loop(self, node: ts.Node) -> None:
        """`for i, p := range parts { parts[i] = regexp.QuoteMeta(p) }`: every element replaced by what the
        loop stored (read with the element bound)."""
        clause = next((c for c in node.named_children if c.type == "range_clause"), None)
        body = node.child_by_field_name("body")
        left = clause.child_by_field_name("left") if clause is not None else None
        right = clause.child_by_field_name("right") if clause is not None else None
        if body is None or left is None or right is None or len(left.named_children) != 2:
            return
        index, listed = self.text(left.named_children[0]), self.text(right)
        for step in _statements(body):
            target = step.child_by_field_name("left") if step.type == "assignment_statement" else None
            value = step.child_by_field_name("right")
            if target is None or value is None or len(target.named_children) != 1 or self.operator(step) != "=":
                continue
            slot = target.named_children[0]
            if slot.type == "index_expression" and self.text(slot.child_by_field_name("operand")) == listed and (
                    self.text(slot.child_by_field_name("index")) == index) and listed in self.env:
                element = self.text(left.named_children[1])
                before = self.snapshot()
                self.env[element] = self.env[listed]
                self.consts.discard(element)
                rewritten = self.eval(value)
                self.restore(before)
                self.env[listed] = rewritten

    def _switch(self, node: ts.Node) -> bool:
        """`switch x { case "a", "b": ...; default: ... }`: each case a branch; in a case of literals x is one of
        them (a helper's `return x` there, or code below a default that leaves, sees a checked value)."""
        value = node.child_by_field_name("value")
        cases = [c for c in node.named_children if c.type in ("expression_case", "default_case")]
        if value is None or any("fallthrough" in self.text(c) for c in cases):
            return False
        self.eval(value)
        keys = self.checked(value)
        before = self.snapshot()
        branches = []
        for case in cases:
            self.restore(before)
            labels = case.child_by_field_name("value") if case.type == "expression_case" else None
            if labels is not None:
                self.eval(labels)
                if labels.named_children and all(self._literal(label) for label in labels.named_children):
                    self.validate(keys)
            for step in case.named_children:
                if step != labels:
                    self.statement(step)
            if not self.exits(case):
                branches.append(self.snapshot())
        if not any(c.type == "default_case" for c in cases):
            branches.append(before)
        if branches:
            self.merge(branches)
        else:
            self.restore(before)
        return True

    def _membership_loop(self, node: ts.Node) -> None:
        """`for _, a := range allowed { if a == x { found = true } }`: a later `if !found` leaving tests x.

        Go has no `in`: a loop over a fixed list that sets a flag on an exact match is its allow-list test.
        """
        binding = self.loop_binding(node)
        body = node.child_by_field_name("body")
        if binding is None or binding[0] is None or binding[1] is None or body is None:
            return
        if binding[1].type in self.CALLS or not self._fixed(binding[1]):  # a call's result is no written list
            return
        element = self.text(binding[0])
        for statement in _statements(body):
            if statement.type != "if_statement":
                continue
            condition = statement.child_by_field_name("condition")
            consequence = statement.child_by_field_name("consequence")
            if condition is None or consequence is None or condition.type != "binary_expression" or self.operator(
                    condition) != "==":
                continue
            left, right = condition.child_by_field_name("left"), condition.child_by_field_name("right")
            if left is None or right is None:
                continue
            tested = right if self.text(left) == element else left if self.text(right) == element else None
            if tested is None:
                continue
            for step in _statements(consequence):
                if step.type == "assignment_statement" and self.text(step.child_by_field_name("right")) == "true":
                    flag = step.child_by_field_name("left")
                    if flag is not None and len(flag.named_children) == 1:
                        self.ok_checks[self.text(flag.named_children[0])] = self.checked(tested)

    def loop_binding(self, node: ts.Node):
        if node.type == "for_statement":
            for child in node.named_children:
                if child.type == "range_clause":
                    left = child.child_by_field_name("left")
                    targets = left.named_children if left is not None else []
                    return (targets[-1] if targets else None), child.child_by_field_name("right")
        return None

    def block_kinds(self) -> frozenset:
        return _GO_BLOCKS


_GO_BLOCKS = frozenset({"source_file", "block", "statement_list", "expression_statement", "var_declaration",
                        "const_declaration", "expression_switch_statement", "expression_case", "default_case",
                        "type_switch_statement", "type_case", "select_statement", "communication_case",
                        "labeled_statement", "go_statement", "defer_statement", "for_statement"})


_BSON = re.compile(r"^(?:bson|primitive)\.(?:M|D|E)$")
# sources that fill a whole value the client shaped (a map, an `interface{}`): its entries may be objects
_OBJECT_SOURCES = frozenset({"Decode", "ShouldBindJSON", "BindJSON", "Bind", "ShouldBind", "BodyParser",
                             "ShouldBindQuery", "Unmarshal", "ShouldBindBodyWith"})
_RANDOM_NAME = re.compile(rb"\b(?:uuid\.New(?:String|Random)?|MkdirTemp|CreateTemp|TempFile|TempDir\(\s*\"|rand\.Read"
                          rb"|rand\.Text)\b")
_SHARED_TEMP = re.compile(rb'["`]/(?:var/tmp|tmp|dev/shm)/[^"`/]')
_TEMP_LABEL = frozenset({(SHARED_TEMP_PATH, frozenset())})
_FILLED = re.compile(rb"\.(?:Bind\w*|ShouldBind\w*|Decode|BodyParser|Unmarshal)\(\s*(?:[^,()]*,\s*)?&(\w+)\s*\)")
_SESSION_NEW = re.compile(rb"\b(\w+)\s*:?=\s*sessions\.Default\(")
_LOG_NEW = re.compile(rb"\b(\w+)\s*:?=\s*log\.New\(|\b(\w+)\s+\*log\.Logger\b")
_FIBER_HTML = re.compile(rb"""\.Type\(\s*["`]html["`]""")
_TEXT_HTML = re.compile(rb"(?i)text/html")
# `= regexp.MustCompile(`[^...]`)` after a name: a pattern that is one negated character class
_NEGATED_CLASS_PATTERN = rb"\s*=\s*regexp\.MustCompile\(\s*[`\"]\[\^([^\]`\"]+)\][+*]?[`\"]\s*\)"
# the inside of a character class that keeps letters, digits and a few punctuation marks, no space or quote
_KEPT_CLASS = re.compile(r"^(?:[A-Za-z0-9](?:-[A-Za-z0-9])?|\\w|\\d|[._:/@+=,]|\\?-)+$")
_NUMBER_TYPE = re.compile(r"^(u?int(8|16|32|64)?|float(32|64)|bool|byte|rune|uintptr|time\.Duration)$")
SHELL_QUOTED = "@shell-quoted"  # quoted for single quotes, or tested to hold no shell control character
_QUOTE_ESCAPES = frozenset({"`'\\''`", '"\'\\\\\'\'"', "`'\"'\"'`", '"\'\\"\'\\"\'"'})
# declared types whose zero value holds no text of anyone's: strings, numbers, slices of them
_ZERO_TEXT = re.compile(r"^(\[\])?(string|u?int(8|16|32|64)?|float(32|64)|bool|interface\{\}|any)$")
# functions whose result is made of their arguments' text only: constant when every argument is
_PURE_TEXT = frozenset({"strings.Repeat", "strings.Join", "append", "strings.ToUpper", "strings.ToLower",
                        "strings.TrimSpace", "strings.TrimSuffix", "strings.TrimPrefix", "strings.Trim",
                        "strings.TrimRight"})
NO_DOT_DOT = "@no-dot-dot"  # tested to hold no `..` (path rules take it as clean)
# a literal prefix that fixes the host (`https://api.example.com/`) or a local path (`/account/`)
_CHECKED_FIELD = re.compile(
    rb"""^\s*([A-Z]\w*)\s+[\w.\[\]*]+\s+`[^`\n]*\b(?:binding|validate):"[^"]*\b"""
    rb"""(?:oneof=|alphanum\b|alpha\b|numeric\b|number\b|uuid\d?\b|hexadecimal\b|boolean\b|e164\b|iso3166_\w+|"""
    rb"""bcp47_language_tag\b)""", re.M)
_BASE_URL = re.compile(rb"""\b(\w+)\s*(?:string\s*)?:?=\s*["`]https?://[^/"`\s]+/""")
_FIXED_START = re.compile(r"""^["`](https?://[^/"`]+/|/[^/\\"`])""")
# Text after a header block's blank line is the mail's body (after a header name, so not any "\n\n"):
# a line break there starts no header (mail rules take it as clean).
# standard packages whose calls only transform the value they are given (`url.QueryUnescape`, `strconv.Unquote`,
# `base64.StdEncoding.DecodeString`): what they return is still the client's text, not a service's answer
_TRANSFORM_PACKAGES = frozenset({"url", "net/url", "strconv", "base64", "encoding/base64", "hex", "encoding/hex",
                                 "strings", "bytes", "json", "encoding/json", "filepath", "path", "path/filepath",
                                 "html", "fmt", "io", "bufio", "unicode", "utf8", "regexp", "mime", "xml",
                                 "encoding/xml", "csv", "encoding/csv", "gzip", "zlib"})
LOOKED_UP = "@looked-up"  # the answer of a call that can fail (`x, err := svc.Find(ctx, v)`), given the value
MAIL_BODY = "@mail-body"
_MAIL_BODY_START = re.compile(r"(?is)\b(subject|to|from|cc|bcc|reply-to|content-type)\s*:.*?(\\r\\n\\r\\n|\\n\\n)")
NO_LINE_BREAKS = "@no-line-breaks"  # tested to hold no CR/LF (log and mail header rules take it as clean)
_MAJOR_VERSION = re.compile(r"^v[0-9]+$")
_VERB = re.compile(r"%[-+# 0-9.*\[\]]*([a-zA-Z])")
_NUMBER_VERBS = frozenset("dbcoOxXUeEfFgGtp")  # %x/%X of a string is hex: no quote survives it either


_CLEANERS = frozenset({"path/filepath.Clean", "path.Clean"})


def _rooted(walk: GoWalk, node: ts.Node) -> bool:
    """`"/" + p` or `"/"+p` written as a string that starts with the separator: the path begins at the root."""
    if node.type != "binary_expression" or walk.operator(node) != "+":
        return False
    left = node.child_by_field_name("left")
    return left is not None and walk.text(left) in ('"/"', "`/`", "string(filepath.Separator)",
                                                     "string(os.PathSeparator)")


def _descendants(node: ts.Node):
    stack = list(node.named_children)
    while stack:
        current = stack.pop()
        yield current
        stack.extend(current.named_children)


def _blank_line(text: bytes) -> bool:
    """Whether source text holds an escaped blank line (`\\r\\n\\r\\n` or `\\n\\n`): a cheap test before the regex."""
    return b"\\n\\r\\n" in text or b"\\n\\n" in text


def _document_values(body: ts.Node | None) -> list[ts.Node]:
    """The values of a `bson.M{k: v}` / `bson.D{{k, v}}` literal body."""
    values = []
    for child in body.named_children if body is not None else ():
        if child.type == "keyed_element" and child.named_children:
            last = child.named_children[-1]
            values.append(last.named_children[0] if last.type == "literal_element" and last.named_children else last)
        elif child.type == "literal_element" and child.named_children:
            inner = child.named_children[0]
            if inner.type == "literal_value" and inner.named_children:  # bson.D's {"k", v} pair
                last = inner.named_children[-1]
                values.append(last.named_children[0] if last.type == "literal_element" and last.named_children
                              else last)
            else:
                values.append(inner)
    return values


def _statements(block: ts.Node) -> list[ts.Node]:
    """The statements of a `{ ... }` block (tree-sitter-go wraps them in a statement_list)."""
    out = []
    for child in block.named_children:
        out.extend(child.named_children if child.type == "statement_list" else [child])
    return out


def _package_name(path: str) -> str:
    """The name an import path binds: its last element, skipping a major version (`ldap/v3`, `ldap.v3`)."""
    parts = path.split("/")
    if len(parts) > 1 and _MAJOR_VERSION.match(parts[-1]):
        return parts[-2]
    name = parts[-1]
    return name.split(".v", 1)[0] if ".v" in name else name


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, GoWalk)
