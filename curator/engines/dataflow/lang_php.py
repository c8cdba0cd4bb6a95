"""The PHP adapter: tree-sitter-php node kinds; `echo`/`print`/`include`/backticks as calls the rules name.

Superglobals (`$_GET`, `$_POST`, ...) and Laravel/Symfony request methods are sources by name in
`rules/php/taint.yaml`; `$this->x` set in a constructor is seen by the other methods. What a command, a file,
a database or a remote server returns is not the text of the command, path, query or URL that chose it: those
calls' results carry no taint (their sinks still count).
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, FIXED_PREFIX, SHARED_TEMP_PATH, VALIDATED, TaintModel, mark
from curator.engines.dataflow.lang_php_constants import DATE_FUNCTIONS, NUMBER_FUNCTIONS, SUPERGLOBALS
from curator.engines.dataflow.walk import PARAM, Summary, Walk
from curator.engines.dataflow.word_only import strips_to_word
from curator.ruleset import Rule

# Language constructs that act like calls: node kind -> the name the rules' sinks use.
CONSTRUCTS = {"echo_statement": "echo", "print_intrinsic": "print", "include_expression": "include",
              "include_once_expression": "include_once", "require_expression": "require",
              "require_once_expression": "require_once", "shell_command_expression": "shell_exec"}
_REQUEST_TYPE = re.compile(r"^\??\\?(Illuminate\\Http\\)?(Request|ServerRequestInterface|\w+Request)\b")
_VERB = re.compile(r"%([0-9]+\$)?[-+ 0'#]*[0-9]*(?:\.[0-9]+)?([a-zA-Z])")
_QUOTED = re.compile(r"""['"`]\s*$""")  # SQL text ending in a quote: the next value is inside a literal
# SQL escapes (the sanitizer names of rules/php/taint.yaml) protect a value only inside a quoted literal
SQL_ESCAPES = frozenset({"mysqli_real_escape_string", "mysql_real_escape_string", "pg_escape_string",
                         "*.real_escape_string", "addslashes"})
TEXT_ONLY = "@typed"  # cast to or tested as a string: no array (`user[$ne]=x`) gets past (NoSQL rules take it as clean)
NO_DOT_DOT = "@no-dot-dot"  # tested to hold no `..` (path rules take it as clean)
# a literal prefix that fixes the host (`https://api.example.com/`) or a local path (`/account/`)
_FIXED_START = re.compile(r"""^['"](https?://[^/'"$]+/|/[^/\\'"])""")
# cheap gates on the snippet's text: a route or controller is near, a call runs code a variable names
_ROUTE_HINT = re.compile(rb"Controller|Request|Route::|add_shortcode")
_CHOSEN_CALL = re.compile(rb"(?<![\w>:])\$\w+\s*\(|\bnew\s+\$|->\$\w+\s*\(|::\$\w+\s*\(")
# the pseudo callee of a call whose function, class or method is named by a variable (rules name it as a sink)
CHOSEN_CODE = "variable-function"
# one field of the request (`$data['name']`, `$request->input('name')`), not the whole of it (mass-assignment
# rules take it as clean)
ONE_FIELD = "@one-field"
NO_LINE_BREAKS = "@no-line-breaks"  # tested to hold no CR/LF (log and mail header rules take it as clean)
# a web address with a fixed scheme and host: file functions fetch it over the network, never a local file
# (path rules take it as clean; the SSRF rules judge it)
REMOTE_URL = "@remote-url"
_REMOTE_START = re.compile(r"""^['"]https?://[^/'"$]+/""")
# a request path relative to the client's base address (`'v1/current?city='`, `'users/'`): no scheme, no `//`, so
# the value after it cannot choose the host (SSRF rules take it as clean; path rules still judge it)
RELATIVE_URL = "@relative-url"
_RELATIVE_START = re.compile(r"""^['"](?:[\w\-]+/|[\w\-./]*\?)""")
# a PCRE negated class of word characters and `-` only (`'/[^a-zA-Z0-9_-]/'`, `'/[^\w\-]+/u'`): what survives
# holds no quote, dot, slash, space or line break
_WORD_OR_DASH = re.compile(r"""^['"]/\[\^(?:a-z|A-Z|0-9|_|\\\\?w|\\\\?d|\\?-)+\][+*]?/[a-z]*['"]$""")
# functions whose result is made of their arguments' text only: constant when every argument is
_PURE_TEXT = frozenset({"implode", "join", "array_fill", "str_repeat", "strtoupper", "strtolower", "trim",
                        "rtrim", "ltrim", "ucfirst", "lcfirst", "sprintf"})
_NUMBER_FILTERS = frozenset({"FILTER_VALIDATE_INT", "FILTER_VALIDATE_FLOAT", "FILTER_VALIDATE_BOOLEAN",
                             "FILTER_VALIDATE_BOOL", "FILTER_SANITIZE_NUMBER_INT"})
NUMERIC_CASTS = ("(int)", "(integer)", "(float)", "(double)", "(bool)", "(boolean)")
# operators whose result is a number or a boolean whatever their operands (`.` joins text, `??` picks a side)
_NUMERIC_OPERATORS = frozenset({"+", "-", "*", "/", "%", "**", "<<", ">>", "&", "|", "^", "<=>"})
# parts of an upload the server chose: its temporary path, size and error code (`name` and `type` are the client's)
_SERVER_UPLOAD_KEYS = frozenset({"tmp_name", "size", "error"})
# `$_SERVER` entries the web server fills from its own state (the peer's address, its own name and port, the
# script's path, the request's start time): no text of the client's (`HTTP_*`, `REQUEST_URI`, `QUERY_STRING`,
# `PATH_INFO`, `PHP_SELF` and entries not listed here stay sources)
_SERVER_SET_KEYS = frozenset({"REMOTE_ADDR", "REMOTE_PORT", "SERVER_ADDR", "SERVER_PORT",
                              "SERVER_SOFTWARE", "SERVER_PROTOCOL", "SERVER_ADMIN", "DOCUMENT_ROOT",
                              "SCRIPT_FILENAME", "SCRIPT_NAME", "REQUEST_TIME", "REQUEST_TIME_FLOAT",
                              "GATEWAY_INTERFACE", "HTTPS", "REQUEST_SCHEME", "REQUEST_METHOD"})
_PROPERTY = re.compile(rb"\b(?:private|protected|public|var)\s+(?:static\s+)?(?:readonly\s+)?(?:\??[\w\\]+\s+)?\$\w+\s*=")
# functions whose result is digits or hex whatever the argument (no quote, space or path character)
_HEX_OR_NUMBER = frozenset({"md5", "sha1", "hash", "hash_hmac", "bin2hex", "uniqid", "dechex", "number_format",
                            "intdiv", "random_int", "mt_rand", "array_sum", "ord", "long2ip"})
# functions that return a folder of this server (Laravel, WordPress, PHP): text after them is a local path
_LOCAL_FOLDERS = frozenset({"storage_path", "base_path", "public_path", "app_path", "resource_path", "database_path",
                            "config_path", "sys_get_temp_dir", "getcwd", "dirname", "plugin_dir_path",
                            "get_template_directory", "get_stylesheet_directory"})
# Laravel's route definitions: a closure given to one is the action, its returned text the response body
_ROUTE_CALLS = frozenset({"Route.get", "Route.post", "Route.put", "Route.patch", "Route.delete", "Route.any",
                          "Route.match", "Route.options"})
# Laravel validation rules that let only a listed value, one found in a table (`exists:`), a number, a date, an id
# or a plain word through
_RESTRICTING_RULE = re.compile(r"""(?:^|['"|])\s*(?:in:|exists:|integer\b|numeric\b|digits(?:_between)?:|boolean\b|uuid\b|hex_color\b|"""
                               r"""ulid\b|alpha_num\b|alpha_dash\b|alpha\b|date\b|date_format:|ip(?:v4|v6)?\b|"""
                               r"""regex:/\^[^'"|]*\$/)|\bRule::(?:in|enum)\s*\(|\bnew\s+(?:In|Enum)\s*\(""")
# request readers that take a field name: a field validated above is one of its allowed values
_INPUT_READERS = frozenset({"input", "get", "query", "post", "string", "str", "validated", "safe"})
# a fixed name in a folder every local user may write (`'/tmp/report.csv'`, `"/var/tmp/{$id}.lock"`)
_SHARED_TEMP = re.compile(r"""^['"]/(?:tmp|var/tmp|dev/shm)/[^'"/]""")
_TEMP_FILE = frozenset({(SHARED_TEMP_PATH, frozenset())})
# a part no other user can guess: a name with one of these in it is no fixed name
_RANDOM_NAME = re.compile(r"\b(random_bytes|random_int|openssl_random_pseudo_bytes|uniqid|Str::(random|uuid|ulid)|"
                          r"Uuid::\w+|bin2hex\(\s*random)")
_NUMBER_METHODS = frozenset({"lastInsertId", "rowCount", "columnCount", "count"})
# the deployment's configuration (environment, Laravel config, php.ini, WordPress options)
_CONFIGURATION = frozenset({"getenv", "env", "config", "ini_get", "get_option"})
# WordPress table names: `{$wpdb->prefix}orders`, `$wpdb->posts`
_WPDB_TABLES = frozenset({"prefix", "base_prefix", "posts", "postmeta", "users", "usermeta", "options", "comments",
                          "commentmeta", "terms", "termmeta", "term_taxonomy", "term_relationships", "links"})
# tests that pass only for numbers (or letters and digits): below a leaving branch the value is one
_NUMBER_TESTS = frozenset({"is_numeric", "ctype_digit", "is_int", "is_integer", "is_float", "ctype_xdigit",
                           "ctype_alnum", "ctype_alpha", "ctype_lower", "ctype_upper"})
# a snippet's own predicate named for a check (`is_valid_host($h)`, `isSafePath($p)`)
_PREDICATE = re.compile(r"^(is_?|check_?)?(valid|safe|allowed|permitted|trusted|whitelisted|allowlisted)", re.I)


class PhpWalk(Walk):
    FUNCTIONS = frozenset({"function_definition", "method_declaration", "anonymous_function", "arrow_function"})
    CALLS = frozenset({"function_call_expression", "member_call_expression", "scoped_call_expression",
                       "nullsafe_member_call_expression", "object_creation_expression"})
    MEMBERS = frozenset({"member_access_expression", "nullsafe_member_access_expression",
                         "class_constant_access_expression"})
    SUBSCRIPTS = frozenset({"subscript_expression"})
    IDENTIFIERS = frozenset({"variable_name", "name"})
    STRINGS = frozenset({"encapsed_string", "string", "heredoc", "nowdoc"})
    BINARIES = frozenset({"binary_expression"})
    CONCAT_OPERATORS = frozenset({"."})
    AUGMENTED = frozenset({"augmented_assignment_expression"})
    IFS = frozenset({"if_statement", "else_if_clause"})
    NOTS = frozenset({"unary_op_expression"})
    EXITS = frozenset({"throw_expression", "break_statement", "continue_statement", "exit_statement"})
    EXIT_CALLS = ("exit", "die", "abort", "redirect")
    LITERALS = frozenset({"integer", "float", "boolean", "null", "comment"})
    SELF_PREFIXES = ("$this.",)
    URL_PARSERS = frozenset({"parse_url"})
    URL_PARTS = frozenset({"host", "scheme"})
    FORMATTERS = frozenset({"sprintf", "vsprintf"})
    # Results that are data fetched with the argument, not its text: output, file bytes, rows, responses.
    OPAQUE = frozenset({"shell_exec", "exec", "system", "passthru", "proc_open", "popen", "file_get_contents",
                        "file", "fopen", "fread", "fgets", "readfile", "scandir", "glob", "file_exists",
                        "is_file", "is_dir", "filesize", "curl_exec", "curl_init", "mysqli_query",
                        "mysql_query", "pg_query", "pg_query_params", "sqlite_query", "mysqli_fetch_assoc",
                        "mysqli_fetch_array", "mysqli_fetch_row", "mysqli_fetch_all", "pg_fetch_assoc",
                        "pg_fetch_all", "ldap_search", "ldap_list", "ldap_get_entries", "simplexml_load_file",
                        "password_hash", "password_verify", "hash", "md5", "sha1", "crc32", "hash_hmac",
                        "count", "strlen", "file_put_contents", "unlink", "mail"})
    OPAQUE_METHODS = frozenset({"query", "exec", "execute", "fetch", "fetchAll", "fetchColumn", "fetch_assoc",
                                "fetch_all", "fetch_array", "get_result", "first", "find", "findOrFail",
                                "rowCount", "num_rows", "xpath", "evaluate", "load", "loadXML", "send",
                                "request", "getBody", "getContents", "json"})

    def __init__(self, model: TaintModel, code: bytes) -> None:
        super().__init__(model, code)
        self.validators: dict[int, bool] = {}  # function id -> whether it returns a check of its first parameter
        self.const_returns: dict[int, bool] = {}  # function id -> whether every value it returns is a constant
        self.return_checks: list[list[bool]] = []  # per helper being checked: is_const of each `return` met
        self.marking: set[int] = set()  # subscripts being read (their own taint first, then the one-field mark)
        self.segments_of: dict[str, tuple] = {}  # `$parts = explode('/', $name)`: $parts -> the names it splits
        self.restricted_fields: set[str] = set()  # fields a Laravel validation held to a list, a number or a pattern
        self.checked_entries = False  # whether a fixed entry (`$_GET[dir]`) was checked in place
        # array name -> (the scope's names, `entry_epoch`, what its entries hold): see `_entry_written`
        self.entry_unions: dict[str, tuple] = {}
        self.entry_epoch = 0  # counts the changes to entries made elsewhere (a check, a new array)

    def imports(self, root: ts.Node) -> None:
        """Class properties declared with a literal (`private $table = 'users';`) and never assigned are constants."""
        if not _PROPERTY.search(self.code):
            return
        stack = [root]
        while stack:
            node = stack.pop()
            if node.type == "property_element" and len(node.named_children) == 2:
                value = node.named_children[-1]
                name = self.text(node.named_children[0]).lstrip("$")
                if (value.type in ("string", "integer", "float", "boolean") or value.type == "encapsed_string" and not
                        self.string_parts(value)) and not re.search(
                            rb"\$this->" + name.encode() + rb"\s*(\[[^\]]*\]\s*)?(\.|\?\?|\+|-)?=[^=>]", self.code):
                    self.consts.add("$this." + name)
            elif node.type in ("program", "class_declaration", "declaration_list", "namespace_definition",
                               "compound_statement", "property_declaration"):
                stack.extend(node.named_children)

    def call(self, node: ts.Node):
        chosen = self._chosen_code(node)
        if chosen is not None:  # `$fn($x)`, `new $class()`, `$obj->$method()`: the name picks the code that runs
            taint = self.eval(chosen)
            if taint:
                for sink in self.model.callee(CHOSEN_CODE)[0]:
                    self._check_sink(sink, node, CHOSEN_CODE, [chosen], [taint], EMPTY)
        if node.type == "function_call_expression":
            raw, _, args = self.call_parts(node)
            if raw == "array_map" and len(args) > 1 and args[0].type == "string":
                markers = self.model.callee(self.text(args[0]).strip("'\""))[2]
                if markers:  # array_map('escapeshellarg', $files): every element went through the sanitizer
                    return mark(self.eval(args[1]), *markers)
            if raw == "settype" and len(args) == 2 and self.text(args[1]).strip("'\"").lower() in (
                    "int", "integer", "float", "double", "bool", "boolean"):
                key = self.dotted(args[0])  # settype($id, 'integer'): a number from here on
                self.env.pop(key, None)
                self.consts.add(key)
                return EMPTY
            if raw in ("file_get_contents", "fopen") and args and "php://input" in self.text(args[0]):
                return frozenset({("php://input", frozenset())})  # the request body
        restricted = self._laravel_rules(node)
        if restricted:
            self.restricted_fields |= restricted
        taint = super().call(node)
        if taint and node.type == "member_call_expression" and self.model.wants_one_field:
            raw, _, args = self.call_parts(node)
            if raw.rsplit(".", 1)[-1] in _INPUT_READERS and args and args[0].type in ("string", "encapsed_string"):
                taint = mark(taint, ONE_FIELD)  # $request->input('name'): one field, not the request
        if taint and node.type == "member_call_expression" and self.restricted_fields:
            raw, _, args = self.call_parts(node)
            if raw.rsplit(".", 1)[-1] in _INPUT_READERS and args and args[0].type in ("string", "encapsed_string") and \
                    self.text(args[0]).strip("'\"") in self.restricted_fields:
                return mark(taint, VALIDATED)  # $request->input('sort') after validate(['sort' => 'in:name,date'])
        if taint and node.type == "function_call_expression":
            raw, _, args = self.call_parts(node)
            if raw == "preg_replace" and len(args) == 3 and (strips_to_word(self.text(args[0]), self.text(
                    args[1])) or self.text(args[1]).strip() in ("''", '""') and _WORD_OR_DASH.match(self.text(args[0]))):
                return mark(taint, VALIDATED)  # preg_replace('/[^a-z0-9_-]/i', '', $s): word characters (and `-`) only
        if taint:
            raw, _, args = self.call_parts(node)
            last = raw.rsplit(".", 1)[-1]
            if (raw in self.OPAQUE or (node.type != "function_call_expression" and last in self.OPAQUE_METHODS)) and (
                    self.source(raw) is None):
                return EMPTY
        return taint

    @staticmethod
    def _chosen_code(node: ts.Node) -> ts.Node | None:
        """The variable that names the function, class or method a call runs, if one does."""
        if node.type == "function_call_expression":
            function = node.child_by_field_name("function")
            return function if function is not None and function.type == "variable_name" else None
        if node.type == "object_creation_expression":
            named = [c for c in node.named_children if c.type != "arguments"]
            return named[0] if named and named[0].type == "variable_name" else None
        if node.type in ("member_call_expression", "nullsafe_member_call_expression", "scoped_call_expression"):
            name = node.child_by_field_name("name")
            return name if name is not None and name.type == "variable_name" else None
        return None

    def _laravel_rules(self, node: ts.Node) -> set[str]:
        """The fields that `$request->validate([...])`, `$this->validate($request, [...])` or
        `Validator::make($data, [...])` hold to an allow-list (`in:a,b`, `Rule::in([...])`, an enum), a number,
        a date, a UUID, letters and digits or an anchored `regex:`: whatever passed is one of those."""
        if node.type not in ("member_call_expression", "scoped_call_expression"):
            return set()
        raw, _, args = self.call_parts(node)
        last = raw.rsplit(".", 1)[-1]
        if last == "validate" and node.type == "member_call_expression":
            table = args[-1] if args else None
        elif last == "make" and raw.split(".")[0] in ("Validator", "Illuminate\\Support\\Facades\\Validator"):
            table = args[1] if len(args) > 1 else None
        else:
            return set()
        if table is not None and table.type == "argument" and table.named_children:
            table = table.named_children[-1]
        if table is None or table.type != "array_creation_expression":
            return set()
        fields = set()
        for element in table.named_children:
            if element.type != "array_element_initializer" or len(element.named_children) != 2:
                continue
            key, value = element.named_children
            if key.type in ("string", "encapsed_string") and _RESTRICTING_RULE.search(self.text(value)):
                fields.add(self.text(key).strip("'\""))
        return fields

    def _sql_formatting(self, parts: list, node: ts.Node, how: str = "string concatenation"):
        """The string-formatting label; request values pasted into SQL text also carry the SQL marker."""
        return self.sql_inserts(super()._formatting(parts, node, how), parts, node)

    def _string(self, node: ts.Node):
        taint = super()._string(node)
        if taint and node.type == "encapsed_string" and _REMOTE_START.match(self._first_literal(node)):
            taint = mark(taint, REMOTE_URL)  # "https://api.example.com/users/$id": a web address
        if taint and node.type == "encapsed_string" and _RELATIVE_START.match(self._first_literal(node)):
            taint = mark(taint, RELATIVE_URL)  # "users/$id/repos": a path under the client's base URI
        if taint and node.type == "encapsed_string" and self._escaped(taint):
            before = ""
            for child in node.named_children:
                if child.type in ("string_content", "escape_sequence"):
                    before = self.text(child)
                elif self._escaped(self.eval(child)) and not _QUOTED.search(before):
                    return _unescaped(taint)  # "... id = $escaped": the escape only protects a quoted literal
                else:
                    before = ""
        return taint

    def _binary(self, node: ts.Node):
        taint = super()._binary(node)
        if self.model.wants_temp and self.operator(node) == ".":
            taint = self._temp_path(node, taint)
        if taint and self.operator(node) == "." and _REMOTE_START.match(self._first_literal(node)):
            taint = mark(taint, REMOTE_URL)  # 'https://api.example.com/search?q=' . $q: a web address
        if taint and self.operator(node) == "." and _RELATIVE_START.match(self._first_literal(node)):
            taint = mark(taint, RELATIVE_URL)  # 'v1/current?city=' . $city: a path under the client's base URI
        if taint and self.operator(node) == "." and self._fixed_lead(node):
            taint = mark(taint, FIXED_PREFIX)  # __DIR__ . '/files/' . $f, storage_path('x') . '/' . $f: a local path
        if taint and self.operator(node) == ".":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            lead = self._last_literal(left)
            if lead is not None and not _QUOTED.search(lead) and right is not None and self._escaped(self.eval(right)):
                return _unescaped(taint)
        return taint

    def _first_literal(self, node) -> str:
        """The text of the literal a `.` chain or interpolated string starts with ('' when a value leads)."""
        while node is not None and node.type == "binary_expression":
            node = node.child_by_field_name("left")
        if node is not None and node.type == "string":
            return self.text(node)
        if node is not None and node.type == "encapsed_string" and node.named_children and node.named_children[
                0].type == "string_content":
            return '"' + self.text(node.named_children[0])
        return ""

    def _temp_path(self, node: ts.Node, taint):
        """`sys_get_temp_dir() . '/report.csv'` names a fixed file in the shared temp folder; a random part
        (`bin2hex(random_bytes(8))`, `uniqid()`) makes the name one nobody can create first."""
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        lead = left is not None and left.type == "function_call_expression" and self.call_parts(left)[0] == \
            "sys_get_temp_dir" and right is not None and right.type in ("string", "encapsed_string") and \
            self.text(right)[1:2] == "/"
        if not lead and not any(label[0] == SHARED_TEMP_PATH for label in taint):
            return taint  # (most chains: no temp path to judge)
        if _RANDOM_NAME.search(self.text(node)):
            return frozenset(label for label in taint if label[0] != SHARED_TEMP_PATH)
        return taint | _TEMP_FILE if lead else taint

    def _fixed_lead(self, node) -> bool:
        """Whether a `.` chain starts with this server's folder (`__DIR__`, `storage_path(...)`,
        `sys_get_temp_dir()`) or with a named constant followed by a literal `/...` (`BASE_DIR . '/' . $f`,
        `self::API . '/v1/'`): a local path or a fixed `scheme://host`, whatever follows. (A constant followed by
        the value itself may be `https://host` without its slash: `@evil.example` would choose the host.)"""
        parent = None
        while node is not None and node.type == "binary_expression" and self.operator(node) == ".":
            parent, node = node, node.child_by_field_name("left")
        if node is None or parent is None:
            return False
        if node.type == "name" and self.text(node) in ("__DIR__", "__FILE__") or (
                node.type == "function_call_expression" and self.call_parts(node)[0] in _LOCAL_FOLDERS):
            return True
        if node.type == "class_constant_access_expression" or (
                node.type == "name" and self.text(node) == self.text(node).upper()):
            after = parent.child_by_field_name("right")
            return after is not None and after.type in ("string", "encapsed_string") and self.text(after)[1:2] == "/"
        return False

    def _last_literal(self, node) -> str | None:
        while node is not None and node.type == "binary_expression":
            node = node.child_by_field_name("right")
        if node is not None and node.type in ("string", "encapsed_string") and not self.string_parts(node):
            return self.text(node)[1:-1]
        return None

    @staticmethod
    def _escaped(taint) -> bool:
        return any(applied & SQL_ESCAPES for _, applied in taint)

    def _formatting(self, parts: list, node: ts.Node, how: str = "string concatenation"):
        if how == "sprintf":  # sprintf("... %d", $id): a number cannot add SQL syntax
            parts = self._text_verbs(node, parts)
        return self._sql_formatting(parts, node, how)

    def _text_verbs(self, node: ts.Node, parts: list) -> list:
        args = self.call_parts(node)[2] if node.type in self.CALLS else []
        if not args or args[0].type not in ("string", "encapsed_string") or len(args) - 1 != len(parts):
            return parts
        verbs = _VERB.findall(self.text(args[0]).replace("%%", ""))
        if len(verbs) != len(parts) or any(position for position, _ in verbs):
            return parts  # `%1$s`: arguments by position
        return [part for part, (_, verb) in zip(parts, verbs) if verb not in "dufFeEgGxXobc"]

    def validate(self, keys) -> None:
        """A value of no known origin that passed an allow-list or pattern test is as safe as a constant."""
        self.entry_epoch += 1
        for key in keys:  # an entry checked in place (`$_GET[dir]`) starts from its array's taint
            if isinstance(key, tuple):  # (marker, name): `is_string($_POST['code']) ? $_POST['code'] : ''`
                key = key[1]
            if isinstance(key, str) and "[" in key and key not in self.env:
                base = key.split("[", 1)[0]
                source = self.source(base)
                taint = self.env.get(base) or (frozenset({(source, frozenset())}) if source is not None else EMPTY)
                if taint:
                    self.env[key] = taint
                    self.checked_entries = True
        super().validate(keys)
        for key in keys:
            if isinstance(key, str) and not self.env.get(key) and "(" not in key:
                self.consts.add(key)

    def is_const(self, node: ts.Node) -> bool:
        kind = node.type
        if kind == "array_creation_expression":  # ['name', 'email']: a table written in the code
            return all(self._const_element(e) for e in node.named_children)
        if kind == "conditional_expression":  # $asc ? 'ASC' : 'DESC'
            condition = node.child_by_field_name("condition")
            sides = [node.child_by_field_name("body") or condition, node.child_by_field_name("alternative")]
            if condition is not None and node.child_by_field_name("body") is not None and not all(
                    side is not None and self.is_const(side) for side in sides):
                # in_array($col, ['name', 'price'], true) ? $col : 'name': each side with what the test proves
                proved = self.guards(condition)
                return all(side is not None and self._const_with(side, {k for k in keys if isinstance(k, str)})
                           for side, keys in zip(sides, proved))
            return all(side is not None and self.is_const(side) for side in sides)
        if kind == "match_expression":  # match ($sort) { 'name' => 'u.name', default => 'u.id' }
            values = self._match_values(node)
            return bool(values) and all(self.is_const(value) for value in values)
        if kind == "subscript_expression" and len(node.named_children) == 2 and node.named_children[1].type in (
                "string", "encapsed_string") and self.text(node.named_children[1]).strip("'\"") in self.restricted_fields:
            return True  # $data['format'] after validate(['format' => 'in:pdf,png']): one of the listed values
        if kind == "subscript_expression" and node.named_children:  # $columns[$key] on a fixed table
            table = node.named_children[0]
            return table.type in self.IDENTIFIERS and self._fixed(table)
        if kind == "function_call_expression":
            if self._numbers_only(node):
                return True
            name, _, args = self.call_parts(node)
            if name in ("array_intersect", "array_intersect_key") and len(args) >= 2 and any(
                    self.is_const(arg) or arg.type in self.IDENTIFIERS and self._fixed(arg) for arg in args[1:]):
                return True  # array_intersect(array_keys($data), ['name', 'email']): some of the allowed names
            if name == "array_map" and len(args) == 2 and args[0].type == "arrow_function" and self.is_const(args[1]):
                body = args[0].child_by_field_name("body")  # array_map(fn($f) => "$f = :$f", $fields)
                params = {p for p, _ in self.parameters(args[0])}
                return body is not None and self._const_with(body, params)
            if name in _PURE_TEXT or name in ("max", "min"):  # implode(',', array_fill(0, count($ids), '?'))
                return bool(args) and all(self.is_const(arg) for arg in args)
            if name in NUMBER_FUNCTIONS or name in _HEX_OR_NUMBER:  # count($rows), md5($p): digits / hex only
                return True
            if name in _CONFIGURATION:  # getenv('DB_PREFIX'), config('app.table'): the deployment's settings
                return True
            if name in _LOCAL_FOLDERS:  # storage_path('backups/' . date('Ymd') . '.sql'): a folder of this server
                return all(self.is_const(arg) for arg in args)
            if name in DATE_FUNCTIONS:  # date('Y-m-d'): a date in a fixed format
                return bool(args) and self.is_const(args[0])
        if kind == "binary_expression" and self.operator(node) in _NUMERIC_OPERATORS:
            return True  # ($page - 1) * $perPage: a number
        if kind == "member_call_expression" and self.text(node.child_by_field_name("name")) in _NUMBER_METHODS:
            return True  # $pdo->lastInsertId(), $stmt->rowCount()
        if kind == "member_access_expression" and self.text(node.child_by_field_name("name")) in (
                "insert_id", "num_rows", "affected_rows"):
            return True  # $mysqli->insert_id
        if kind == "member_access_expression" and self.dotted(node).startswith("$wpdb.") and self.text(
                node.child_by_field_name("name")) in _WPDB_TABLES:
            return True  # "SELECT * FROM {$wpdb->prefix}orders": the site's own table names
        if node.type == "cast_expression" and self.text(node).replace(" ", "").lower().startswith(NUMERIC_CASTS):
            return True
        if kind in ("function_call_expression", "member_call_expression", "scoped_call_expression"):
            function = self._user_function(self.call_parts(node)[0])
            if function is not None and self._returns_constant(function):
                return True  # tableFor($x) whose every `return` is a fixed table's entry, or declared `: int`
        return super().is_const(node)

    def _const_with(self, node: ts.Node, names: set) -> bool:
        """Whether `node` is a constant once the names in `names` are (an arrow function over constants)."""
        added = names - self.consts
        self.consts |= added
        try:
            return self.is_const(node)
        finally:
            self.consts -= added

    def _returns_constant(self, function: ts.Node) -> bool:
        """A helper of the snippet declared to return a number (`: int`), or whose every `return` gives a
        constant (a literal, a fixed table's entry, a `match` of literals) seen where it is returned."""
        kind = function.child_by_field_name("return_type")
        if kind is not None and self.text(kind).lstrip("?:").strip() in ("int", "float", "bool"):
            return True
        if function.id not in self.const_returns:
            self.const_returns[function.id] = False  # while it is computed (recursion): not known
            self.return_checks.append([])
            try:
                if function.id in self.summaries:  # walked already for its summary: walk it again for its returns
                    saved = (self.summary, self.findings, self.reported, self.walked)
                    self.summary, self.findings, self.reported = Summary(), [], set()
                    self.walked = set(self.walked)
                    try:
                        self._walk_function(self.body(function), {}, False, {
                            name: frozenset({(f"{PARAM}{i}", frozenset())})
                            for i, (name, _) in enumerate(self.parameters(function))})
                    finally:
                        self.summary, self.findings, self.reported, self.walked = saved
                else:
                    self.summary_of(function)
            finally:
                checks = self.return_checks.pop()
            self.const_returns[function.id] = bool(checks) and all(checks)
        return self.const_returns[function.id]

    def statement(self, node: ts.Node) -> None:
        if node.type == "return_statement" and self.return_checks and self.summary is not None:
            value = node.named_children[0] if node.named_children else None
            self.return_checks[-1].append(value is not None and self.is_const(value))
        super().statement(node)

    def _fixed(self, node: ts.Node) -> bool:
        return self.text(node) not in SUPERGLOBALS and super()._fixed(node)  # `$_GET` is no allow-list

    def _match_values(self, node: ts.Node) -> list:
        """The values a `match` expression's arms give (not the conditions that pick them)."""
        body = node.child_by_field_name("body")
        values = []
        for arm in body.named_children if body is not None else ():
            value = arm.child_by_field_name("return_expression")
            if value is not None:
                values.append(value)
        return values

    def _numbers_only(self, node: ts.Node) -> bool:
        """array_map('intval', $ids), filter_input(INPUT_GET, 'id', FILTER_VALIDATE_INT): numbers whatever came in."""
        name, _, args = self.call_parts(node)
        if name == "array_map" and args and args[0].type == "string":
            return bool(self.model.converters.lookup(self.text(args[0]).strip("'\"")))
        if name == "array_map" and args and args[0].type == "arrow_function":  # fn($id) => (int) $id
            body = args[0].child_by_field_name("body")
            return body is not None and (body.type == "cast_expression" and self.text(body).replace(
                " ", "").lower().startswith(NUMERIC_CASTS) or body.type == "function_call_expression" and bool(
                self.model.converters.lookup(self.call_parts(body)[0])))
        if name == "array_filter" and len(args) > 1 and self.text(args[1]).strip("'\"") in _NUMBER_TESTS:
            return True  # array_filter($ids, 'ctype_digit'): only the numbers are kept
        if name in ("filter_input", "filter_var", "filter_input_array") and args:
            return any(self.text(arg) in _NUMBER_FILTERS for arg in args[1:])
        return False

    def _const_element(self, node: ts.Node) -> bool:
        if node.type == "comment":
            return True
        if node.type in ("array_element_initializer", "pair"):
            return all(self._const_element(c) for c in node.named_children)
        return self.is_const(node)

    def guards(self, node: ts.Node):
        if node.type == "function_call_expression":  # preg_match('/[\r\n]/', $v), strpbrk($v, "\r\n")
            name, _, args = self.call_parts(node)
            if name in ("str_contains", "strpos", "stristr", "strstr") and len(args) >= 2 and self.text(
                    args[1]).strip("'\"") == "..":  # str_contains($name, '..'): below a leaving branch, no `..`
                return (), tuple((NO_DOT_DOT, key) for key in self.checked(args[0]))
            if name == "in_array" and len(args) >= 2 and self.text(args[0]).strip("'\"") == ".." and self.text(
                    args[1]) in self.segments_of:  # in_array('..', explode('/', $name), true): no `..` segment
                return (), tuple((NO_DOT_DOT, key) for key in self.segments_of[self.text(args[1])])
            if name == "str_starts_with" and len(args) == 2 and _FIXED_START.match(self.text(args[1])):
                return self.checked(args[0]), ()  # str_starts_with($url, 'https://api.example.com/')
            if len(args) >= 2 and name in ("preg_match", "strpbrk", "str_contains", "strpos"):
                value, chars = (args[1], args[0]) if name == "preg_match" else (args[0], args[1])
                if "\\n" in self.text(chars) or "\\r" in self.text(chars):
                    return (), tuple((NO_LINE_BREAKS, key) for key in self.checked(value))
            if args and _PREDICATE.match(name):
                return self.checked(args[0]), ()  # is_valid_host($host) guarding a leaving branch
            if args and self._validates_first(name):
                return self.checked(args[0]), ()  # a snippet function that returns a check of its parameter
            if args and (name in _NUMBER_TESTS or name == "filter_var" and any(
                    self.text(arg) in _NUMBER_FILTERS for arg in args[1:])):
                return self.checked(args[0]), ()  # if (!ctype_digit($id)) exit;: below, $id holds digits only
            if name in ("is_string", "is_scalar") and args:  # if (!is_string($user)) exit;: no array of operators
                return tuple((TEXT_ONLY, key) for key in self.checked(args[0])), ()
            if name == "isset" and len(args) == 1 and args[0].type == "subscript_expression" and len(
                    args[0].named_children) == 2 and self._fixed(args[0].named_children[0]):
                return self.checked(args[0].named_children[1]), ()  # isset($ALLOWED[$col]): one of its keys
        if node.type == "binary_expression" and self.operator(node) in ("===", "==", "!==", "!="):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            found = left if right is not None and self.text(right).lower() == "false" else None
            if found is not None and found.type == "function_call_expression":
                name, _, args = self.call_parts(found)  # strpos($name, '..') !== false: leaves when it holds one
                if name in ("strpos", "stripos", "strstr") and len(args) >= 2 and self.text(args[1]).strip("'\"") == "..":
                    marks = tuple((NO_DOT_DOT, key) for key in self.checked(args[0]))
                    return ((), marks) if self.operator(node) in ("!==", "!=") else (marks, ())
            call = left if right is not None and self.text(right) == "0" else (
                right if left is not None and self.text(left) == "0" else None)
            if call is not None and call.type == "function_call_expression":
                name, _, args = self.call_parts(call)
                if name == "strpos" and len(args) == 2 and _FIXED_START.match(self.text(args[1])):
                    keys = self.checked(args[0])  # strpos($u, 'https://example.com/') === 0: a fixed start
                    return (keys, ()) if self.operator(node) in ("===", "==") else ((), keys)
        when_true, when_false = super().guards(node)
        if node.type == "binary_expression" and self.operator(node) in ("&&", "and"):
            local = self._local_path(node)
            if local:  # str_starts_with($u, '/') && !str_starts_with($u, '//'): a path on this site
                when_true = when_true + local
        if node.type == "binary_expression" and self.operator(node) in ("||", "or"):
            operands, chain = [], [node]  # `!is_string($u) || !str_starts_with($u, '/') || ...`: every term
            while chain:
                current = chain.pop()
                if current.type == "binary_expression" and self.operator(current) in ("||", "or"):
                    chain.extend(c for c in (current.child_by_field_name("left"), current.child_by_field_name("right"))
                                 if c is not None)
                else:
                    operands.append(current)
            negated = [c for c in operands if c.type == "unary_op_expression"]
            local = self._local_path(node) if len(negated) >= 1 else ()
            if local:  # !str_starts_with($u, '/') || str_starts_with($u, '//'): leaves unless a local path
                when_false = when_false + local
        return when_true, when_false

    def _validates_first(self, name: str) -> bool:
        """Whether the snippet's function `name` is `return <check of its first parameter>;`
        (`function allowedRedirect($u) { return str_starts_with($u, '/') && !str_starts_with($u, '//'); }`)."""
        function = self.functions.get(name)
        if function is None or function.type != "function_definition":
            return False
        known = self.validators.get(function.id)
        if known is None:
            self.validators[function.id] = False  # (a recursive call proves nothing)
            params = [param for param, _ in self.parameters(function)]
            body = self.body(function)
            statements = [c for c in body.named_children if c.type != "comment"] if body is not None else []
            returned = statements[-1].named_children[0] if statements and statements[-1].type == "return_statement" and (
                statements[-1].named_children) else None
            known = bool(params) and returned is not None and params[0] in self.guards(returned)[0]
            self.validators[function.id] = known
        return known

    def assign(self, target, taint, value) -> None:
        before = self.eval(target.named_children[0]) if target is not None and (  # (a superglobal: its source)
            target.type == "subscript_expression" and target.named_children and target.named_children[
                0].type in self.IDENTIFIERS) else EMPTY
        grown = None  # `$where[] = 'status = ?'` on a list of constants: still a list of constants
        if target is not None and target.type == "subscript_expression" and target.named_children and target.named_children[
                0].type in self.IDENTIFIERS and value is not None:
            name = self.dotted(target.named_children[0])
            index = target.named_children[1] if len(target.named_children) > 1 else None
            if name in self.consts and self.is_const(value) and (index is None or self.is_const(index)):
                grown = name
        super().assign(target, taint, value)
        if grown is not None:
            self.consts.add(grown)
        if target is not None and target.type in self.IDENTIFIERS:  # $data = ...: its checked entries are gone
            prefix = self.text(target) + "["
            self.entry_epoch += 1
            for key in [k for k in self.env if k.startswith(prefix)]:
                del self.env[key]
            if taint and value is not None and value.type in ("function_call_expression", "array_creation_expression"):
                self._known_keys(self.text(target), value, taint)
        elif target is not None and target.type == "subscript_expression":
            entry = self._entry(target)
            if entry is not None:
                self._entry_written(target.named_children[0], entry, taint, before)
        if target is not None and target.type in self.IDENTIFIERS:
            self.segments_of.pop(self.text(target), None)
        if value is not None and value.type == "function_call_expression" and target is not None:
            name, _, args = self.call_parts(value)
            if name in ("explode", "preg_split") and len(args) >= 2 and target.type in self.IDENTIFIERS:
                self.segments_of[self.text(target)] = self.checked(_unwrap_text(args[1], self))
            if name == "parse_url" and len(args) > 1 and self.text(args[1]) != "PHP_URL_HOST":
                self.parsed.pop(self.dotted(target), None)  # a path or query part says nothing of the host

    def _known_keys(self, name: str, value: ts.Node, taint) -> None:
        """`$a = shortcode_atts(['name' => '', 'role' => ''], $atts)`: the result has the defaults' keys and no
        other, each possibly the caller's; `$f = ['title' => $_POST['title'], ...]`: each key holds its value.
        Overwriting all of them (`$a['name'] = esc_html($a['name'])`) leaves nothing of the caller's text."""
        literal = value.type == "array_creation_expression"  # ['title' => $_POST['title'], ...]: each its own
        if not literal:
            call, _, args = self.call_parts(value)
            if call != "shortcode_atts" or not args:
                return
            value = args[0].named_children[-1] if args[0].type == "argument" and args[0].named_children else args[0]
            if value.type != "array_creation_expression":
                return
        entries = {}
        for element in value.named_children:
            if element.type != "array_element_initializer" or len(element.named_children) != 2 or \
                    element.named_children[0].type != "string":
                return
            key = self.text(element.named_children[0]).strip("'\"")
            entries[f"{name}[{key}]"] = self.eval(element.named_children[1]) if literal else taint
        self.entry_epoch += 1
        self.env[name + "[*]"] = EMPTY
        self.env.update(entries)
        self.checked_entries = True

    def _entry_written(self, array: ts.Node, entry: str, taint, before) -> None:
        """`$a['name'] = esc_html($a['name'])`: the entry holds what was written last, and the array what its
        entries hold over what it held before the first of them was written (kept as `$a[*]`).

        The union of the entries is kept as it grows (`entry_unions`): a new entry in the same scope, with no
        entry checked, dropped or rewritten since, adds its taint; anything else reads the entries again."""
        env, name = self.env, self.text(array)
        base = name + "[*]"
        if base not in env:
            env[base] = before
        fresh = entry not in env
        env[entry] = taint
        self.checked_entries = True
        known = self.entry_unions.get(name)
        if fresh and known is not None and known[0] is env and known[1] == self.entry_epoch:
            total = known[2] | taint
        else:
            total = EMPTY
            prefix = name + "["
            for key, value in env.items():
                if key.startswith(prefix) and key != base:
                    total = total | value
        self.entry_unions[name] = (env, self.entry_epoch, total)
        env[name] = env[base] | total

    def checked(self, node):
        """`$host = parse_url($u, PHP_URL_HOST)` / `$parts['host']`: a test of the host is a test of `$u`."""
        if node is not None and node.type == "binary_expression" and self.operator(node) == "??":
            return self.checked(node.child_by_field_name("left"))  # `$parts['host'] ?? ''`
        if node is not None and node.type in self.IDENTIFIERS and self.text(node) in self.parsed:
            return (self.text(node), self.parsed[self.text(node)])
        if node is not None and node.type == "subscript_expression" and node.named_children:
            obj = node.named_children[0]
            origin = self.parsed.get(self.text(obj))
            index = node.named_children[-1] if len(node.named_children) > 1 else None
            if origin and index is not None and self.text(index).strip("'\"") == "host":
                return (origin,)
            entry = self._entry(node)
            if entry is not None:  # in_array($_GET['dir'], ['ASC', 'DESC'], true): that entry, checked in place
                return (entry,)
        return super().checked(node)

    def _entry(self, node: ts.Node) -> str | None:
        """`$_GET[dir]` for `$_GET['dir']`, `$data[sort]` for `$data["sort"]`: one fixed entry of a named array."""
        if len(node.named_children) != 2 or node.named_children[0].type not in self.IDENTIFIERS:
            return None
        index = node.named_children[1]
        if index.type not in ("string", "integer") and not (index.type == "encapsed_string" and not self.string_parts(
                index)):
            return None
        return f"{self.text(node.named_children[0])}[{self.text(index).strip(chr(39) + chr(34))}]"

    def _anchored(self, node) -> bool:
        """A PCRE literal `'/^[a-z]+$/i'`: anchored at both ends inside its delimiters, not in multiline mode."""
        if node is not None and node.type in ("string", "encapsed_string") and not self.string_parts(node):
            text = self.text(node)[1:-1]
            if len(text) > 2 and not text[0].isalnum() and text[0] != "\\":
                close = {"(": ")", "{": "}", "[": "]", "<": ">"}.get(text[0], text[0])
                end = text.rfind(close)
                body, flags = text[1:end], text[end + 1:]
                return (end > 0 and "m" not in flags and body.startswith(("^", "\\A"))
                        and (body.endswith("$") and not body.endswith("\\$") or body.endswith(("\\z", "\\Z"))))
        return super()._anchored(node)

    def _local_path(self, node: ts.Node) -> tuple:
        """Names that a condition tests to start with one `/` and not `//` (or a backslash)."""
        text = self.text(node)
        if not ("'//'" in text or '"//"' in text or "\\" in text):
            return ()
        keys = []
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type in ("function_call_expression", "scoped_call_expression"):
                name, _, args = self.call_parts(current)
                if name in ("str_starts_with", "strpos", "Str.startsWith") and len(args) > 1 and self.text(
                        args[1]) in ("'/'", '"/"'):
                    keys.extend(self.checked(args[0]))
                continue
            stack.extend(current.named_children)
        return tuple(keys)

    def call_parts(self, node: ts.Node):
        args = self.arguments(node.child_by_field_name("arguments"))
        kind = node.type
        if kind == "function_call_expression":
            return self.dotted(node.child_by_field_name("function")), None, args
        if kind == "object_creation_expression":
            named = [c for c in node.named_children if c.type in ("name", "qualified_name")]
            return (self.text(named[0]) if named else "?"), None, self.arguments(
                next((c for c in node.named_children if c.type == "arguments"), None))
        if kind == "scoped_call_expression":
            scope = node.child_by_field_name("scope")
            return f"{self.text(scope)}.{self.text(node.child_by_field_name('name'))}", None, args
        obj = node.child_by_field_name("object")
        return f"{self.dotted(obj)}.{self.text(node.child_by_field_name('name'))}", obj, args

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        out = []
        for arg in args.named_children if args is not None else ():
            if arg.type == "argument" and arg.named_children:
                out.append(arg if arg.child_by_field_name("name") is not None else arg.named_children[-1])
            elif arg.type != "comment":
                out.append(arg)
        return out

    def keyword(self, node: ts.Node):
        name = node.child_by_field_name("name") if node.type == "argument" else None
        return (self.text(name), node.named_children[-1]) if name is not None else None

    def member(self, node: ts.Node):
        if node.type == "class_constant_access_expression":
            parts = node.named_children
            return (parts[0] if parts else None), (self.text(parts[-1]) if parts else "")
        return node.child_by_field_name("object"), self.text(node.child_by_field_name("name"))

    def string_parts(self, node: ts.Node) -> list[ts.Node]:
        if node.type not in ("encapsed_string", "heredoc"):
            return []
        parts = []
        stack = list(node.named_children)
        while stack:
            child = stack.pop()
            if child.type in ("string_content", "escape_sequence", "string_value", "heredoc_start", "heredoc_end",
                              "heredoc_body"):
                if child.type == "heredoc_body":
                    stack.extend(child.named_children)
                continue
            parts.append(child)
        return parts

    def if_parts(self, node: ts.Node):
        alternatives = []
        for alt in node.children_by_field_name("alternative"):
            if alt.type == "else_clause":
                body = alt.child_by_field_name("body")
                if body is not None:
                    alternatives.append(body)
            else:
                alternatives.append(alt)
        return node.child_by_field_name("condition"), node.child_by_field_name("body"), alternatives

    def parameters(self, function: ts.Node):
        params = function.child_by_field_name("parameters")
        out = []
        for param in params.named_children if params is not None else ():
            name = param.child_by_field_name("name")
            if name is not None:
                out.append((self.text(name), param))
        return out

    def is_route(self, function: ts.Node, params) -> bool:
        """A controller action: a method of a `...Controller` class, or one that takes the request object; and a
        WordPress shortcode handler (`add_shortcode('tag', 'handler')`) or a Laravel route closure
        (`Route::get('/x', function (...) {...})`), whose returned text is put in the page."""
        if b"add_shortcode" in self.code and self._shortcode_handler(function):
            return True
        if function.type in ("anonymous_function", "arrow_function") and b"Route::" in self.code:
            call = function.parent.parent.parent if function.parent is not None and function.parent.parent else None
            return call is not None and call.type == "scoped_call_expression" and self.call_parts(call)[0] in _ROUTE_CALLS
        if function.type != "method_declaration" or any(
                c.type == "visibility_modifier" and self.text(c) != "public" for c in function.children):
            return False  # a private or protected helper is no action
        if any(_REQUEST_TYPE.search(self.text(param)) for _, param in params):
            return True
        parent = function.parent
        while parent is not None and parent.type != "class_declaration":
            parent = parent.parent
        if parent is None:
            return False
        base = next((c for c in parent.named_children if c.type == "base_clause"), None)
        return base is not None and self.text(base).rstrip().endswith("Controller")

    def _shortcode_handler(self, function: ts.Node) -> bool:
        """`add_shortcode('badge', 'render_badge')`, `add_shortcode('x', [$this, 'render'])`, or a closure passed
        to `add_shortcode` directly."""
        if function.type in ("anonymous_function", "arrow_function"):
            call = function.parent.parent.parent if function.parent is not None and function.parent.parent else None
            return call is not None and call.type == "function_call_expression" and self.call_parts(call)[
                0] == "add_shortcode"
        name = function.child_by_field_name("name")
        if name is None:
            return False
        quoted = rb"""['"]""" + re.escape(name.text) + rb"""['"]"""
        return re.search(rb"""add_shortcode\s*\(\s*['"][^'"]*['"]\s*,\s*(?:""" + quoted +
                         rb"""|(?:\[|array\s*\()\s*(?:\$this|__CLASS__|self::class|static::class)\s*,\s*""" + quoted + rb")",
                         self.code) is not None

    def _walk_function(self, body, outer, route, params) -> None:
        """A Laravel validation and an `explode` of a name hold in the function that made them (and the closures
        inside it), never in a sibling method walked after it."""
        saved = (self.restricted_fields, self.segments_of)
        if body is not None and body.parent is not None and body.parent.type not in ("anonymous_function",
                                                                                     "arrow_function"):
            self.restricted_fields, self.segments_of = set(), {}
        else:  # a closure sees what the function around it validated, and adds nothing to it
            self.restricted_fields, self.segments_of = set(self.restricted_fields), dict(self.segments_of)
        try:
            super()._walk_function(body, outer, route, params)
        finally:
            self.restricted_fields, self.segments_of = saved

    def _function(self, node: ts.Node) -> None:
        """Parameters declared `int`/`float`/`bool` hold numbers whatever the caller passes: constants for SQL text."""
        numbers = {name for name, param in self.parameters(node)
                   if (kind := param.child_by_field_name("type")) is not None
                   and self.text(kind).lstrip("?") in ("int", "float", "bool")} - self.consts
        self.consts |= numbers
        try:
            super()._function(node)
        finally:
            self.consts -= numbers

    def route_parameter(self, name: str, param: ts.Node) -> bool:
        """`show($id)`, `show(string $slug)`: the route's text; a typed object (`Request`, a model) or a number is not."""
        kind = param.child_by_field_name("type")
        return kind is None or self.text(kind).lstrip("?") in ("string", "mixed")

    def function_name(self, node: ts.Node) -> str | None:
        name = node.child_by_field_name("name")
        return self.text(name) if name is not None else None

    def _user_function(self, raw: str):
        head, _, last = raw.rpartition(".")
        if head in ("$this", "self", "static") or not head:
            return self.functions.get(last)
        return None

    def statement_extra(self, node: ts.Node) -> bool:
        if node.type in CONSTRUCTS:
            self._construct(node)
            return True
        if node.type == "expression_statement" and _after_short_echo(node):
            args = [c for c in node.named_children if c.type != "comment"]  # `<?= $x ?>` echoes $x
            taints = [self.eval(a) for a in args]
            for sink in self.model.callee("echo")[0]:
                self._check_sink(sink, node, "echo", args, taints, EMPTY)
            return True
        return False

    def _construct(self, node: ts.Node):
        name = CONSTRUCTS[node.type]
        args = [c for c in node.named_children if c.type != "comment"]
        if node.type == "shell_command_expression":
            parts = [c for c in node.named_children if c.type not in ("string_content", "escape_sequence")]
            args, taints = [node], [self._backticks(node) | self._formatting(parts, node, "interpolation")]
        else:
            taints = [self.eval(a) for a in args]
        for sink in self.model.callee(name)[0]:
            self._check_sink(sink, node, name, args, taints, EMPTY)
        total = EMPTY
        for t in taints:
            total = total | t
        return total

    def _backticks(self, node: ts.Node):
        total = EMPTY
        for part in node.named_children:
            if part.type not in ("string_content", "escape_sequence"):
                total = total | self.eval(part)
        return total

    def eval(self, node):
        if node is None:
            return EMPTY
        kind = node.type
        if kind == "subscript_expression" and self.model.wants_one_field and node.id not in self.marking:
            self.marking.add(node.id)
            try:
                taint = self.eval(node)
            finally:
                self.marking.discard(node.id)
            # $_POST['name'], $data['bio']: one field of the request
            return mark(taint, ONE_FIELD) if taint and len(node.named_children) == 2 else taint
        if kind in CONSTRUCTS:
            return self._construct(node)
        if kind == "cast_expression" and self.text(node).replace(" ", "").lower().startswith(NUMERIC_CASTS):
            for child in node.named_children:
                self.eval(child)  # sinks inside still count
            return EMPTY
        if kind == "cast_expression" and self.text(node).replace(" ", "").lower().startswith("(string)"):
            taint = EMPTY
            for child in node.named_children:
                taint = taint | self.eval(child)
            return mark(taint, TEXT_ONLY)  # (string) $_POST['user']: text, never an array of `$ne` operators
        if kind == "argument":
            return self.eval(node.named_children[-1]) if node.named_children else EMPTY
        if kind in ("string", "encapsed_string") and self.model.wants_temp and self.code[
                node.start_byte + 1:node.start_byte + 2] == b"/" and _SHARED_TEMP.match(self.text(node)):
            return super().eval(node) | (EMPTY if _RANDOM_NAME.search(self.text(node)) else _TEMP_FILE)
        if kind == "subscript_expression" and len(node.named_children) == 2 and self.text(
                node.named_children[1]).strip("'\"") in _SERVER_UPLOAD_KEYS:
            taint = self.eval(node.named_children[0])
            if taint and all(source == "$_FILES" for source, _ in taint):
                return EMPTY  # $_FILES['f']['tmp_name']: a path PHP chose for the upload, not the client's text
            return taint
        if kind == "subscript_expression" and len(node.named_children) == 2 and self.text(
                node.named_children[0]) == "$_SERVER" and self.text(node.named_children[1]).strip(
                "'\"") in _SERVER_SET_KEYS:
            return EMPTY  # $_SERVER['REMOTE_ADDR']: the server's own record of the request, not the client's text
        if kind == "subscript_expression" and self.restricted_fields and len(node.named_children) == 2 and \
                node.named_children[1].type in ("string", "encapsed_string") and self.text(
                node.named_children[1]).strip("'\"") in self.restricted_fields:
            taint = super().eval(node)
            return mark(taint, VALIDATED) if taint else taint  # $data['format'] held to 'in:pdf,png' by validate()
        if kind == "subscript_expression" and self.checked_entries:
            entry = self._entry(node)
            if entry is not None and entry in self.env:
                return self.env[entry]  # an entry checked in place: what the check made of it
        if kind == "conditional_expression" and node.child_by_field_name("body") is not None:
            # `in_array($s, ALLOWED, true) ? $s : 'id'`: the test is a boolean; each side is read with what it proves
            return self.choice(node.child_by_field_name("condition"), node.child_by_field_name("body"),
                               node.child_by_field_name("alternative"))
        if kind == "subscript_expression" and len(node.named_children) == 2 and node.named_children[
                0].type in self.IDENTIFIERS and self._fixed(node.named_children[0]):
            self.eval(node.named_children[1])  # sinks inside still count
            return EMPTY  # $columns[$sort] on a table written in the code: one of its values, whatever the key
        if kind == "binary_expression" and self.operator(node) in _NUMERIC_OPERATORS:
            for child in node.named_children:
                self.eval(child)  # sinks inside still count
            return EMPTY  # `$offset = ($page - 1) * $limit`: a number
        if kind == "match_expression":  # the subject picks an arm; only the arms' values flow out
            self.eval(node.child_by_field_name("condition"))
            taint = EMPTY
            for value in self._match_values(node):
                taint = taint | self.eval(value)
            return taint
        if kind == "function_call_expression" and self._numbers_only(node):
            for arg in self.call_parts(node)[2]:
                self.eval(arg)  # sinks inside still count
            return EMPTY
        return super().eval(node)

    def loop_binding(self, node: ts.Node):
        if node.type == "foreach_statement":
            parts = [c for c in node.named_children if c.type not in ("compound_statement", "colon_block")]
            if len(parts) >= 2:
                target = parts[-1]
                if target.type == "pair" and target.named_children:
                    target = target.named_children[-1]
                return target, parts[0]
        return None

    def block_kinds(self) -> frozenset:
        return _PHP_BLOCKS


_PHP_BLOCKS = frozenset({"program", "compound_statement", "expression_statement", "class_declaration",
                         "declaration_list", "try_statement", "catch_clause", "finally_clause", "switch_statement",
                         "switch_block", "case_statement", "default_statement", "while_statement", "do_statement",
                         "for_statement", "namespace_definition", "colon_block", "else_clause", "trait_declaration",
                         "text_interpolation"})


def _unwrap_text(node: ts.Node, walk: PhpWalk) -> ts.Node:
    """`str_replace('\\', '/', $name)`, `trim($name, '/')`: the name whose text the call rewrites."""
    while node is not None and node.type == "argument" and node.named_children:
        node = node.named_children[-1]
    if node is not None and node.type == "function_call_expression":
        name, _, args = walk.call_parts(node)
        subject = {"str_replace": 2, "strtr": 0, "trim": 0, "ltrim": 0, "rtrim": 0, "strtolower": 0}.get(name)
        if subject is not None and len(args) > subject:
            return _unwrap_text(args[subject], walk)
    return node


def _after_short_echo(node: ts.Node) -> bool:
    """Whether the statement follows a `<?=` tag (at the start, or closing the HTML before it)."""
    before = node.prev_sibling
    if before is not None and before.type == "text_interpolation" and before.named_children:
        before = before.named_children[-1]
    return before is not None and before.type == "php_tag" and before.text == b"<?="


def _unescaped(taint):
    return frozenset((source, applied - SQL_ESCAPES) for source, applied in taint)


class PhpModel(TaintModel):
    def __init__(self, rules: list[Rule], walker) -> None:
        super().__init__(rules, walker)
        # only a rule that tells one field from the whole request pays for marking every subscript
        self.wants_one_field = any(ONE_FIELD in (rule.spec.get("sanitizers") or []) for rule in rules)
        self.chosen_code = bool(self.callee(CHOSEN_CODE)[0])

    def analyze(self, tree: ts.Tree, code: bytes):
        # `<?= $x ?>` echoes without the word `echo` that the sink gate looks for; `$fn(...)`/`new $class` have
        # no sink word; a returned body needs a function that is a route (a controller, a request parameter, a
        # Laravel route closure or a shortcode handler), which these words announce
        if b"<?=" in code or (self.chosen_code and _CHOSEN_CALL.search(code)) or self.trigger_words.search(code) or (
                self.route_sinks and _ROUTE_HINT.search(code)):
            return iter(self.walker(self, code).run(tree.root_node))
        return iter(())


def model(rules: list[Rule]) -> TaintModel:
    return PhpModel(rules, PhpWalk)
