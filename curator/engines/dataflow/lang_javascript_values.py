"""What JavaScript idioms do to the taint of a value, for the JavaScript adapter (markers the rules list).

Tests and cleanings: `typeof x !== "string"`, `{ $eq: x }`, `.replace(...)` calls that strip line breaks or
escape regex or markup characters, `x.startsWith("/") && !x.startsWith("//")` (a local path), `x.includes("..")`
refused, schema validators (`LoginSchema.parse(body)`), ternaries that test their value
(`ALLOWED.has(x) ? x : "/"`), URLs whose scheme and host a constant fixes (`${API_BASE}/users/${id}`,
`new URL("/login", req.url)`). Values that are something else than their inputs: `a || b`, `.length`,
`ids.map(Number)`, rows read by database calls, class fields bound to literals.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import (CLEAN, CONTAINMENT, EMPTY, FIXED_PREFIX, PARSED, SHARED_TEMP_PATH,
                                           STRING_FORMATTING, VALIDATED, Taint, mark)
from curator.engines.dataflow.lang_javascript_constants import returns_constants, values_constant
from curator.engines.dataflow.lang_javascript_handlers import ERROR_PARTS

TYPED = "@typed"  # `typeof x !== "string"` left the branch: no object with `$ne`/`$gt` operators gets past
EQ_OPERATOR = "@eq-operator"  # `{ field: { $eq: x } }`: MongoDB compares x as a value, never as an operator
NO_NEWLINES = "@no-newlines"  # `.replace(/[\r\n]/g, "")`: no line breaks (log lines, header values)
REGEX_ESCAPED = "@regex-escaped"  # `.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")`: metacharacters escaped
HTML_ESCAPED = "@html-escaped"  # `.replace(/[&<>"']/g, ...)`: markup characters replaced
LOCAL_PATH = "@local-path"  # starts with one "/" but not "//": a path on this site
NO_DOTDOT = "@no-dotdot"  # a value holding ".." was refused
LDAP_ESCAPED = "@ldap-escaped"  # `.replace(/[\\*()\0]/g, ...)`: filter metacharacters replaced by escapes
SCHEMA = "@schema-validated"  # parsed by a schema (zod, joi, yup): the declared types, no stray objects or keys
# a path in a folder every local user may write (`/tmp`, `/var/tmp`, `/dev/shm`), or that folder itself
_SHARED_TEMP = re.compile(rb"""["'`]/(?:var/tmp|tmp|dev/shm)(?:/|["'`])""")
_IN_SHARED_TEMP = frozenset({(SHARED_TEMP_PATH, frozenset())})
_SESSION = re.compile(r"(?:^|\.)session\.")  # a value stored in a server-side session
FIELD = "@picked-field"  # one field read out of a value (`req.body.name`, `const { name } = body`): not the whole
# words of the keys a rest pattern may leave out so that what remains is no privilege (`const { role, isAdmin,
# ...profile } = body`); a password is no privilege (leaving it out keeps `role` in the rest)
_PRIVILEGED = frozenset({"role", "roles", "admin", "admins", "administrator", "superadmin", "superuser",
                         "permission", "permissions", "perms", "privilege", "privileges", "privileged", "verified",
                         "approved", "balance", "credit", "credits", "owner", "owners", "plan", "tier", "scope",
                         "scopes", "staff"})
_KEY_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")  # isAdmin -> is, Admin; IS_ADMIN -> IS, ADMIN
NUMBER = frozenset({(CLEAN, frozenset({PARSED}))})  # derived from request data, but only a number or constants
# MongoDB operators whose string value the server runs as JavaScript: a string is no safer than an object
_CODE_OPERATORS = frozenset({"$where", "$function", "$accumulator"})
_STARTS_SLASH = "@starts-slash"
_NOT_DOUBLE_SLASH = "@not-double-slash"

_NEWLINE_PATTERN = re.compile(r"^/.*(?:\\r|\\n|\\s).*/[gimsuy]*$", re.S)
_BACKSLASH = re.compile(r"""["'`]\\\\["'`]""")  # a literal backslash: "\\"
_HTML_ENTITY = re.compile(r"&(?:lt|#0*60|#x0*3c);", re.I)
_MARKUP_CLASS = re.compile(r"^/.*\[[^\]]*<[^\]]*\].*/[gimsuy]*$|^/<\/[gimsuy]*$", re.S)
# `/[^a-z0-9_-]/g` replaced by "": only the listed characters remain (no separators, quotes or shell syntax)
_KEEP_ONLY = re.compile(r"^/\[\^([^\]/\\$;|&<>'\"` ]|\\[wd.-])+\]\+?/[gi]*$")
# `/[^a-z0-9 _-]/g` replaced by "": letters, digits, spaces, `_` and `-` are no regex syntax
_KEEP_PLAIN = re.compile(r"^/\[\^(?:[A-Za-z0-9 _]|\\[wds]|(?<=.)-)+\]\+?/[gi]*$")
# the replacement of a kept-characters class: nothing, or word characters, dots and dashes (`"_"`)
_PLAIN_FILL = re.compile(r"""^(['"`])[\w.-]*\1$""")
# a class holding `*`, `(`, `)` and a backslash: the characters of an LDAP filter
_LDAP_CLASS = re.compile(r"^/\[(?=[^\]]*\*)(?=[^\]]*\()(?=[^\]]*\))(?=[^\]]*\\\\)[^\]]*\]/g[imsuy]*$")
_SCHEMA_RECEIVER = re.compile(r"(?i)schema|validator|^z\.|^joi\.|^yup\.")
_SCHEMA_BUILDER = re.compile(r"^(?:z|zod|Joi|joi|yup)\.\w+\(")  # zod, joi, yup
_SCHEMA_METHODS = frozenset({"parse", "parseAsync", "safeParse", "validate", "validateAsync", "validateSync", "cast"})
# Database client and ORM calls whose result is rows read from the database (mysql, pg, sqlite, Sequelize,
# Mongoose, Prisma, TypeORM, knex): request values in the filter choose rows, they are not the rows.
_DATABASE_READS = frozenset({"query", "execute", "findOne", "findById", "findByPk", "findAll", "findMany",
                             "findUnique", "findFirst", "findAndCountAll", "findOneBy", "findBy", "countDocuments",
                             "aggregate", "$queryRaw", "$queryRawUnsafe", "getOne", "getMany", "getRawOne",
                             "getRawMany", "lean"})
# `fs` reads: their result is the file's content, not the request value that named the file (that is
# js.flow.path-traversal's finding, at the read)
_FILE_READS = frozenset({"readFile", "readFileSync", "execFileSync"})  # and a program's output
# programs run: their result is what the program printed (promisified: its promise), not the arguments
# that ran it (js.flow.command-injection's finding, at the call)
_PROGRAM_RUNS = frozenset({"child_process.execSync", "child_process.execFileSync", "child_process.spawnSync",
                           "child_process.exec", "child_process.execFile"})
# HTTP clients: what they return is the remote server's answer
_HTTP_CLIENTS = frozenset({"fetch", "node-fetch", "axios", "axios.get", "axios.post", "axios.put", "axios.patch",
                           "axios.delete", "axios.request", "got", "got.get", "got.post", "ky", "ky.get", "ky.post",
                           "needle", "needle.get", "superagent.get", "undici.request", "undici.fetch"})
# template engines that HTML-escape inserted values by default -> their raw-output syntax
_EJS_RAW, _MUSTACHE_RAW = re.compile(r"<%-"), re.compile(r"\{\{\{|\{\{&")
_RENDERERS = {"ejs.render": _EJS_RAW, "mustache.render": _MUSTACHE_RAW, "Mustache.render": _MUSTACHE_RAW,
              "nunjucks.renderString": re.compile(r"\|\s*safe\b"), "pug.render": re.compile(r"!\{|!="),
              "eta.renderString": re.compile(r"<%~")}
_COMPILERS = {"handlebars.compile": _MUSTACHE_RAW, "Handlebars.compile": _MUSTACHE_RAW, "ejs.compile": _EJS_RAW,
              "pug.compile": re.compile(r"!\{|!=")}
# the URL the request came to: a base that keeps a relative path on this site
_OWN_URLS = frozenset({"req.url", "request.url", "req.nextUrl", "request.nextUrl", "c.req.url", "req.nextUrl.origin",
                       "request.nextUrl.origin", "req.nextUrl.href", "request.nextUrl.href"})
# names of HTML escapers, wherever they are imported from (a helper of the snippet is judged by its body)
_HTML_ESCAPER = re.compile(r"(?i)^(?:(?:escape|encode|sanitize)_?(?:html|xml|markup|entities|xss|for_?html)\w*|"
                           r"(?:html|xss)_?(?:escape|encode|sanitize|filter|entities)\w*|escape|encode|escapeExpression|"
                           r"in(?:HTML\w*|\w*QuotedAttr))$")  # Handlebars.escapeExpression, xss-filters inHTMLData
# ReDoS checkers (safe-regex, safe-regex2, recheck): a pattern they accept runs in linear time
_SAFE_REGEX = frozenset({"safe-regex", "safe-regex2", "safeRegex", "isSafeRegex", "isSafeRegExp", "isSafePattern"})
_JSX = frozenset({"jsx_element", "jsx_self_closing_element", "jsx_fragment"})
# template tags that HTML-escape the values they insert
_ESCAPING_TAGS = frozenset({"html", "hono/html.html", "@hono/hono/html.html", "lit.html", "lit-html.html", "hono/html",
                            "escapeHtml"})
_BASE_NAME = re.compile(r"(?i)url|base|host|origin|endpoint|api|server|domain")


# a schema's string fields and what restricts them (zod, joi, yup)
_STRING_FIELD = re.compile(r"\b(?:z|zod|Joi|joi|yup)\.string\(\)((?:\s*\.\s*\w+\((?:[^()]|\([^()]*\))*\))*)")
_RESTRICTED = re.compile(r"\.(?:regex|matches|pattern)\(\s*/\^(?P<body>[^/]*)\$/|\.(?:uuid|cuid|cuid2|ulid|ip|alphanum|guid|hex|"
                         r"valid|oneOf|datetime)\(")
_LOOSE = re.compile(r"\b(?:any|unknown|record|passthrough|object\(\)\.unknown|custom)\(|\bJoi\.object\(\)\.unknown")
_PLAIN_BODY = re.compile(r"(?<!\\)\.(?![^\[]*\])|\\[SWD]|\[\^")  # `.`, `\S`, `[^...]`: anything goes


def _restrictive(schema: str) -> bool:
    """Every string field of the schema is held to an anchored plain pattern, an id format or a fixed set;
    at least one field is typed (numbers, booleans, enums count)."""
    if _LOOSE.search(schema):
        return False
    fields = _STRING_FIELD.findall(schema)
    for chain in fields:
        found = _RESTRICTED.search(chain)
        if found is None or (found.group("body") is not None and _PLAIN_BODY.search(found.group("body"))):
            return False
    return bool(fields) or bool(re.search(r"\.(?:enum|nativeEnum|literal|number|boolean|date|valid)\(", schema))


def _privileged(key: str) -> bool:
    """A key naming a privilege, by its words (camelCase, snake_case, kebab-case): `isAdmin`, `user_role`,
    `emailVerified`, `superUser`; not `explanation` or `password`."""
    words = [word.lower() for word in _KEY_WORDS.findall(key)]
    return any(word in _PRIVILEGED for word in words) or any(a + b in _PRIVILEGED for a, b in zip(words, words[1:]))


class JavaScriptValues:
    """Methods of the JavaScript walk (see walk.py and walk_guards.py for the state they read)."""

    def __init__(self, model, code: bytes) -> None:
        super().__init__(model, code)
        self.url_parts: dict[str, str] = {}  # `const { hostname } = new URL(u)`: "hostname" -> "u"
        self.relatives: dict[str, str] = {}  # `const rel = path.relative(BASE, p)`: "rel" -> "p"
        self.schemas: dict[str, str] = {}  # `const Body = z.object({...})`: names bound to a schema -> its text
        self.properties: dict[str, list[str]] = {}  # `const opts = {...}`: "opts" -> ["opts.cmd", ...]
        self.templates: set[str] = set()  # `const page = Handlebars.compile("<p>{{name}}</p>")`: escaping
        # a `.then` receiver read in one scope (node, id of its names) -> (those names, its value): the names'
        # dict itself is kept and compared, so a later scope can never pass for it (a freed dict's id is reused)
        self.settled: dict[tuple[int, int], tuple[dict, Taint]] = {}
        self.promised: dict[int, dict[str, Taint]] = {}  # a `.then` callback -> its first parameter's value

    def eval(self, node: ts.Node | None) -> Taint:
        if node is not None:
            kind = node.type
            if kind == "pair":
                key = node.child_by_field_name("key")
                name = self.text(key).strip("'\"") if key is not None else ""
                if name == "$eq":
                    return mark(super().eval(node.child_by_field_name("value")), EQ_OPERATOR)
                if name in _CODE_OPERATORS:  # `$where: `this.name == '${name}'``: text run as JavaScript
                    return frozenset((source, applied - {TYPED}) for source, applied in super().eval(
                        node.child_by_field_name("value")))
                if name == "$regex":
                    return self._regex_operator(node)
            elif kind == "ternary_expression":
                return self._ternary(node)
            elif kind == "subscript_expression":  # `body[field]`: one entry (an allow-list loop copies fields)
                taint = super().eval(node)
                return mark(taint, FIELD) if taint else taint
            elif kind in _JSX:  # React, Hono and Preact JSX escape what they insert as text
                taint = super().eval(node)
                return mark(taint, HTML_ESCAPED) if taint else taint
            elif kind == "member_expression":
                prop = self.text(node.child_by_field_name("property"))
                if prop == "length":
                    self.eval(node.child_by_field_name("object"))
                    return NUMBER  # a count, not the text
                if prop in ERROR_PARTS:
                    taint = super().eval(node)
                    return self.error_part(taint) if taint else taint
                taint = super().eval(node)
                return mark(taint, FIELD) if taint and self._field_read(node) else taint
        return super().eval(node)

    def _regex_operator(self, pair: ts.Node) -> Taint:
        """`{ name: { $regex: q } }`: MongoDB compiles the value as a regular expression, as `new RegExp(q)`
        would: the sinks of `RegExp` apply to it there."""
        value = pair.child_by_field_name("value")
        taint = super().eval(pair)
        if taint and value is not None:
            for sink in self.model.callee("RegExp")[0]:
                self._check_sink(sink, pair, "$regex", [value], [taint], EMPTY)
        return taint

    def _field_read(self, node: ts.Node) -> bool:
        """`req.body.name`, `body.name`: one field of a value, not the value itself (`req.body`, or a name
        the snippet bound: `this.data`); a callee (`req.body.items.map`) is no value read."""
        parent = node.parent
        if parent is not None and parent.type == "call_expression" and parent.child_by_field_name("function") == node:
            return False
        name = self.dotted(node)
        return name not in self.env and self.source(name) != name

    def _mapped_parts(self, node: ts.Node, callback: ts.Node, pattern: ts.Node, taint: Taint) -> Taint:
        """`([key, value]) => `${key}=${JSON.stringify(value)}``: the element taken apart, each part holding the
        element's value, read through the callback's expression body (a block body: the element as it came).
        Over `Object.entries(o)` the key is a property name, the value is what the sender controls."""
        body = callback.child_by_field_name("body")
        if body is None or body.type == "statement_block":
            return taint
        saved = self.env
        self.env = {**saved}
        callee = node.child_by_field_name("function")
        receiver = callee.child_by_field_name("object") if callee is not None else None
        stack = [pattern]
        if receiver is not None and receiver.type == "call_expression" and self.text(
                receiver.child_by_field_name("function")) == "Object.entries" and pattern.type == "array_pattern":
            parts = pattern.named_children
            if parts and parts[0].type == "identifier":
                self.env[self.text(parts[0])] = EMPTY
                stack = list(parts[1:])
        while stack:
            part = stack.pop()
            if part.type in ("identifier", "shorthand_property_identifier_pattern"):
                self.env[self.text(part)] = taint
            elif part.type == "pair_pattern":
                stack.append(part.child_by_field_name("value"))
            else:
                stack.extend(part.named_children)
        try:
            return self.eval(body)
        finally:
            self.env = saved

    def _then(self, receiver: ts.Node | None, args: list[ts.Node]) -> None:
        """`fetch(u).then((r) => r.json()).then((rows) => ...)`: the callback's first parameter is what the
        promise settles with, the receiver's value (read once: each link of a chain reads the one before)."""
        if receiver is None or not args or args[0].type not in self.FUNCTIONS or receiver.type != "call_expression":
            return
        params = self.parameters(args[0])
        if not params:
            return
        taint = self.call(receiver)
        self.settled[(receiver.id, id(self.env))] = (self.env, taint)  # the same names in scope: the same value
        if taint:
            self.promised[args[0].id] = {params[0][0]: taint}

    def _method_of_field(self, obj: ts.Node | None) -> bool:
        """The receiver of a method call is one field of a request value or of a name bound to one."""
        if obj is None or obj.type not in ("member_expression", "subscript_expression"):
            return False
        if obj.type == "subscript_expression":
            return True  # one entry, whatever holds it
        name = self.dotted(obj)
        if name in self.env:
            return False
        source = self.source(name)
        if source is not None:
            return source != name
        return name.split(".", 1)[0] in self.env

    def _ternary(self, node: ts.Node) -> Taint:
        """`test(x) ? x : fallback`: each branch sees what the test says about x there."""
        condition = node.child_by_field_name("condition")
        taint = self.choice(condition, node.child_by_field_name("consequence"), node.child_by_field_name("alternative"))
        return self.development_only(condition, taint)

    def call(self, node: ts.Node) -> Taint:
        settled = self.settled.get((node.id, id(self.env))) if self.settled else None
        if settled is not None and settled[0] is self.env:
            return settled[1]  # a promise's receiver, read once for the callback of its `.then`
        callee = node.child_by_field_name("function")
        if callee is not None and callee.type == "member_expression":
            method = self.text(callee.child_by_field_name("property"))
            if method == "on":
                self.body_chunks(node, self.arguments(node.child_by_field_name("arguments")))
            elif method == "then":
                self._then(callee.child_by_field_name("object"), self.arguments(node.child_by_field_name("arguments")))
        taint = super().call(node)
        if not taint:
            return taint
        if callee is not None and callee.type == "member_expression" and self._method_of_field(
                callee.child_by_field_name("object")):
            taint = mark(taint, FIELD)  # `req.body.name.trim()`, `body[key].slice(0, 80)`: still one field
        if node.type == "new_expression":
            args = self.arguments(node.child_by_field_name("arguments"))
            if self.dotted(node.child_by_field_name("constructor")) == "URL" and len(args) > 1:
                if self._local(args[0]):
                    return mark(taint, FIXED_PREFIX)  # new URL("/login", req.url): this site, a fixed path
                if self.dotted(args[1]) in _OWN_URLS:
                    return self.eval(args[0])  # new URL(next, req.url): where `next` leads, the base is this site
            return taint
        callee = node.child_by_field_name("function")
        arguments = node.child_by_field_name("arguments")
        if arguments is not None and arguments.type == "template_string" and self.resolve(
                self.text(callee)) in _ESCAPING_TAGS:
            return mark(taint, HTML_ESCAPED)  # html`<h1>${name}</h1>` (hono/html, lit): inserted values escaped
        if self.resolve(self.dotted(callee)) in _PROGRAM_RUNS:
            return EMPTY  # what the program printed, not the arguments that ran it (the command finding is there)
        if self.resolve(self.dotted(callee)) in _HTTP_CLIENTS:
            # a remote server's answer: not the request values that chose the URL (the SSRF finding); only the
            # answer's own label stays (content other users stored, for js.flow.xss-fetched-content)
            return frozenset(label for label in taint if label[0] in _HTTP_CLIENTS)
        if self._escaping_template(node, _RENDERERS) or callee is not None and self.text(callee) in self.templates:
            return mark(taint, HTML_ESCAPED)  # a template engine that escapes what it inserts
        if callee is not None and _HTML_ESCAPER.match(self.text(callee).rsplit(".", 1)[-1]) and (
                self.text(callee) not in self.functions):
            return mark(taint, HTML_ESCAPED)  # escapeHtml imported from any package (`html-escaper`, `./utils`)
        if callee is not None and callee.type == "identifier" and self.resolve(self.text(callee)).startswith(
                ("fs.", "fs/promises.", "fs-extra.")) and self.text(callee) in _FILE_READS:
            return EMPTY  # readFile imported by name: the file's content
        if callee is None or callee.type != "member_expression":
            return taint
        method = self.text(callee.child_by_field_name("property"))
        if method == "text" and any(label[0] in _HTTP_CLIENTS for label in taint):
            # `(await fetch("/partials/cart")).text()`: markup the site's server rendered (and escaped), not the
            # JSON fields other users wrote
            taint = frozenset(label for label in taint if label[0] not in _HTTP_CLIENTS)
            if not taint:
                return taint
        receiver = callee.child_by_field_name("object")
        if method == "get" and receiver is not None and receiver.type == "identifier" and self._fixed(receiver):
            return EMPTY  # TABLES.get(key) of a Map built from literals: one of its values, or undefined
        if method in ("map", "flatMap"):
            return self._mapped(node, taint)
        if (method in _DATABASE_READS or method in _FILE_READS) and self.source(self.dotted(callee)) is None:
            return EMPTY  # rows from the database, a file's content: not the request values that chose them
        if method in _SCHEMA_METHODS and (_SCHEMA_RECEIVER.search(self.text(receiver)) or self.text(receiver) in self.schemas):
            definition = self.schemas.get(self.text(receiver), self.text(receiver))
            # every field a number, an enum or a string held to an anchored plain pattern: validated for every rule
            return mark(taint, SCHEMA, VALIDATED) if _restrictive(definition) else mark(taint, SCHEMA)
        if method not in ("replace", "replaceAll"):
            return taint
        args = self.arguments(node.child_by_field_name("arguments"))
        if len(args) < 2:
            return taint
        pattern, replacement = self.text(args[0]), self.text(args[1])
        markers = []
        if _NEWLINE_PATTERN.match(pattern):
            markers.append(NO_NEWLINES)
        if "$&" in replacement and "\\" in replacement or args[1].type in self.FUNCTIONS and _BACKSLASH.search(
                replacement) and all(c in pattern for c in "*+?("):
            markers.append(REGEX_ESCAPED)  # "\\$&", or `ch => "\\" + ch` over the metacharacters
        if _HTML_ENTITY.search(self.text(node)) or _MARKUP_CLASS.match(pattern):
            markers.append(HTML_ESCAPED)
        filled = _PLAIN_FILL.match(replacement)  # "" or a stand-in such as "_" or "-": nothing the class refused
        if filled and _KEEP_ONLY.match(pattern):
            markers.extend((VALIDATED, NO_NEWLINES))
        if filled and _KEEP_PLAIN.match(pattern):
            # letters, digits, spaces, `_` and `-`: no regex syntax and no markup
            markers.extend((REGEX_ESCAPED, HTML_ESCAPED) if "\\s" in pattern else (REGEX_ESCAPED, HTML_ESCAPED, NO_NEWLINES))
        if _LDAP_CLASS.match(pattern) and ("\\" in replacement or args[1].type in self.FUNCTIONS):
            markers.append(LDAP_ESCAPED)
        return mark(taint, *markers) if markers else taint

    def _escaping_template(self, call: ts.Node, engines: dict) -> bool:
        """`ejs.render(tpl, data)`, `Handlebars.compile(tpl)`: an engine that escapes by default, given a template
        without its raw-output syntax (`<%-`, `{{{`, `| safe`); a template out of sight is taken as written
        with the default."""
        raw = engines.get(self.resolve(self.dotted(call.child_by_field_name("function"))))
        if raw is None:
            return False
        args = self.arguments(call.child_by_field_name("arguments"))
        return not (args and args[0].type in self.STRINGS and raw.search(self.text(args[0])))

    def _mapped(self, node: ts.Node, taint: Taint) -> Taint:
        """`ids.map(Number)`, `ids.map((_, i) => `$${i + 1}`)`: the elements are what the callback returns."""
        args = self.arguments(node.child_by_field_name("arguments"))
        if len(args) != 1:
            return taint
        callback = args[0]
        if callback.type in self.IDENTIFIERS or callback.type in self.MEMBERS:
            return NUMBER if self.model.converters.lookup(self.resolve(self.dotted(callback))) else taint
        if callback.type not in self.FUNCTIONS:
            return taint
        declared = callback.child_by_field_name("parameters")
        first = declared.named_children[0] if declared is not None and declared.named_children else None
        if first is not None and (first.child_by_field_name("pattern") or first).type in ("array_pattern",
                                                                                          "object_pattern"):
            return self._mapped_parts(node, callback, first.child_by_field_name("pattern") or first, taint)
        summary = self.summary_of(callback)
        if summary is None:
            return taint
        if 0 not in summary.returns:
            return NUMBER  # `(_, i) => `$${i + 1}``: built from positions and constants, not the elements
        # the call's taint is its receiver's (a callback evaluates to nothing); evaluating the receiver again
        # would make chains of .map() exponential
        return self._apply_summary("map", summary, [taint])

    def _local(self, node: ts.Node) -> bool:
        """A literal path on this site: one leading slash, not `//` or `/\\`."""
        text = self.text(node)
        return self._literal(node) and len(text) > 2 and text[1] == "/" and text[2] not in "/\\"

    # -- strings whose scheme and host a constant fixes ----------------------------------------------
    def _string(self, node: ts.Node) -> Taint:
        taint = self._text_taint(node)
        if self.model.wants_temp and _SHARED_TEMP.match(self.code, node.start_byte):
            return taint | _IN_SHARED_TEMP  # "/tmp/report.pdf", `/tmp/render-${Date.now()}.html`
        return taint

    def _text_taint(self, node: ts.Node) -> Taint:
        taint = super()._string(node)
        if taint and node.type == "template_string" and all(source == STRING_FORMATTING for source, _ in taint) and (
                values_constant(node)):
            return EMPTY  # `^(${LEVELS.join("|")})$`: pasted from literals and fixed lists only
        if taint and node.type == "template_string":
            taint = mark(taint, TYPED)  # text, whatever was pasted: no object with `$ne`/`$gt` operators
            parts = [c for c in node.named_children if c.type != "comment"]
            if len(parts) > 1 and parts[0].type == "template_substitution" and parts[0].named_children:
                first = parts[0].named_children[0]
                if self._base(first, parts[1]):
                    taint = mark(taint, FIXED_PREFIX)
        return taint

    def _binary(self, node: ts.Node) -> Taint:
        if self.operator(node) in ("||", "&&", "??"):  # `req.query.name || "guest"` is one of its operands
            return self.eval(node.child_by_field_name("left")) | self.eval(node.child_by_field_name("right"))
        taint = super()._binary(node)
        parent = node.parent
        if parent is not None and parent.type == "binary_expression" and parent.child_by_field_name("left") == node:
            return taint  # a part of a longer `+` chain: its top looks at the first operand once
        if taint and self.operator(node) == "+":
            left = node.child_by_field_name("left")
            while left is not None and left.type == "binary_expression" and self.operator(left) == "+":
                node, left = left, left.child_by_field_name("left")
            if left is not None and self._base(left, node.child_by_field_name("right")):
                taint = mark(taint, FIXED_PREFIX)
        return taint

    def _base(self, first: ts.Node, following: ts.Node | None) -> bool:
        """`API_BASE` (a constant named like a URL, or followed by a literal "/..."): scheme and host fixed."""
        if first.type not in self.IDENTIFIERS and first.type not in self.MEMBERS or not self.is_const(first):
            return False
        if _BASE_NAME.search(self.dotted(first).rsplit(".", 1)[-1]):
            return True
        text = self.text(following) if following is not None else ""
        return text.lstrip("'\"`").startswith("/")

    # -- names ------------------------------------------------------------------------------------
    def is_const(self, node: ts.Node) -> bool:
        kind = node.type
        if kind == "subscript_expression":  # `SORT_COLUMNS[key]`: one of a fixed table's values (or undefined)
            obj = self.subscript_object(node)
            return obj is not None and obj.type != "array" and self._fixed(obj)
        if kind == "ternary_expression":
            consequence, alternative = node.child_by_field_name("consequence"), node.child_by_field_name("alternative")
            if alternative is None or consequence is None or not self.is_const(alternative):
                return False
            if self.is_const(consequence):
                return True
            # `SORTABLE.includes(x) ? x : "name"`: x is one of the fixed values there
            condition = node.child_by_field_name("condition")
            while condition is not None and condition.type == "parenthesized_expression" and condition.named_children:
                condition = condition.named_children[0]
            if condition is None or condition.type != "call_expression":
                return False
            _, receiver, args = self.call_parts(condition)
            method = self.text(condition.child_by_field_name("function")).rsplit(".", 1)[-1]
            return (method in ("includes", "has") and receiver is not None and len(args) == 1
                    and self._fixed(receiver) and self.dotted(args[0]) == self.dotted(consequence))
        if kind == "member_expression" and self.text(node.child_by_field_name("property")) == "length":
            return True
        if kind == "array":  # ["viewer", "editor"]: an allow-list once bound to a name
            return all(self.is_const(item) for item in node.named_children if item.type != "comment")
        if kind == "object":
            return all(pair.type == "pair" and self.is_const(pair.child_by_field_name("value"))
                       for pair in node.named_children if pair.type != "comment")
        if kind == "call_expression":
            callee = node.child_by_field_name("function")
            if callee is not None and callee.type == "member_expression" and self.text(
                    callee.child_by_field_name("property")) == "get":
                receiver = callee.child_by_field_name("object")
                if receiver is not None and receiver.type == "identifier" and self._fixed(receiver):
                    return True  # TABLES.get(key)
            definition = self.functions.get(self.text(callee)) if callee is not None and (
                callee.type == "identifier") else None
            if definition is not None and returns_constants(definition):
                return True  # a helper of the snippet whose every `return` gives a literal
        if kind == "new_expression" and self.dotted(node.child_by_field_name("constructor")) in ("Set", "Map"):
            return all(self.is_const(arg) for arg in self.arguments(node.child_by_field_name("arguments")))
        return super().is_const(node)

    def assign(self, target: ts.Node | None, taint: Taint, value: ts.Node | None) -> None:
        super().assign(target, taint, value)
        if not taint and value is not None and value.type == "binary_expression" and target is not None and (
                target.type == "member_expression") and self.operator(value) in ("===", "==", "!==", "!="):
            chosen = self.eval(value.child_by_field_name("left")) | self.eval(value.child_by_field_name("right"))
            if chosen:  # req.session.isAdmin = req.body.admin === "true": a flag the client chose, stored
                self._stored(target, chosen)
        elif not taint and value is not None and value.type == "call_expression" and target is not None and (
                target.type == "member_expression") and _SESSION.search(self.dotted(target)):
            name, _, args = self.call_parts(value)
            if args and self.model.converters.lookup(self.resolve(name)):
                # (the conversion marked its argument parsed: a number, still the client's choice)
                chosen = frozenset((source, applied - {PARSED}) for source, applied in self.eval(args[0]))
                if chosen:  # req.session.tenantId = Number(req.body.tenantId)
                    self._stored(target, chosen)
        if target is not None and target.type == "identifier":
            self._properties(self.text(target), value)
            self.templates.discard(self.text(target))
            if value is not None and value.type == "call_expression" and self._escaping_template(value, _COMPILERS):
                self.templates.add(self.text(target))
            self.url_parts.pop(self.text(target), None)
            self.relatives.pop(self.text(target), None)
            self.schemas.pop(self.text(target), None)
            if value is not None and value.type == "call_expression" and _SCHEMA_BUILDER.match(self.text(value)):
                self.schemas[self.text(target)] = self.text(value)
            if value is not None and value.type == "call_expression":
                name, _, args = self.call_parts(value)
                if self.resolve(name) == "path.relative" and len(args) == 2 and (
                        args[1].type in self.IDENTIFIERS or args[1].type in self.MEMBERS):
                    self.relatives[self.text(target)] = self.dotted(args[1])
            if value is not None and value.type == "member_expression":  # const host = new URL(u).hostname
                origins = [key for key in self.checked(value) if isinstance(key, str) and key != self.dotted(value)]
                if origins and self.member(value)[1] in self.URL_PARTS:
                    self.url_parts[self.text(target)] = origins[0]
        if target is not None and target.type == "object_pattern" and taint:
            self._picked(target, taint)
        if target is not None and target.type == "object_pattern" and value is not None and value.type in self.CALLS:
            origin = self._parsed_argument(value)  # const { hostname } = new URL(req.query.url)
            if origin:
                for part in target.named_children:
                    name = self.text(part) if part.type == "shorthand_property_identifier_pattern" else None
                    if name in self.URL_PARTS:
                        self.url_parts[name] = origin

    def _picked(self, pattern: ts.Node, taint: Taint) -> None:
        """`const { name, bio } = req.body`: each name holds one field; a rest (`...profile`) holds the whole
        less the named keys, a field set only where those keys take the privileged ones out."""
        parts = pattern.named_children
        rest_allowed = any(_privileged(self.text(p.child_by_field_name("key") or p.child_by_field_name("left") or p))
                           for p in parts if p.type != "rest_pattern")
        for part in parts:
            if part.type == "rest_pattern" and not rest_allowed:
                continue
            target = part.child_by_field_name("value") if part.type == "pair_pattern" else part
            if part.type == "rest_pattern" and part.named_children:
                target = part.named_children[0]
            elif part.type == "object_assignment_pattern":
                target = part.child_by_field_name("left")
            if target is not None and target.type in self.IDENTIFIERS:
                key = self.text(target)
                self.env[key] = mark(self.env.get(key, taint), FIELD)

    def _properties(self, name: str, value: ts.Node | None) -> None:
        """`const opts = { cmd: "whoami", user: req.query.u }`: `opts.cmd` is what its own pair holds."""
        for key in self.properties.pop(name, ()):
            self.env.pop(key, None)
            self.consts.discard(key)
        if value is None or value.type != "object":
            return
        prefix, keys = name + ".", self.properties.setdefault(name, [])
        for pair in value.named_children:
            key, part = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if pair.type != "pair" or key is None or part is None or key.type != "property_identifier" or (
                    part.type == "object"):
                continue  # a nested object keeps the taint of the whole (read through `opts`)
            keys.append(prefix + self.text(key))
            self.env[keys[-1]] = self.eval(part)
            if self.is_const(part):
                self.consts.add(keys[-1])

    def statement_extra(self, node: ts.Node) -> bool:
        """A class field (`private readonly table = "users"`): `this.table` in the methods; a `catch` clause's
        error (walked on as a block)."""
        if node.type not in ("public_field_definition", "field_definition"):
            if node.type == "catch_clause":
                self.caught(node)
            return False
        name = node.child_by_field_name("name") or node.child_by_field_name("property")
        value = node.child_by_field_name("value")
        if name is None or value is None:
            return False
        key = "this." + self.text(name)
        self.env[key] = self.fields[key] = self.eval(value)
        if self.is_const(value):
            self.consts.add(key)
        return True

    def _check_sink(self, sink, node: ts.Node, raw: str, args: list, arg_taints: list, receiver: Taint) -> None:
        """A response whose chain declares its type (`res.type("text/plain").send(x)`) is no HTML sink either."""
        callee = node.child_by_field_name("function")
        if sink.unless_function is not None and callee is not None and callee.type == "member_expression" and (
                sink.unless_function.search(self.code, callee.start_byte, callee.end_byte)):
            return
        super()._check_sink(sink, node, raw, args, arg_taints, receiver)

    def _own_origin(self, node: ts.Node) -> bool:
        """`request.nextUrl.origin`, `new URL(req.url).host`: the origin of this site, as the request shows it."""
        while node.type == "parenthesized_expression" and node.named_children:
            node = node.named_children[0]
        if node.type != "member_expression" or self.member(node)[1] not in self.URL_PARTS:
            return False
        obj = self.member(node)[0]
        if obj is None:
            return False
        if obj.type == "new_expression":
            args = self.arguments(obj.child_by_field_name("arguments"))
            return self.dotted(obj.child_by_field_name("constructor")) == "URL" and len(args) == 1 and (
                self.dotted(args[0]) in _OWN_URLS)
        name = self.dotted(obj)
        return name in _OWN_URLS or self.parsed.get(name) in _OWN_URLS

    # -- tests ------------------------------------------------------------------------------------
    def _anchored(self, node: ts.Node | None) -> bool:
        """`new RegExp(`^(${LEVELS.join("|")})$`)`: anchored, and built from fixed values only."""
        if node is not None and node.type == "template_string":
            text = self.text(node)
            if text.startswith("`^") and text.endswith("$`") and len(text) < 400 and values_constant(node):
                return True
        return super()._anchored(node)

    def checked(self, node: ts.Node | None) -> tuple:
        if node is not None and node.type == "unary_expression" and self.operator(node) == "typeof":
            return tuple((TYPED, key) for key in super().checked(node.child_by_field_name("argument"))
                         if isinstance(key, str))
        if node is not None and node.type == "identifier" and self.url_parts.get(self.text(node)):
            return (self.text(node), self.url_parts[self.text(node)])
        if node is not None and node.type in ("as_expression", "non_null_expression", "satisfies_expression",
                                              "type_assertion") and node.named_children:
            return self.checked(node.named_children[0] if node.type != "type_assertion" else node.named_children[-1])
        if node is not None and node.type == "call_expression":  # String(x), x.toString(): a test of x's text
            name, receiver, args = self.call_parts(node)
            if name == "String" and len(args) == 1:
                return self.checked(args[0])
            if name.endswith(".toString") and receiver is not None and not args:
                return self.checked(receiver)
        return super().checked(node)

    def guards(self, node: ts.Node) -> tuple[tuple, tuple]:
        when_true, when_false = super().guards(node)
        kind = node.type
        if kind in self.CALLS:
            name, receiver, args = self.call_parts(node)
            last = name.rsplit(".", 1)[-1]
            if args and (last in _SAFE_REGEX or self.resolve(name) in _SAFE_REGEX):
                return when_true + self.checked(args[0]), when_false  # safe-regex: no catastrophic backtracking
            if receiver is None or not args or not self._literal(args[0]):
                return when_true, when_false
            value = self.text(args[0])[1:-1]
            keys = [key for key in self.checked(receiver) if isinstance(key, str)]
            if last == "startsWith" and value == "/":
                return when_true + tuple((_STARTS_SLASH, k) for k in keys), when_false
            if last == "startsWith" and value in ("//", "/\\\\", "\\\\"):
                return when_true, when_false + tuple((_NOT_DOUBLE_SLASH, k) for k in keys)
            if last == "includes" and value == "..":
                return when_true, when_false + tuple((NO_DOTDOT, k) for k in keys)
            if last == "endsWith" and len(value) > 2 and value[0] == "." and "/" not in value and (
                    receiver.type == "member_expression" and self.member(receiver)[1] in ("host", "hostname")):
                return when_true + tuple(keys), when_false  # url.hostname.endsWith(".example.com"): a subdomain
            origin = self.relatives.get(self.text(receiver))
            if origin is None and receiver.type == "call_expression":  # path.relative(BASE, p).startsWith("..")
                rel_name, _, rel_args = self.call_parts(receiver)
                if self.resolve(rel_name) == "path.relative" and len(rel_args) == 2 and (
                        rel_args[1].type in self.IDENTIFIERS or rel_args[1].type in self.MEMBERS):
                    origin = self.dotted(rel_args[1])
            if origin and last in ("startsWith", "includes") and value in ("..", "../", "..\\\\"):
                # path.relative(BASE, p) does not climb out of BASE: p is inside it
                return when_true, when_false + ((CONTAINMENT, origin),)
        elif kind in self.BINARIES:
            op = self.operator(node)
            if op in ("&&", "||"):  # both halves of a local-path test on one name: a local path
                found = when_true if op == "&&" else when_false
                slash = {k for k in found if isinstance(k, tuple) and k[0] == _STARTS_SLASH}
                double = {k[1] for k in found if isinstance(k, tuple) and k[0] == _NOT_DOUBLE_SLASH}
                local = tuple((LOCAL_PATH, k) for _, k in slash if k in double)
                if local:
                    return (when_true + local, when_false) if op == "&&" else (when_true, when_false + local)
            elif op in ("===", "==", "!==", "!="):  # x.indexOf("..") === -1
                left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
                for mine, other in ((left, right), (right, left)):  # target.origin === request.nextUrl.origin
                    if mine is not None and other is not None and self._own_origin(other) and not self._own_origin(
                            mine) and mine.type == "member_expression" and self.member(mine)[1] in self.URL_PARTS:
                        keys = tuple(key for key in self.checked(mine) if isinstance(key, str))
                        return (when_true + keys, when_false) if op in ("===", "==") else (when_true, when_false + keys)
                if left is not None and right is not None and self.text(right) == "-1" and left.type in self.CALLS:
                    name, receiver, args = self.call_parts(left)
                    if name.endswith("indexOf") and receiver is not None and args and self.text(args[0])[1:-1] == "..":
                        keys = tuple((NO_DOTDOT, k) for k in self.checked(receiver) if isinstance(k, str))
                        return (keys, ()) if op in ("===", "==") else ((), keys)
                    if name.endswith("indexOf") and receiver is not None and args and self._fixed(receiver):
                        keys = self.checked(args[0])  # ALLOWED.indexOf(x) === -1: x is not one of them
                        return ((), keys) if op in ("===", "==") else (keys, ())
        return when_true, when_false
