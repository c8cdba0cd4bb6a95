"""The Ruby adapter: tree-sitter-ruby node kinds; `unless` and statement modifiers, backticks, blocks.

Rails, Sinatra, Rack and Roda request data (`params`, `request.params`, `cookies`, `env`) are sources by name
in `rules/ruby/taint.yaml`; `@x` set in one method is seen by the methods after it (instance variables).
Sinatra route blocks and Rack response triples are routes whose body is what they return; `x = c ? a : b`
branches see what `c` checks; `params[:k]` checked in place stays checked; `["... ?", v]` bind arrays keep
their values out of the SQL text; `h[k] = v` is the method `h.[]=` (and `h.[k]=`) and `o.attr = v` the setter
`o.attr(v)`, sinks like any call.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import (
    CLEAN, EMPTY, FIXED_PREFIX, HTML, SHARED_TEMP_PATH, SQL, SQL_TEXT, TaintModel, mark,
)
from curator.engines.dataflow.walk import Walk
from curator.engines.dataflow.walk_checked_names import CheckedNames
from curator.ruleset import Rule

# Methods whose result is a number or a boolean, whatever text they were called on.
SCALAR_METHODS = frozenset({"to_i", "to_f", "to_r", "to_c", "size", "length", "count", "nil?", "empty?",
                            "present?", "blank?", "zero?", "positive?", "to_sym", "abs", "round", "floor",
                            "ceil", "include?", "start_with?", "end_with?", "match?", "any?", "exist?",
                            "exists?", "file?", "directory?", "integer?"})
# `find_by_sql(["... = ?", name])`, `where(["a = :a", {a: x}])`: SQL text with placeholders first, values after.
_BIND_TEXT = re.compile(r"""^["'][^"']*(?:\?|:[A-Za-z_]\w*|\$\d)""")
# A prefix that keeps a path or URL on this site: `/` but not `//`, or `https://host/`.
_LOCAL_PREFIX = re.compile(r"""^["'](?:/(?!/)|https?://[^/"'#]+/)""")
_CONST_PRESERVING = frozenset({"join", "to_s", "upcase", "downcase", "strip", "freeze", "first", "last", "min", "max",
                               "sum", "clamp", "abs", "round", "uniq", "sort", "compact"})
_SCHEMA_LISTS = frozenset({"column_names", "attribute_names"})  # `Item.column_names`: the model's own columns
# stored records a request only picks (`find_or_create_by`/`find_or_initialize_by` are not: what they build holds
# the filter's values)
_RECORD_FINDERS = frozenset({"find", "find_by", "find_by!", "find_sole_by", "authenticate", "authenticate_by"})
# `User.where(email: e).first`: one record of a query on a model
_RECORD_PICKS = frozenset({"first", "first!", "take", "take!", "last", "last!", "sole"})
_RECORD_QUERIES = frozenset({"where", "order", "limit", "includes", "joins", "not"})
_PROCESS_NUMBERS = frozenset({"Process.pid", "Process.ppid"})
_SCHEMA_NAMES = frozenset({"table_name", "quoted_table_name", "primary_key", "quoted_primary_key"})
# The application's own origin: `request.host`, `request.base_url`, `root_url` (a prefix or host test against it).
_OWN_SITE = re.compile(r"^(request\.(host|host_with_port|base_url|domain|origin)|root_url|"
                       r"\"#\{request\.base_url\}/\")$")
# Process calls that take an argument vector as an array (`IO.popen(["ls", dir])`): no shell parses it.
ARGV_METHODS = frozenset({"popen", "popen2", "popen2e", "popen3", "capture2", "capture2e", "capture3", "spawn",
                          "system", "exec", "pipeline", "pipeline_r", "pipeline_w"})
# `get "/hello/:name" do |name| ... end`: a Sinatra (or Roda/Padrino-style) route block.
ROUTE_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "link", "unlink"})
# Roda's routing tree (`route do |r| r.get "x" do ... end end`): blocks whose value is the response body
RODA_ROUTES = ROUTE_METHODS | {"is", "root"}
_APP_PATHS = frozenset({"Rails.root", "Rails.env", "Rails.public_path", "Dir.pwd", "Dir.tmpdir", "__dir__",
                        "__FILE__", "Dir.home"})
_RANDOM_TEXT = re.compile(r"^SecureRandom\.(hex|uuid|alphanumeric|urlsafe_base64|base58|random_number)\b[^.]*$")
_TEMP_FILE = re.compile(r"^(::)?(Tempfile\.(new|create|open)|Dir\.mktmpdir)\b")
_INLINE_TEMPLATES = frozenset({"erb", "ERB.new"})
_ERB_OUTPUT = re.compile(r"<%==?\s*(@\w+)\s*-?%>")
# Rack env entries the server or a framework fills (the peer's address, the server's own port and name, an
# exception Sinatra/Rails caught, the session store, the logger): `HTTP_*`, `QUERY_STRING`, `PATH_INFO`,
# `REQUEST_URI`, `rack.input` and entries not listed stay the client's text
_RACK_SERVER_KEY = re.compile(r"^(REMOTE_ADDR|REMOTE_PORT|SERVER_PORT|SERVER_PROTOCOL|SERVER_SOFTWARE|SCRIPT_NAME|"
                              r"GATEWAY_INTERFACE|REQUEST_METHOD|rack\.(session|errors|logger|version|url_scheme|"
                              r"multithread|multiprocess|run_once|exception)|sinatra\.(error|route|commonlogger)|"
                              r"action_dispatch\.(exception|remote_ip)|warden|puma\.\w+)$")
# a fixed name in a folder every local user may write, and parts that make a name unpredictable
_SHARED_TEMP = re.compile(r"""^["']/(?:tmp|var/tmp|dev/shm)/[^"'/]""")
_SHARED_TEMP_DIR = re.compile(r"""^["']/(?:tmp|var/tmp|dev/shm)/?["']$""")
_RANDOM_NAME = re.compile(r"\b(SecureRandom|rand\b|Random\b|Dir::Tmpname|Tempfile)")
# `rand(100)`, `Random.rand(1..999)`, `rand 50`: a draw from a small literal range (an attacker can plant every name)
_RAND_CALL = re.compile(r"(?:\bRandom(?:\.new(?:\([^()]*\))?)?\.|\bKernel\.|(?<![\w.]))rand"
                        r"(?:\s*\(\s*([\d_]+(?:\s*\.\.\.?\s*[\d_]+)?)\s*\)|[ \t]+([\d_]+(?:\.\.\.?[\d_]+)?)\b)")
_FEW_NAMES = 1_000_000
# queries whose result is stored rows (a document, a record, a cursor), not the text of their filter
# (`find_or_create_by`/`find_or_initialize_by` are not: the record they build holds the filter's values)
_ROW_QUERIES = frozenset({"find", "find_by", "find_by!", "where", "find_one_and_update", "find_one_and_delete",
                          "find_one_and_replace", "aggregate"})
NO_DOT_DOT = "@no-dot-dot"  # tested to hold no `..` (path rules take it as clean)
ONE_FIELD = "@one-field"  # one value of a request, not a hash of a model's attributes (mass-assignment rules)
# keys that name one value, not a nested hash of attributes
_SCALAR_KEY = re.compile(r"(?i)^(id|q|query|url|uri|link|target|callback|next|return_to|path|file|filename|name|email|token|"
                         r"page|per_page|sort|order|format|host|domain|ip|code|text|body|message|content|title|password|"
                         r"passphrase|pin|otp|phone|comment|note|label|slug|description|search|term|keyword|signature|bio|"
                         r"age|city|country|status|state|role|first_name|last_name|username|login|amount|price|quantity|"
                         r"\w+_(id|url|uri|path|token|name|password|at|on|count))$")
# Sinatra's handlers of errors raised by a route: what their block returns is the error response's body
_ERROR_HANDLERS = frozenset({"error", "not_found"})
# conversions that keep a string's text (a URI parsed from `value.to_s` is parsed from `value`)
_TEXT_AS_IS = frozenset({"to_s", "to_str", "strip", "presence"})
_CLASS_NAME = re.compile(rb"(?m)^\s*(?:class|module)\s+(?:\w+::)*([A-Z]\w*)")
_LOGGER_NEW = re.compile(r"^(::)?(\w+::)*Logger\.new\b")
CRLF_STRIPPED = "@crlf-stripped"  # CR/LF removed (`gsub(/[\r\n]/, "")`, `delete("\r\n")`, `tr("\r\n", "")`)
_CRLF_PATTERN = re.compile(r"\\[rnRvs]|\[:(space|cntrl):\]|\\p\{(Cntrl|Cc|C)\}|\\x0?[aAdD]\b|\\x00|\\u000[aAdD]")
# `gsub(/[^\w.\-]/, "")`: one negated class that lets no line break through (no `\s`, `\W`, `\D`, `[:space:]`, blank)
_KEEP_ONLY = re.compile(r"^/\[\^((?:\\.|[^\]\\])+)\][+*]?/[a-z]*$")
_LETS_LINE_BREAKS = re.compile(r"\\[A-Zsnrvtfeux0-7cp]|\[:|\s")
SHELL_SAFE = "@shell-safe"  # only characters the shell reads as plain word text are left (command rules take it)
# the parts of a kept class that the shell reads as plain text: ranges of letters/digits, \w, \d, `_ . - + @ : , =`
_WORD_RANGES = re.compile(r"a-z|A-Z|0-9|\\w|\\d")
_INERT_SINGLES = re.compile(r"\\?[_.\-+@:,=]")


def _keeps_shell_inert(pattern: str) -> bool:
    r"""`/[^\w.-]/`: a negated class whose kept characters hold no shell syntax, no space and no slash."""
    found = _KEEP_ONLY.match(pattern.strip())
    if found is None:
        return False
    rest = _WORD_RANGES.sub("", found.group(1))
    if re.search(r"(?<=[^\\])-(?=.)", rest):
        return False  # `+-@`: a range of other characters (it spans `/`, `;`, `<`)
    return _INERT_SINGLES.sub("", rest) == ""


class RubyWalk(CheckedNames, Walk):
    FUNCTIONS = frozenset({"method", "singleton_method", "lambda", "block", "do_block"})
    CALLS = frozenset({"call"})
    MEMBERS = frozenset({"scope_resolution"})
    SUBSCRIPTS = frozenset({"element_reference"})
    IDENTIFIERS = frozenset({"identifier", "constant", "instance_variable", "global_variable", "class_variable",
                             "self"})
    STRINGS = frozenset({"string", "heredoc_body", "string_array"})
    INTERPOLATIONS = frozenset({"interpolation"})
    BINARIES = frozenset({"binary"})
    ASSIGNMENTS = frozenset({"assignment"})
    AUGMENTED = frozenset({"operator_assignment"})
    IFS = frozenset({"if", "unless", "elsif", "if_modifier", "unless_modifier"})
    RETURNS = frozenset({"return"})
    EXITS = frozenset({"break", "next", "redo", "retry"})
    EXIT_CALLS = ("raise", "fail", "exit", "abort", "halt", "head", "render", "redirect_to", "error!")
    NOTS = frozenset({"unary"})
    LITERALS = frozenset({"integer", "float", "true", "false", "nil", "comment", "simple_symbol",
                          "hash_key_symbol", "regex", "rational", "complex", "character"})
    SELF_PREFIXES = ("@", "self.")
    IMPLICIT_RETURN = True
    URL_PARSERS = frozenset({"URI", "URI.parse", "Addressable.URI.parse"})
    MUTATORS = frozenset({"push", "<<", "concat", "append", "insert", "unshift", "store", "merge!"})
    MEMBERSHIP_METHODS = Walk.MEMBERSHIP_METHODS | {"has_key?", "value?", "cover?"}
    FORMATTERS = frozenset({"format", "sprintf", "Kernel.format", "Kernel.sprintf"})
    CONCAT_OPERATORS = frozenset({"+", "%", "<<"})

    def __init__(self, model: TaintModel, code: bytes) -> None:
        super().__init__(model, code)
        self.one_field_seen: set[int] = set()  # element reads being evaluated (their own taint first)
        self.temp_seen: set[int] = set()  # shared-temp paths being evaluated (their own taint first)
        self.host_of: dict[str, tuple[str, ...]] = {}  # `host = URI.parse(url).host` -> ("url",)
        self.constant_helpers: dict[int, bool] = {}  # method id -> every value it returns is a constant
        self.constant_parameters: dict[tuple, bool] = {}  # (method id, parameter) -> every call passes a constant
        self.constant_ivars: dict[tuple, bool] = {}  # (class id, @name) -> every write stores a constant
        self.classes: set[bytes] = set()  # names of the snippet's classes and modules
        self.anchored_constants: set[str] = set()  # constants bound to a regex anchored at both ends
        self.argv_arrays: set[str] = set()  # names bound to an array literal that starts with a program name
        self.temp_files: set[str] = set()  # names bound to a Tempfile: its `path` is the system's choice

    def assign(self, target, taint, value) -> None:
        if taint and target is not None and target.type == "call" and self.text(
                target.child_by_field_name("method")) in ("query", "fragment", "path"):
            taint = mark(taint, FIXED_PREFIX)  # uri.query = ...: the part after the host, the host stays the URI's
        if value is not None and value.type == "rescue_modifier" and value.child_by_field_name("body") is not None:
            value = value.child_by_field_name("body")  # `uri = URI.parse(u) rescue nil`: nil or the parsed URL
        super().assign(target, taint, value)
        if target is not None and target.type in self.IDENTIFIERS:
            key = self.text(target)
            self.argv_arrays.discard(key)
            self.temp_files.discard(key)
            if value is not None and self._argv_array(value):
                self.argv_arrays.add(key)  # cmd = ["pandoc", "-o", out, src]: later `system(*cmd)`
            elif value is not None and value.type == "call" and _TEMP_FILE.match(self.text(value)):
                if self.text(value).startswith(("Dir.mktmpdir", "::Dir.mktmpdir")):
                    self.consts.add(key)  # dir = Dir.mktmpdir: a folder name the system chose
                else:
                    self.temp_files.add(key)

    def _argv_array(self, node: ts.Node) -> bool:
        """`["convert", src, dst]`, `%W[ffmpeg -i #{input}]`: an argument vector led by a fixed program name."""
        if node.type not in ("array", "string_array"):
            return False
        children = [c for c in node.named_children if c.type != "comment"]
        if len(children) < 2:
            return False
        first = children[0]
        return first.type == "bare_string" and not first.named_children or (
            first.type == "string" and not self.string_parts(first))

    def _user_function(self, raw: str):
        """Also `Tester.ping(x)`, `Auth.new.login(x)`, `helpers.banner(x)`: a method of the snippet's own class."""
        found = super()._user_function(raw)
        if found is None and raw and "." in raw:
            head, _, last = raw.rpartition(".")
            owner = head.removesuffix(".new").rsplit(".", 1)[-1]
            if owner == "helpers" or owner.encode() in self.classes:
                return self.functions.get(last)
        return found

    def imports(self, root: ts.Node) -> None:
        """`LOG = Logger.new($stdout)`, `@log = ActiveSupport::Logger.new(...)`: the name is a logger.

        `@logger`/`$logger` (often handed in by the caller) are loggers whatever made them."""
        self.classes = set(_CLASS_NAME.findall(self.code)) if b"class " in self.code or b"module " in self.code \
            else set()
        for name in ("@logger", "$logger", "@log"):
            self.aliases.setdefault(name, "logger")
        if b"Logger.new" not in self.code and b"= /" not in self.code and b"= %r" not in self.code:
            return
        stack = [root]
        while stack:
            node = stack.pop()
            if node.type == "assignment":
                left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
                if left is not None and right is not None and left.type in self.IDENTIFIERS and right.type == "call" \
                        and _LOGGER_NEW.match(self.text(right)):
                    self.aliases[self.text(left)] = "logger"
                elif left is not None and right is not None and left.type == "constant" and right.type == "regex" \
                        and self._anchored(right):
                    self.anchored_constants.add(self.text(left))  # HOST = /\A[a-z.-]+\z/
                continue
            stack.extend(node.named_children)

    def call_parts(self, node: ts.Node):
        receiver = node.child_by_field_name("receiver")
        method = self.text(node.child_by_field_name("method"))
        args = self.arguments(node.child_by_field_name("arguments"))
        if receiver is None:
            return method, None, args
        return f"{self.dotted(receiver)}.{method}", receiver, args

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        return [a for a in args.named_children if a.type != "comment"] if args is not None else []

    def keyword(self, node: ts.Node):
        if node.type == "pair":
            key = node.child_by_field_name("key")
            value = node.child_by_field_name("value")
            if key is not None and value is not None:
                return self.text(key).rstrip(":").lstrip(":"), value
        return None

    def member(self, node: ts.Node):
        return node.child_by_field_name("scope"), self.text(node.child_by_field_name("name"))

    def subscript_object(self, node: ts.Node):
        return node.child_by_field_name("object")

    def if_parts(self, node: ts.Node):
        if node.type in ("if_modifier", "unless_modifier"):
            return node.child_by_field_name("condition"), node.child_by_field_name("body"), []
        alternatives = []
        for alt in node.children_by_field_name("alternative"):
            alternatives.append(alt)
        return node.child_by_field_name("condition"), node.child_by_field_name("consequence"), alternatives

    def negated_if(self, node: ts.Node) -> bool:
        return node.type in ("unless", "unless_modifier")

    def parameters(self, function: ts.Node):
        params = function.child_by_field_name("parameters")
        out = []
        for param in params.named_children if params is not None else ():
            name = param if param.type == "identifier" else param.child_by_field_name("name")
            if name is not None and name.type == "identifier":
                out.append((self.text(name), param))
        return out

    def function_name(self, node: ts.Node) -> str | None:
        if node.type not in ("method", "singleton_method"):
            return None
        name = node.child_by_field_name("name")
        return self.text(name) if name is not None else None

    def body(self, function: ts.Node):
        return function.child_by_field_name("body")

    @staticmethod
    def _heredoc_body(node: ts.Node) -> ts.Node | None:
        """The body of the heredoc `<<~HTML` opens: tree-sitter puts the bodies after the statement that holds
        their openers, in the same order."""
        statement = node
        while statement.parent is not None and statement.parent.type not in _RUBY_BLOCKS:
            statement = statement.parent
        index, stack = 0, [statement]
        while stack:  # the openers before this one in the statement, in source order
            current = stack.pop()
            if current.type == "heredoc_beginning" and current.start_byte < node.start_byte:
                index += 1
            stack.extend(current.children)
        sibling = statement.next_sibling
        while sibling is not None and sibling.type == "heredoc_body":
            if index == 0:
                return sibling
            index -= 1
            sibling = sibling.next_sibling
        return None

    def _one_field(self, node: ts.Node) -> bool:
        """`params[:email]`, `data["title"]`, `params[:user][:name]`: one value. (`params[:user]` is a nested hash
        of a model's attributes in Rails; a key named for a single value is read as one.)"""
        children = [c for c in node.named_children if c.type != "comment"]
        if len(children) != 2 or children[1].type not in ("simple_symbol", "string"):
            return False
        return children[0].type == "element_reference" or _SCALAR_KEY.match(self.text(children[1]).strip(":'\"")) is not None

    def _element(self, node: ts.Node):
        """The taint of an element read, as the rest of `eval` gives it."""
        self.one_field_seen.add(node.id)
        try:
            return self.eval(node)
        finally:
            self.one_field_seen.discard(node.id)

    def _server_set_entry(self, node: ts.Node) -> bool:
        """`env['REMOTE_ADDR']`, `request.env["sinatra.error"]`: a Rack env entry the server or a framework set."""
        obj = node.child_by_field_name("object")
        if obj is None or self.text(obj) not in ("env", "request.env") or len(node.named_children) != 2:
            return False
        key = node.named_children[1]
        return key.type in ("string", "simple_symbol") and _RACK_SERVER_KEY.match(self.text(key).strip("'\":")) is not None

    def _shared_temp(self, node: ts.Node) -> bool:
        """`"/tmp/#{name}.sql"`, `File.join(Dir.tmpdir, "cache.json")`, `"#{Dir.tmpdir}/x"`: a name anyone can
        predict in a folder every local user may write (a `SecureRandom`/`Tempfile` part, or `rand` over more than a
        small literal range, makes it unpredictable)."""
        if node.type == "string":
            head = self.code[node.start_byte + 1:node.start_byte + 13]
            if not head.startswith((b"/tmp/", b"/var/tmp/", b"/dev/shm/", b"#{Dir.tmpdir")):
                return False
            text = self.text(node)
            return not _unpredictable(text) and (_SHARED_TEMP.match(text) is not None or text.startswith(
                ('"#{Dir.tmpdir}/', '"#{Dir.tmpdir()}/')))
        method = node.child_by_field_name("method")
        if method is None or method.text != b"join" or self.text(
                node.child_by_field_name("receiver")) not in ("File", "::File"):
            return False
        args = self.arguments(node.child_by_field_name("arguments"))
        return len(args) >= 2 and (self.text(args[0]) in ("Dir.tmpdir", "Dir.tmpdir()") or _SHARED_TEMP_DIR.match(
            self.text(args[0])) is not None) and not _unpredictable(self.text(node))

    def eval(self, node):
        if node is None:
            return EMPTY
        kind = node.type
        if kind in ("string", "call") and self.model.wants_temp and node.id not in self.temp_seen and \
                self._shared_temp(node):
            self.temp_seen.add(node.id)
            try:
                return self.eval(node) | frozenset({(SHARED_TEMP_PATH, frozenset())})
            finally:
                self.temp_seen.discard(node.id)
        if kind == "instance_variable" and self.text(node) not in self.env and self.text(node) in self.fields:
            return self.fields[self.text(node)]  # a view after its controller reads the action's `@q`
        if kind == "heredoc_beginning":  # `body = <<~HTML`: its text follows the statement
            heredoc = self._heredoc_body(node)
            return self.eval(heredoc) if heredoc is not None else EMPTY
        if kind == "subshell":  # `cat #{name}`: a shell command the rules call `backticks`
            parts = self.string_parts(node)
            taint = EMPTY
            for part in parts:
                taint = taint | self.eval(part)
            taint = taint | self._formatting(parts, node, "interpolation")
            for sink in self.model.callee("backticks")[0]:
                self._check_sink(sink, node, "backticks", [node], [taint], EMPTY)
            return taint
        if kind == "call":
            method = node.child_by_field_name("method")
            if method is not None and (self.text(method) in SCALAR_METHODS or self._from_number(node)):
                receiver = node.child_by_field_name("receiver")
                self.eval(receiver)
                self.eval(node.child_by_field_name("arguments"))
                return EMPTY  # `params[:id].to_i`, `params[:n].to_i.clamp(1, 50).to_s`: a number
            if method is None:
                return self.eval(node.child_by_field_name("receiver"))
            if node.child_by_field_name("arguments") is None and node.child_by_field_name("block") is None and \
                    node.child_by_field_name("receiver") is not None:
                known = self.env.get(self.text(node))  # `entry.name` checked in place (`next if entry.name.include?("..")`)
                if known is not None:
                    return known
            if self.text(method) in _ROW_QUERIES and node.child_by_field_name("receiver") is not None and not self.eval(
                    node.child_by_field_name("receiver")):
                self.call(node)  # sinks in the filter still count
                return EMPTY  # `DB[:guests].find(pin: x).first`, `User.find_by(email: e)`: stored rows, not the filter
        if kind in ("if_modifier", "unless_modifier", "if", "unless"):
            self._if(node)
            return EMPTY
        if kind == "conditional":
            return self._conditional(node)
        if kind == "case":
            return self._case(node)
        if kind == "regex":
            return self._regex(node)
        if kind == "assignment":
            left = node.child_by_field_name("left")
            taint = super().eval(node)
            if left is not None and left.type == "identifier":
                self._remember_host(self.text(left), node.child_by_field_name("right"))
            if left is not None and left.type == "element_reference" and taint:
                self._element_store(node, left, taint)
            elif left is not None and left.type == "element_reference" and self._compared(node.child_by_field_name("right")):
                # `session[:admin] = params[:admin] == "true"`: the request decides the flag
                self._element_store(node, left, self._compared(node.child_by_field_name("right")), decisions_only=True)
            elif left is not None and left.type == "call" and taint:
                self._attribute_store(node, left, taint)
            return taint
        if kind == "element_reference" and self._dataset_text(node):
            # Sequel: `DB["SELECT ... #{x}"]` runs its string as SQL, as `DB.fetch(...)` does
            index = node.named_children[1]
            taint = self.eval(index)
            raw = f"{self.dotted(node.child_by_field_name('object'))}.fetch"
            for sink in self.model.callee(self.resolve(raw))[0]:
                self._check_sink(sink, node, raw, [index], [taint], EMPTY)
            return EMPTY
        if kind == "element_reference" and self.model.wants_one_field and node.id not in self.one_field_seen and \
                self._one_field(node):
            taint = self._element(node)
            return mark(taint, ONE_FIELD) if taint else taint  # params[:email]: one value, not a model's attributes
        if kind == "element_reference" and self._server_set_entry(node):
            return EMPTY  # env['REMOTE_ADDR'], env['sinatra.error']: the server's own record, not the client's text
        if kind == "element_reference":
            known = self.env.get(self.text(node))  # `params[:sort]` checked in place
            if known is not None:
                self.eval(node.child_by_field_name("object"))
                return known
            if self._fixed_table(node.child_by_field_name("object")):
                for child in node.named_children[1:]:
                    self.eval(child)
                return EMPTY  # `ORDERS[params[:o]]`: a value of a fixed table (or nil)
        if kind == "array" and self._bind_array(node):
            children = [c for c in node.named_children if c.type != "comment"]
            for child in children[1:]:
                self.eval(child)  # bound values: their sinks still count, their taint stays out of the text
            return self.eval(children[0])
        if kind == "array" and self._rack_response(node):
            return EMPTY
        if kind == "call" and self._mapped_to_number(node):
            self.eval(node.child_by_field_name("receiver"))
            return EMPTY  # `ids.map(&:to_i)`: numbers
        if kind == "call" and self.text(node.child_by_field_name("method")) == "id" and (
                receiver := node.child_by_field_name("receiver")) is not None and receiver.type in (
                "identifier", "instance_variable") and self.text(receiver) not in ("params", "request"):
            self.eval(receiver)
            return EMPTY  # `user.id`, `@order.id`: the key the database gave the record, a number
        if kind == "call" and self._record_lookup(node):
            super().eval(node)  # its own sinks (`find_by("name = '#{q}'")`) still count
            return EMPTY
        if kind == "call" and self._chosen_from_list(node):
            self.eval(node.child_by_field_name("receiver"))
            return EMPTY  # `params[:c].presence_in(%w[name price])`: a value of a fixed list
        if kind == "call" and self._fixed_lookup(node):
            if self.model.callee(self.resolve(self.call_parts(node)[0]))[0]:
                self.call(node)  # Sequel's `DB.fetch("SELECT ... #{x}")`: SQL text, its rows come back
            else:
                self.eval(node.child_by_field_name("arguments"))
            return EMPTY  # `ROUTES.fetch(params[:page])`: a value of a fixed table
        return super().eval(node)

    def _dataset_text(self, node: ts.Node) -> bool:
        """`DB["SELECT ..."]`: a constant or name indexed by one string (a Sequel dataset from SQL text)."""
        obj = node.child_by_field_name("object")
        children = [c for c in node.named_children if c.type != "comment"]
        if obj is None or obj.type not in ("constant", "identifier") or len(children) != 2:
            return False
        return children[1].type == "string" and bool(self.model.callee(self.resolve(f"{self.text(obj)}.fetch"))[0])

    def _from_number(self, node: ts.Node) -> bool:
        """A call on a value a number method returned (`x.to_i.to_s`): whatever the chain started from."""
        receiver = node.child_by_field_name("receiver")
        while receiver is not None and receiver.type == "call":
            method = receiver.child_by_field_name("method")
            if method is not None and self.text(method) in ("to_i", "to_f", "to_r", "size", "length", "count"):
                return True
            receiver = receiver.child_by_field_name("receiver")
        return False

    def _conditional(self, node: ts.Node):
        """`ALLOWED.include?(x) ? x : "id"`: each branch sees what the condition says about x."""
        return self.choice(node.child_by_field_name("condition"), node.child_by_field_name("consequence"),
                           node.child_by_field_name("alternative"))

    def _case(self, node: ts.Node):
        """`case params[:sort] when "name", "date" then ... end`: the value of the branch that ran.

        In a `when` whose patterns are all literals the subject is one of them (an allow-list); the case's
        value is its branches' last values, not the subject's.
        """
        subject = node.child_by_field_name("value")
        self.eval(subject)
        keys = self.checked(subject) if subject is not None else ()
        before = self.snapshot()
        states, taint, has_else = [], EMPTY, False
        for clause in node.named_children:
            if clause.type not in ("when", "else"):
                continue
            self.restore(before)
            body = clause.child_by_field_name("body") if clause.type == "when" else clause
            if clause.type == "when":
                patterns = clause.children_by_field_name("pattern")
                if patterns and all(p.named_children and all(self._literal(c) for c in p.named_children)
                                    for p in patterns):
                    self.validate(keys)
            else:
                has_else = True
            taint = taint | self._branch_value(body)
            if not self.exits(body):
                states.append(self.snapshot())
        if not has_else:
            states.append(before)
        if states:
            self.merge(states)
        else:
            self.restore(before)
        return taint

    def statement_extra(self, node: ts.Node) -> bool:
        if node.type == "case":
            self._case(node)
            return True
        return False

    def _branch_value(self, body: ts.Node | None):
        """Walk a branch's statements; its last expression is its value."""
        if body is None:
            return EMPTY
        children = [c for c in body.named_children if c.type != "comment"]
        for child in children[:-1]:
            self.statement(child)
        if not children:
            return EMPTY
        last = children[-1]
        if last.type in self.RETURNS or last.type in self.IFS:
            self.statement(last)
            return EMPTY
        return self.eval(last)

    def _string(self, node: ts.Node):
        taint = super()._string(node)
        # Request data pasted into SQL text: a driver call (`client.query`) counts it, a prepared statement's
        # `execute(value)` does not.
        if taint and SQL_TEXT.search(self.code, node.start_byte, node.end_byte):
            taint = mark(taint, SQL)
        return taint

    def _binary(self, node: ts.Node):
        if self.operator(node) in ("||", "or", "&&", "and"):  # `params[:next] || root_path` is one of its operands
            return self.eval(node.child_by_field_name("left")) | self.eval(node.child_by_field_name("right"))
        taint = super()._binary(node)
        if taint and SQL_TEXT.search(self.code, node.start_byte, node.end_byte):
            taint = mark(taint, SQL)
        return taint

    def _regex(self, node: ts.Node):
        """`/#{params[:q]}/`: a pattern built at run time, checked like `Regexp.new(text)`."""
        parts = self.string_parts(node)
        if not parts:
            return EMPTY
        taint = EMPTY
        for part in parts:
            taint = taint | self.eval(part)
        if taint:
            for sink in self.model.callee("Regexp.new")[0]:
                self._check_sink(sink, node, "Regexp.new", [node], [taint], EMPTY)
        return EMPTY  # a compiled pattern, no text

    def _check_sink(self, sink, node, raw, args, arg_taints, receiver) -> None:
        if sink.kwarg:  # `send_data html, type: "text/html"`: a sink only with that keyword's value
            given = {kw[0]: self.text(kw[1]) for arg in args if (kw := self.keyword(arg)) is not None}
            if any(given.get(key) != wanted for key, wanted in sink.kwarg.items()):
                return
        if len(args) > 1 and args[0].type == "hash" and raw.rsplit(".", 1)[-1] in ARGV_METHODS:
            # system({"NAME" => v}, "echo $NAME"): an environment for the process, the command after it
            args, arg_taints = args[1:], arg_taints[1:]
        if args and args[0].type == "splat_argument" and raw.rsplit(".", 1)[-1] in ARGV_METHODS:
            inner = args[0].named_children[0] if args[0].named_children else None
            if inner is not None and (self._argv_array(inner) or self.text(inner) in self.argv_arrays):
                arg_taints = [EMPTY, *arg_taints[1:]]  # system(*cmd): one argument per element, no shell
        if args and args[0].type == "array" and raw.rsplit(".", 1)[-1] in ARGV_METHODS:
            first = next((c for c in args[0].named_children if c.type != "comment"), None)
            if first is not None and first.type == "string" and not self.string_parts(first):
                # `IO.popen(["git", "log", ref])`: an argument vector, no shell parses it
                arg_taints = [EMPTY, *arg_taints[1:]]
        if args and raw in _INLINE_TEMPLATES and args[0].type == "string" and sink.html:
            # Sinatra `erb "<p><%= @name %></p>"`, `ERB.new(text).result(binding)`: ERB prints `<%= @x %>`
            # unescaped; the instance variables the route set are what the template shows
            shown = EMPTY
            for name in _ERB_OUTPUT.findall(self.text(args[0])):
                shown = shown | self.env.get(name, EMPTY)
            if shown:
                arg_taints = [arg_taints[0] | mark(shown, HTML), *arg_taints[1:]]
        super()._check_sink(sink, node, raw, args, arg_taints, receiver)

    def _element_store(self, node: ts.Node, left: ts.Node, taint, decisions_only: bool = False) -> None:
        """`response.headers["X"] = v`, `session[:k] = v`: the method `[]=`, a sink like any call. With
        `decisions_only`, only the sinks of trust decisions (CWE-501) count: a boolean carries no text."""
        obj = left.child_by_field_name("object")
        if obj is None:
            return
        raw = f"{self.dotted(obj)}.[]="
        index = [c for c in left.named_children if c != obj][:1]
        key = self.text(index[0]).strip(":\"'") if index else ""
        sinks = list(self.model.callee(self.resolve(raw))[0])
        if key.isidentifier():  # `session[:role] = v`: a store into one named key (`session.[role]=`)
            sinks += self.model.callee(self.resolve(f"{self.dotted(obj)}.[{key}]="))[0]
        if decisions_only:
            sinks = [sink for sink in sinks if sink.rule.rule.cwe == "CWE-501"]
        if sinks:
            args = index + [node.child_by_field_name("right")]
            self_taints = [EMPTY] * len(index) + [taint]
            for sink in sinks:
                self._check_sink(sink, node, raw.replace(".[]=", "[]="), args, self_taints, EMPTY)

    def _compared(self, node: ts.Node | None):
        """The taint of the operands of a comparison (`params[:admin] == "true"`), else nothing."""
        if node is None or node.type != "binary" or self.operator(node) not in ("==", "!=", "==="):
            return EMPTY
        return self.eval(node.child_by_field_name("left")) | self.eval(node.child_by_field_name("right"))

    def _attribute_store(self, node: ts.Node, left: ts.Node, taint) -> None:
        """`response.content_type = v`: the setter `response.content_type(v)`, a sink like any call."""
        raw = self.dotted(left)
        sinks = self.model.callee(self.resolve(raw))[0]
        for sink in sinks:
            self._check_sink(sink, node, raw, [node.child_by_field_name("right")], [taint], EMPTY)

    def _rack_response(self, node: ts.Node) -> bool:
        """`[200, {"Content-Type" => "text/html"}, [body]]`: a Rack response; its body is what a route returns."""
        children = [c for c in node.named_children if c.type != "comment"]
        if len(children) != 3 or children[0].type != "integer" or children[2].type != "array":
            return False
        self.eval(children[1])
        taint = self.eval(children[2])
        if taint and not re.search(r"(?i)json|text/plain", self.text(children[1])):
            for trule in self.model.route_sinks:
                self._report(trule, children[2], taint, trule.return_html, False, "a Rack response body")
        return True

    def _mapped_to_number(self, node: ts.Node) -> bool:
        method = node.child_by_field_name("method")
        if method is None or self.text(method) not in ("map", "collect", "map!", "filter_map"):
            return False
        args = self.arguments(node.child_by_field_name("arguments"))
        return len(args) == 1 and args[0].type == "block_argument" and re.fullmatch(
            r"&(:to_[if]|method\(:(Integer|Float)\))", self.text(args[0])) is not None

    def _bind_array(self, node: ts.Node) -> bool:
        children = [c for c in node.named_children if c.type != "comment"]
        return (len(children) > 1 and children[0].type == "string"
                and _BIND_TEXT.match(self.text(children[0])) is not None)

    def _fixed_lookup(self, node: ts.Node) -> bool:
        method = node.child_by_field_name("method")
        receiver = node.child_by_field_name("receiver")
        return (method is not None and receiver is not None and self.text(method) in ("fetch", "dig", "key")
                and self._fixed(receiver))

    def _fixed(self, node: ts.Node) -> bool:
        if node.type == "call" and self.text(node.child_by_field_name("method")) in _SCHEMA_LISTS:
            return True  # `Item.column_names.include?(col)`: the model's own columns
        return super()._fixed(node)

    def _chosen_from_list(self, node: ts.Node) -> bool:
        """`params[:c].presence_in(%w[name price])`: one of the list's values, or nil."""
        if self.text(node.child_by_field_name("method")) != "presence_in":
            return False
        args = self.arguments(node.child_by_field_name("arguments"))
        return len(args) == 1 and self._fixed(args[0])

    def _record_lookup(self, node: ts.Node) -> bool:
        """`User.find_by(email: params[:email])`: a stored record the request only picked, not request data."""
        receiver = node.child_by_field_name("receiver")
        method = self.text(node.child_by_field_name("method"))
        if method in _RECORD_PICKS:  # User.where(email: e).first: walk down the query to the model
            while receiver is not None and receiver.type == "call" and self.text(
                    receiver.child_by_field_name("method")) in _RECORD_QUERIES:
                receiver = receiver.child_by_field_name("receiver")
            return receiver is not None and receiver.type in ("constant", "scope_resolution")
        if receiver is not None and self._association(receiver) and method in _RECORD_FINDERS:
            return True  # `current_user.reports.find(params[:id])`: a record of the user's own, looked up by id
        return (receiver is not None and receiver.type in ("constant", "scope_resolution")
                and (method in _RECORD_FINDERS or method.startswith("find_by_") and method != "find_by_sql"))

    def _association(self, node: ts.Node) -> bool:
        """`current_user.reports`, `@project.tasks`, `Current.user.documents`: a record's has-many association."""
        if node.type != "call" or node.child_by_field_name("arguments") is not None or node.child_by_field_name(
                "block") is not None:
            return False
        name = self.text(node.child_by_field_name("method"))
        owner = node.child_by_field_name("receiver")
        if not name.endswith("s") or not name.islower() or owner is None:
            return False
        text = self.text(owner)
        return (owner.type == "instance_variable" or text.startswith("current_") or text.startswith("Current.")) \
            and not any(word in text for word in ("params", "request", "cookies", "session"))

    def _from_literal(self, node: ts.Node) -> bool:
        """`7.days.ago.to_date.iso8601`: a chain started on a number literal with constant arguments."""
        while node.type == "call":
            if not all(self.is_const(a) for a in self.arguments(node.child_by_field_name("arguments"))):
                return False
            node = node.child_by_field_name("receiver")
            if node is None:
                return False
        return node.type in ("integer", "float")

    def _fixed_table(self, node: ts.Node | None) -> bool:
        """A table the code wrote (`SORTS = {...}.freeze`, a literal): not `ENV`, whose values the host sets."""
        return node is not None and self.text(node) not in ("ENV", "ARGV") and self._fixed(node)

    def is_const(self, node: ts.Node) -> bool:
        if node.type == "identifier" and self._constant_parameter(node):
            return True  # a method's parameter that every call of the snippet fills with constants
        if node.type == "instance_variable" and self._constant_ivar(self.text(node), node):
            return True  # `@label` set only from constants (or from such a parameter of `initialize`)
        if node.type == "case":  # every branch ends in a constant
            bodies = [c.child_by_field_name("body") if c.type == "when" else c
                      for c in node.named_children if c.type in ("when", "else")]
            lasts = [[c for c in b.named_children if c.type != "comment"][-1:] if b is not None else [] for b in bodies]
            # a branch that leaves (`else return head(:bad_request)`) gives no value
            return bool(bodies) and all(last and (self.is_const(last[0]) or self.exits(body))
                                        for last, body in zip(lasts, bodies))
        if node.type == "conditional":
            return all(self.is_const(c) for c in (node.child_by_field_name("consequence"),
                                                  node.child_by_field_name("alternative")) if c is not None)
        if node.type == "element_reference":  # `ORDERS[params[:o]]`: one of the table's values
            return self._fixed_table(node.child_by_field_name("object"))
        if node.type in ("identifier", "call") and self._constant_helper(node):
            return True  # `#{sort_column}`: a method of the snippet that returns constants only
        if self.text(node) in _APP_PATHS:
            return True  # `Rails.root`, `Dir.tmpdir`: the application's own folders
        if node.type == "call" and _RANDOM_TEXT.match(self.text(node)):
            return True  # `SecureRandom.hex(8)`: letters and digits the server drew
        if node.type == "call" and self.text(node.child_by_field_name("method")) == "id":
            owner = node.child_by_field_name("receiver")  # `current_user.id`, `@order.id`: a record's numeric key
            if owner is not None and owner.type in ("identifier", "instance_variable") and self.text(owner) != "params":
                return True
        if node.type == "call":
            method = node.child_by_field_name("method")
            name = self.text(method)
            if name == "path" and self.text(node.child_by_field_name("receiver")) in self.temp_files:
                return True  # `file.path` of a Tempfile: a name the system chose
            if name in SCALAR_METHODS or self._mapped_to_number(node):
                return True  # `params[:id].to_i`, `ids.map(&:to_i)`: numbers
            if self._chosen_from_list(node) or self._from_literal(node) or self.text(node) in _PROCESS_NUMBERS:
                return True
            arguments = self.arguments(node.child_by_field_name("arguments"))
            if name == "strftime" and all(self.is_const(a) for a in arguments):
                return True  # `Time.now.strftime("%Y%m%d")`: digits and the format's own text
            if self._fixed_lookup(node) and self.text(node.child_by_field_name("receiver")) not in ("ENV", "ARGV"):
                # `SORTS.fetch(params[:s], "name")`: one of the table's values, or a constant default
                return all(self.is_const(a) for a in self.arguments(node.child_by_field_name("arguments"))[1:])
            receiver = node.child_by_field_name("receiver")
            if receiver is not None and name in _CONST_PRESERVING and self.is_const(receiver) \
                    and all(self.is_const(a) for a in self.arguments(node.child_by_field_name("arguments"))):
                return True  # `ids.join(",")` of numbers, `[limit.to_i, 100].min`
            if name in _SCHEMA_NAMES and (receiver is None or self.text(receiver) in ("self", "self.class", "klass")):
                return True  # `#{table_name}`: the model's own schema, not a caller's value
        if node.type in ("identifier",) and self.text(node) in _SCHEMA_NAMES and not self.env.get(self.text(node)):
            return True
        if node.type == "array":
            return all(self.is_const(c) for c in node.named_children)
        if node.type == "parenthesized_statements":
            return all(self.is_const(c) for c in node.named_children)
        return super().is_const(node)

    def _root(self, node: ts.Node) -> ts.Node:
        while node.parent is not None:
            node = node.parent
        return node

    def _nodes(self, root: ts.Node, kinds: tuple):
        stack = [root]
        while stack:
            current = stack.pop()
            if current.type in kinds:
                yield current
            stack.extend(current.named_children)

    def _enclosing(self, node: ts.Node, kinds: tuple) -> ts.Node | None:
        current = node.parent
        while current is not None and current.type not in kinds:
            current = current.parent
        return current

    def _constant_parameter(self, node: ts.Node) -> bool:
        """`label` in `def dump(label)` when every call of the snippet passes a constant there (a literal,
        `Time.now.strftime(...)`, `SecureRandom.hex`): for `initialize`, every `Owner.new(...)`."""
        method = self._enclosing(node, ("method", "singleton_method", "block", "do_block", "lambda"))
        if method is None or method.type not in ("method", "singleton_method"):
            return False
        name = self.text(node)
        names = [n for n, _ in self.parameters(method)]
        if name not in names:
            return False
        key = (method.id, name)
        known = self.constant_parameters.get(key)
        if known is None:
            self.constant_parameters[key] = False  # while it is worked out (recursion)
            known = self._filled_with_constants(method, names, names.index(name))
            self.constant_parameters[key] = known
        return known

    def _filled_with_constants(self, method: ts.Node, names: list, index: int) -> bool:
        params = method.child_by_field_name("parameters")
        if params is None or any(p.type != "identifier" for p in params.named_children):
            return False  # defaults, splats and keywords: callers may leave or name them
        body = self.body(method)
        name = names[index]
        if body is not None and re.search(rb"(?<![\w@$:.])" + re.escape(name.encode()) + rb"\s*([-+*/|&]|\|\|)?=[^=~>]",
                                          self.code[body.start_byte:body.end_byte]):
            return False  # the parameter is overwritten in the body
        fname = self.function_name(method)
        if not fname:
            return False
        root = self._root(method)
        if fname == "initialize":
            owner = self._enclosing(method, ("class",))
            owner_name = owner.child_by_field_name("name") if owner is not None else None
            if owner_name is None or owner.child_by_field_name("superclass") is not None:
                return False
            label = self.text(owner_name)
            calls = [c for c in self._nodes(root, ("call",))
                     if self.text(c.child_by_field_name("method")) == "new"
                     and self.text(c.child_by_field_name("receiver")) == label]
            uses = len(re.findall(rb"\b" + re.escape(label.encode()) + rb"\b", self.code)) - 1
        else:
            calls = [c for c in self._nodes(root, ("call", "identifier"))
                     if (c.type == "call" and self.text(c.child_by_field_name("method")) == fname
                         and (c.child_by_field_name("receiver") is None
                              or self.text(c.child_by_field_name("receiver")) == "self"))]
            uses = len(re.findall(rb"(?<![\w:@.])" + re.escape(fname.encode()) + rb"\b", self.code)) - 1
        if not calls or uses != len(calls):
            return False  # never called, or named elsewhere (`send(:dump)`, `method(:dump)`, a subclass)
        for call in calls:
            args = self.arguments(call.child_by_field_name("arguments"))
            if len(args) != len(names) or not self._constant_argument(args[index], call, 0):
                return False
        return True

    def _constant_argument(self, arg: ts.Node, call: ts.Node, depth: int) -> bool:
        """A value at a call site made of constants only; a local name whose every assignment in the calling
        method (or at the top level) is such a value."""
        if arg.type == "identifier":
            if depth > 2:
                return False
            scope = self._enclosing(call, ("method", "singleton_method")) or self._root(call)
            name = self.text(arg)
            if scope.type in ("method", "singleton_method") and name in dict(self.parameters(scope)):
                return self._constant_parameter_of(scope, name)
            values = [a.child_by_field_name("right") for a in self._nodes(scope, ("assignment", "operator_assignment"))
                      if self.text(a.child_by_field_name("left")) == name]
            return bool(values) and all(v is not None and self._constant_argument(v, call, depth + 1) for v in values)
        for n in self._nodes(arg, ("identifier", "instance_variable", "global_variable", "class_variable")):
            parent = n.parent
            if not (n.type == "identifier" and parent is not None and parent.type == "call"
                    and parent.child_by_field_name("method") is not None
                    and parent.child_by_field_name("method").id == n.id):
                return False  # a variable's value (a method name in a call chain is fine)
        saved = self.env, self.consts
        self.env, self.consts = {}, set()
        try:
            return self.is_const(arg)
        finally:
            self.env, self.consts = saved

    def _constant_parameter_of(self, method: ts.Node, name: str) -> bool:
        names = [n for n, _ in self.parameters(method)]
        key = (method.id, name)
        known = self.constant_parameters.get(key)
        if known is None:
            self.constant_parameters[key] = False
            known = self._filled_with_constants(method, names, names.index(name))
            self.constant_parameters[key] = known
        return known

    def _constant_ivar(self, name: str, node: ts.Node) -> bool:
        """Whether every write of `@name` in the snippet's class stores a constant, and nothing outside writes it."""
        owner = self._enclosing(node, ("class", "module"))
        if owner is None:
            return False
        key = (owner.id, name)
        known = self.constant_ivars.get(key)
        if known is None:
            self.constant_ivars[key] = False
            bare = name.lstrip("@")
            text = self.code[owner.start_byte:owner.end_byte]
            if re.search(rb"attr_(accessor|writer)[^\n]*:" + re.escape(bare.encode()) + rb"\b", text) or re.search(
                    rb"\." + re.escape(bare.encode()) + rb"\s*=[^=]", self.code) or b"instance_variable_set" in self.code:
                known = False
            else:
                writes = [a for a in self._nodes(owner, ("assignment", "operator_assignment"))
                          if self.text(a.child_by_field_name("left")) == name]
                known = bool(writes) and all(self._ivar_value(w.child_by_field_name("right")) for w in writes)
            self.constant_ivars[key] = known
        return known

    def _ivar_value(self, value: ts.Node | None) -> bool:
        if value is None:
            return False
        if value.type == "conditional":  # @format = FORMATS.include?(f) ? f : "png": an allow-listed value
            saved = self.env, self.consts
            self.env, self.consts = {}, set()
            try:
                return self._constant_value(value)
            finally:
                self.env, self.consts = saved
        if value.type == "identifier":
            method = self._enclosing(value, ("method", "singleton_method", "block", "do_block", "lambda"))
            return method is not None and method.type in ("method", "singleton_method") and self.text(
                value) in dict(self.parameters(method)) and self._constant_parameter_of(method, self.text(value))
        return self._constant_argument(value, value, 0)

    def _remember_host(self, name: str, value: ts.Node | None) -> None:
        """`host = URI.parse(url).host`: a later test of `host` speaks for `url` too."""
        hosts = self.host_of
        hosts.pop(name, None)
        if value is not None and value.type == "call" and \
                self.text(value.child_by_field_name("method")) in self.URL_PARTS:
            origins = [key for key in self.checked(value) if key != name]
            if origins:
                hosts[name] = tuple(origins)

    def _constant_helper(self, node: ts.Node) -> bool:
        """A call of a method of the snippet (`sort_column`, `safe_col(params[:s])`) whose every return value is
        a constant, or the value its own condition checked (`ALLOWED.include?(x) ? x : "id"`)."""
        if node.type == "identifier":
            name = self.text(node)
            if name in self.env or name in self.consts:
                return False  # a local variable, not a method
        else:
            receiver = node.child_by_field_name("receiver")
            if receiver is not None and self.text(receiver) != "self":
                return False
            name = self.text(node.child_by_field_name("method"))
        function = self.functions.get(name)
        if function is None or function.type != "method":
            return False
        known = self.constant_helpers.get(function.id)
        if known is None:
            self.constant_helpers[function.id] = False  # recursion: not known constant
            saved = self.env, self.consts
            self.env, self.consts = {}, set()  # the method's own names: none of the caller's
            try:
                values = _returned_values(function, self.RETURNS)
                known = bool(values) and all(self._constant_value(v) for v in values)
            finally:
                self.env, self.consts = saved
            self.constant_helpers[function.id] = known
        return known

    def _constant_value(self, node: ts.Node) -> bool:
        if node.type == "conditional":
            condition = node.child_by_field_name("condition")
            when_true, when_false = self.guards(condition) if condition is not None else ((), ())
            return all(self.is_const(branch) or self.text(branch) in _checked_names(keys)
                       for branch, keys in ((node.child_by_field_name("consequence"), when_true),
                                            (node.child_by_field_name("alternative"), when_false))
                       if branch is not None)
        return self.is_const(node)

    def prefix_tested(self, target: ts.Node) -> ts.Node:
        """`path.to_s.start_with?(BASE)` on a normalized Pathname `path` speaks for `path`."""
        if target.type == "call" and self.text(target.child_by_field_name("method")) == "to_s":
            receiver = target.child_by_field_name("receiver")
            if receiver is not None:
                return receiver
        return target

    def _parsed_argument(self, call: ts.Node) -> str | None:
        """`URI.parse(value.to_s)`, `URI(url.strip)`: the URI is parsed from `value` itself."""
        name, _, args = self.call_parts(call)
        if (name in self.URL_PARSERS or self.resolve(name) in self.URL_PARSERS) and len(args) == 1 and \
                args[0].type == "call" and self.text(args[0].child_by_field_name("method")) in _TEXT_AS_IS:
            inner = args[0].child_by_field_name("receiver")
            if inner is not None and args[0].child_by_field_name("arguments") is None and (
                    inner.type in self.IDENTIFIERS or inner.type in self.MEMBERS):
                return self.dotted(inner)
        return super()._parsed_argument(call)

    def checked(self, node):
        if node is not None and node.type == "identifier":
            origins = self.host_of.get(self.text(node))
            if origins:
                return (self.text(node), *origins)
        if node is not None and node.type == "element_reference":
            key = self.text(node)
            if key not in self.env:
                self.env[key] = self.eval(node)
            return (key,)
        if node is not None and node.type == "call":
            method = node.child_by_field_name("method")
            if method is not None and self.text(method) in ("to_s", "strip", "downcase", "to_str"):
                return self.checked(node.child_by_field_name("receiver"))
            if method is not None and node.child_by_field_name("receiver") is not None and node.child_by_field_name(
                    "arguments") is None and node.child_by_field_name("block") is None and self.text(
                    method) not in self.URL_PARTS:
                key = self.text(node)  # `entry.name`: that attribute, checked in place
                if key not in self.env:
                    self.env[key] = self.eval(node)
                return (key,)
        return super().checked(node)

    def guards(self, node):
        if node.type == "call":
            method = self.text(node.child_by_field_name("method"))
            receiver = node.child_by_field_name("receiver")
            args = self.arguments(node.child_by_field_name("arguments"))
            if method == "in?" and receiver is not None and args and self._fixed(args[0]):
                return self.checked(receiver), ()  # Rails `x.in?(ALLOWED)`
            if method == "include?" and receiver is not None and len(args) == 1 and self.text(args[0]) in (
                    '".."', "'..'"):  # `next if name.include?("..")`: below, the name holds no `..`
                return (), tuple((NO_DOT_DOT, key) for key in self.checked(receiver))
            if method in ("match?", "match") and receiver is not None and args and self.text(
                    args[0]) in self.anchored_constants:
                return self.checked(receiver), ()  # `host.match?(HOST)` with HOST = /\A...\z/
            if method in ("match?", "match") and receiver is not None and args and self.text(
                    receiver) in self.anchored_constants:
                return self.checked(args[0]), ()  # `HOST.match?(host)`
            if method in ("nil?", "blank?") and receiver is not None and receiver.type == "call" and \
                    self.text(receiver.child_by_field_name("method")) in ("host", "hostname"):
                return self.checked(receiver), ()  # `URI(url).host.nil?`: a relative URL stays on this site
            if method == "start_with?" and receiver is not None and args and all(
                    (a.type == "string" and _LOCAL_PREFIX.match(self.text(a))) or _OWN_SITE.match(self.text(a))
                    for a in args):
                # `url.start_with?("/")`: stays on this site (a redirect or request target, not a file path)
                return tuple((FIXED_PREFIX, key) for key in self.checked(receiver)), ()
        if node.type == "parenthesized_statements" and node.named_children:
            return self.guards(node.named_children[-1])
        if node.type == "binary" and self.operator(node) == "=~" and self.text(
                node.child_by_field_name("right")) in self.anchored_constants:
            return self.checked(node.child_by_field_name("left")), ()  # `host =~ HOST`
        if node.type == "binary" and self.operator(node) in ("==", "!="):
            # `URI(url).host == request.host`, `uri.host == ALLOWED_HOST`: an exact host test
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            for side, other in ((left, right), (right, left)):
                if side is None or other is None or side.type != "call":
                    continue
                if self.text(side.child_by_field_name("method")) in ("host", "hostname") and (
                        _OWN_SITE.match(self.text(other)) or self._fixed(other)):
                    keys = self.checked(side)
                    return (keys, ()) if self.operator(node) == "==" else ((), keys)
        return super().guards(node)

    def call(self, node: ts.Node):
        taint = super().call(node)
        method = self.text(node.child_by_field_name("method"))
        if taint and node.child_by_field_name("receiver") is not None:
            # `params[:user].inspect`: the request source is named by the call's prefix, yet the sanitizer applies
            markers = self.model.callee(self.resolve(self.call_parts(node)[0]))[2]
            if markers:
                taint = mark(taint, *markers)
        if taint and method in ("gsub", "gsub!", "delete", "tr", "tr_s"):  # not strip/chomp: they trim the ends only
            args = self.arguments(node.child_by_field_name("arguments"))
            if args and _strips_line_breaks(self.text(args[0])):
                taint = mark(taint, CRLF_STRIPPED)
        receiver = node.child_by_field_name("receiver")
        if method == "link_to" and (receiver is None or self.text(receiver) in ("helpers", "view_context")):
            args = [a for a in self.arguments(node.child_by_field_name("arguments")) if a.type != "block_argument"]
            if args and node.child_by_field_name("block") is None:
                # link_to(label, href): the label is escaped; the href (a `javascript:` URL) is not
                taint = EMPTY
                for arg in args[1:]:
                    taint = taint | self.eval(arg)
        if method in ("gsub", "gsub!") and node.child_by_field_name("receiver") is not None:
            args = self.arguments(node.child_by_field_name("arguments"))
            if len(args) == 2 and self.text(args[1]) in ('""', "''") and _keeps_shell_inert(self.text(args[0])):
                # name.gsub(/[^\w.-]/, ""): letters, digits, `.`, `-` and `_` only (a value of no known source too)
                taint = mark(taint or frozenset({(CLEAN, frozenset())}), SHELL_SAFE)
        block = node.child_by_field_name("block")
        receiver_node = node.child_by_field_name("receiver")
        if block is not None and block.id not in self.walked and (
                receiver_node is None and (method in ROUTE_METHODS and self._route_path(node) or method in
                                           _ERROR_HANDLERS and self.text(node).startswith(method))
                or receiver_node is not None and self.text(receiver_node) == "r" and method in RODA_ROUTES):
            # Sinatra `get "/x" do`, `error do`, Roda `r.get "x" do` / `r.root do`: what the block returns is the body
            self.walked.add(block.id)
            self._route_block(block)
            return taint
        if block is not None and block.id not in self.walked:
            # `rows.each { |row| ... }`, `File.open(p) do |f| ... end`: the block's parameters hold the
            # receiver's (or the call's) values; the block sees the names around it.
            self.walked.add(block.id)
            receiver = node.child_by_field_name("receiver")
            values = self.eval(receiver) if receiver is not None else EMPTY
            params = {name: values | taint for name, _ in self.parameters(block)}
            self._walk_function(self.body(block), dict(self.env), False, params)
        return taint

    def _route_path(self, node: ts.Node) -> bool:
        args = self.arguments(node.child_by_field_name("arguments"))
        return bool(args) and args[0].type in ("string", "regex") and self.text(args[0])[1:2] in ("/", "*", "^")

    def _route_block(self, block: ts.Node) -> None:
        """A route's block: its parameters are path segments the client chose; its last value is the body."""
        labels = {name: frozenset({("params", frozenset())}) for name, _ in self.parameters(block)}
        body = self.body(block)
        if body is None:
            return
        saved = (self.env, self.consts, self.parsed, self.route, self.function_start)
        self.function_start = body.start_byte
        self.env = {**self.env, **self.fields, **labels}
        self.consts = {name for name in self.consts if name not in labels}
        self.parsed, self.route = {}, True
        try:
            children = [c for c in body.named_children if c.type != "comment"]
            for child in children[:-1]:
                self.statement(child)
            if children:
                last = children[-1]
                if last.type in self.RETURNS or last.type in self.IFS or last.type in ("case", "begin", "rescue", "ensure"):
                    self.statement(last)
                else:
                    taint = self.eval(last)
                    plain = bool(taint) and self._plain_response(body)
                    for trule in self.model.route_sinks if taint else ():
                        if not (plain and trule.return_html):  # a JSON body is no HTML, yet it shows a backtrace
                            self._report(trule, last, taint, trule.return_html, False, "returned from a route")
        finally:
            self.env, self.consts, self.parsed, self.route, self.function_start = saved

    def _plain_response(self, body: ts.Node) -> bool:
        """A route that declared a JSON or plain-text body: what it returns is no HTML."""
        return re.search(r"content_type\s*\(?\s*[:\"']*(json|text/plain|plain)|\.to_json\s*$|json\(",
                         self.text(body)) is not None

    def block_kinds(self) -> frozenset:
        return _RUBY_BLOCKS


_RUBY_BLOCKS = frozenset({"program", "body_statement", "then", "else", "begin", "ensure", "rescue", "class",
                          "module", "block_body", "parenthesized_statements", "begin_block", "end_block", "case",
                          "when", "while", "until", "for", "singleton_class", "do"})


def _strips_line_breaks(pattern: str) -> bool:
    r"""Whether removing what `pattern` matches removes CR and LF: `/[\r\n]/`, `"\r\n"`, or a negated class of
    what is kept (`/[^\w.]/`) that keeps no line break (`/[^\w\s]/` keeps them)."""
    kept = _KEEP_ONLY.match(pattern)
    if kept is not None:
        return _LETS_LINE_BREAKS.search(kept.group(1)) is None
    return _CRLF_PATTERN.search(pattern) is not None


def _checked_names(keys) -> set[str]:
    """The names an allow-list or pattern test validated (not those a prefix test only anchored)."""
    return {key for key in keys if isinstance(key, str)}


def _returned_values(function: ts.Node, returns: frozenset) -> list[ts.Node]:
    """What a method can return: its last expression and the value of each `return` (none when one is bare
    or the last statement is not an expression)."""
    body = function.child_by_field_name("body")
    statements = [c for c in body.named_children if c.type != "comment"] if body is not None else []
    if not statements or statements[-1].type in ("if", "unless", "while", "until", "for", "begin", "assignment"):
        return []
    values = [] if statements[-1].type in returns else [statements[-1]]
    stack = list(body.named_children)
    while stack:
        node = stack.pop()
        if node.type in ("method", "singleton_method", "lambda"):
            continue
        if node.type in returns:
            if not node.named_children:
                return []
            value = node.named_children[0]
            values.append(value.named_children[0] if value.type == "argument_list" and value.named_children else value)
            continue
        stack.extend(node.named_children)
    return values


class RubyModel(TaintModel):
    def __init__(self, rules: list[Rule], walker) -> None:
        super().__init__(rules, walker)
        # only a rule that tells one field from a whole hash of them pays for marking element reads
        self.wants_one_field = any(ONE_FIELD in (rule.spec.get("sanitizers") or []) for rule in rules)


def model(rules: list[Rule]) -> TaintModel:
    return RubyModel(rules, RubyWalk)


def _small_draw(match: re.Match) -> str:
    """`rand(100)` -> "" (a guessable draw, dropped before the search for a random part); larger draws stay."""
    bound = match.group(1) or match.group(2)
    ends = [int(end.replace("_", "") or "0") for end in re.split(r"\.\.\.?", bound.replace(" ", ""))]
    return "" if max(ends) - (min(ends) if len(ends) > 1 else 0) < _FEW_NAMES else match.group(0)


def _unpredictable(text: str) -> bool:
    """A temp name with a part an attacker cannot guess: `SecureRandom`, a `Tempfile`, `rand` with no small bound."""
    return _RANDOM_NAME.search(_RAND_CALL.sub(_small_draw, text)) is not None
