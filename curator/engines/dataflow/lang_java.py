"""The Java adapter: tree-sitter-java node kinds; Spring and JAX-RS handler parameters are route parameters.

Servlet request data comes from calls (`request.getParameter(...)`), listed as sources in
`rules/java/taint.yaml`; a Spring `@GetMapping`/JAX-RS `@GET` method's `@RequestParam`/`@PathVariable`/
`@QueryParam`... parameters (and its plain `String` parameters) are labelled `route-parameters`; a servlet's
`doGet`/`doPost` is a route too (its request object is no caller's text).

What Java code does to look unsafe while being safe, and the walk follows: conditions with a fixed outcome
and maps/lists read back by a fixed key (`lang_java_values.py`), names typed `int`/`boolean`, values from a
constant table, `switch` expressions over constants, a ternary whose test validates the value it picks,
`startsWith` a local path, `getCanonicalPath().startsWith(base)`, and helpers named as escapers.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import (
    CONTAINMENT, EMPTY, FIXED_PREFIX, SHARED_TEMP_PATH, SQL, VALIDATED, TaintModel, mark,
)
from curator.engines.dataflow.lang_java_values import JavaValues
from curator.engines.dataflow.walk import Walk
from curator.engines.dataflow.word_only import strips_to_word
from curator.ruleset import Rule

NO_DOT_DOT = "@no-dot-dot"  # tested to hold no `..` (path rules take it as clean)

ROUTE_ANNOTATIONS = frozenset({"GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping",
                               "RequestMapping", "GET", "POST", "PUT", "DELETE", "PATCH", "Path",
                               "Get", "Post", "Put", "Delete", "Patch"})  # the last: Micronaut
PARAMETER_ANNOTATIONS = frozenset({"RequestParam", "PathVariable", "RequestBody", "RequestHeader", "CookieValue",
                                   "ModelAttribute", "QueryParam", "PathParam", "FormParam", "HeaderParam",
                                   "CookieParam", "MatrixParam", "Body", "BeanParam", "Form", "RestForm",
                                   "RestQuery", "RestPath", "RestHeader", "QueryValue", "Header", "Part"})
NOT_REQUEST_DATA = frozenset({"AuthenticationPrincipal", "SessionAttribute", "RequestAttribute", "Value",
                              "CurrentSecurityContext"})
# `@Pattern(regexp = "...")` whose pattern admits no arbitrary run of characters (no `.*`, `.+`, `\S+`)
_RESTRICTIVE_PATTERN = re.compile(r"""@Pattern\s*\(\s*(?:regexp\s*=\s*)?"(?![^"]*(?:\.[*+{]|\\\\[SD][*+]))""")
_SHELL_PROGRAM = re.compile(r"^((/usr)?/bin/)?((ba|z|da|k)?sh|cmd(\.exe)?|powershell(\.exe)?|pwsh)$", re.IGNORECASE)
# where a name may be pasted from parts
_NAME_BUILDS = frozenset({"method_invocation", "object_creation_expression", "binary_expression"})
_RANDOM_NAME = re.compile(rb"\b(?:randomUUID|createTempFile|createTempDirectory|SecureRandom)\b")
_TMPDIR_PROPERTY = 'System.getProperty("java.io.tmpdir")'
_SHARED_TEMP = re.compile(rb'"/(?:var/tmp|tmp|dev/shm)(?:/[^"/]|")')
_TEMP_LABEL = frozenset({(SHARED_TEMP_PATH, frozenset())})
_ENTITY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_BOXED = frozenset({"Integer", "Long", "Boolean", "Double", "UUID", "LocalDate", "Float", "Short", "AsyncResponse"})
SERVLET_METHODS = frozenset({"doGet", "doPost", "doPut", "doDelete", "doPatch", "service"})
TEXT_TYPES = frozenset({"String", "CharSequence", "Object", "String[]", "List<String>", "Map<String, String>",
                        "MultiValueMap<String, String>"})


# Fully qualified names (`java.io.File`, `org.owasp.esapi.ESAPI.encoder`) are looked up by their class part.
PACKAGE_ROOTS = ("java.", "javax.", "jakarta.", "org.", "com.", "io.", "net.")
# Spring MVC: a handler's view name "redirect:" + url redirects; rules list it as the sink `redirect:`.
REDIRECT_VIEW = "redirect:"
# A prefix test that keeps a URL local ("/" then not "/" or "\\") or on one fixed host.
_NUMBER_FIELD = re.compile(
    r"\b(?:int|long|short|byte|double|float|boolean|Integer|Long|Short|Double|Float|Boolean|UUID|BigDecimal|"
    r"LocalDate)\s+(\w+)\s*[,;)=]")
_PATTERN_FIELD = re.compile(_RESTRICTIVE_PATTERN.pattern + r'[^"]*"[^)]*\)\s*(?:@\w+(?:\([^)]*\))?\s*)*'
                            r"(?:(?:private|public|protected|final)\s+)*String\s+(\w+)")
_URL_AUTHORITY = frozenset({"setHost", "host", "setScheme", "scheme", "setPort", "port", "setUserInfo", "userInfo",
                            "uri", "setUri", "uriComponents"})
_BASE_URL = re.compile(r"^https?://[^/\s]+/")  # a constant naming the scheme and host
_SUBDOMAIN = re.compile(r'^"\.[\w-]+(\.[\w-]+)+"$')  # ".example.com": a leading dot, a domain
_LOCAL_OR_HOST = re.compile(r'^"(/([^/\\"][^"]*)?"|https?://[^/"]+/)')
# A helper of the snippet named as an escaper (`escapeLdap`, `sanitizeFilter`, `encodeXPathLiteral`): rules that
# list "@escaped" among their sanitizers take its result as cleaned.
ESCAPER = re.compile(r"(?i)escape|encode|sanitize|quote")
ESCAPED = "@escaped"
_ENTITIES = re.compile(rb'"&lt;"[\s\S]*?"&(?:gt|amp|quot|#39|#x27);"|"&(?:gt|amp|quot|#39|#x27);"[\s\S]*?"&lt;"')
READERS = frozenset({"readLine", "nextLine"})  # sources of their own that may read request data
EQUALITY = frozenset({"equals", "equalsIgnoreCase", "contentEquals"})
# calls and fields whose value is a number whatever text they measure (`ids.split(",").length`, `s.length()`)
NUMBER_METHODS = frozenset({"length", "size", "hashCode", "indexOf", "lastIndexOf", "compareTo", "count", "getLength",
                            "getSize", "getContentLength", "getContentLengthLong"})
CANONICAL = frozenset({"getCanonicalPath", "getCanonicalFile", "toRealPath", "normalize", "toAbsolutePath"})


# a boolean check of a value by name: isMember, hasAccess, canView, ownsAccount, belongsToUser, isValidX
_MEMBERSHIP_CHECK = re.compile(r"^(?:is|has|can|owns|belongs|may)[A-Z]\w*$|^(?:valid|isValid)\w*$")
# presence and emptiness tests accept any non-empty text: no check of what it says
_PRESENCE_CHECK = re.compile(r"^(?:is|has)(?:Not)?(?:Empty|Blank|Null|Present|Text|Length"
                             r"|Whitespace|Defined|Some|None|Next)\w*$")
# tests of what a path names on disk: any path that exists passes, `../../etc/passwd` included
_FILE_STATE = re.compile(r"^is(?:RegularFile|Directory|Readable|Writable|Executable|SymbolicLink|Hidden|File)$")
_CREDENTIAL_CHECK = re.compile(r"^(check|verify|authenticate|login)(Credentials?|Password|Login|User\w*)?$")
# a pattern that is one negated character class: replacing its matches with "" keeps only the listed characters
_KEEP_ONLY = re.compile(r'^"\[\^[^\]"]+\][+*]?"$')
_TEXT_CLASSES = frozenset({"String", "CharSequence", "Object", "StringBuilder", "Map", "List", "Collection",
                           "HashMap", "ArrayList", "Serializable", "Comparable"})
# a field type that names a service, repository or client (its answer was looked up, not parsed from the input):
# `ObjectMapper`, `Gson`, a codec or a parser only transforms what it is given
_SERVICE_TYPE = re.compile(rb"(?:Service|Repository|Repo|Dao|DAO|Store|Client|Gateway|Manager|Provider|Api|Finder"
                           rb"|Directory|Registry|Resolver|Template)$")
STRIPPED = "@stripped"  # characters outside a fixed set removed (trust-boundary rules take it as checked)
# `private final RoleRepository roles;`, `private final SsoClient sso = SsoClient.fromEnv();`: a field's type and name
_SERVICE_FIELD = re.compile(rb"\bprivate\s+(?:static\s+)?(?:final\s+)?([A-Z]\w*)\s+(\w+)\s*[;=]")
# field types that hold data (text, collections, patterns) or the request itself, not a service
_NOT_SERVICES = frozenset({b"String", b"StringBuilder", b"StringBuffer", b"Object", b"Map", b"HashMap", b"List",
                           b"ArrayList", b"Set", b"HashSet", b"Pattern", b"Path", b"File", b"Properties",
                           b"HttpServletRequest", b"HttpSession", b"ConcurrentHashMap", b"Deque", b"Queue"})
_ENUM = re.compile(rb"\benum\s+([A-Z]\w*)")
_LOGGER_NAME = re.compile(rb"\b(?:Logger|Log)\s+(\w+)\s*[=;]"
                          rb"|\b(\w+)\s*=\s*(?:LoggerFactory|LogManager|Logger|LogFactory|System)\.get(?:Logger|Log)\(")
_SESSION_NAME = re.compile(rb"\bHttpSession\s+(\w+)|\b(\w+)\s*=\s*\w+\.getSession\(")
# finders of a repository, DAO or service: the record the value selected, not the value
_RECORD_FINDER = re.compile(r"^(?:(?:find|get|load|fetch|lookup)\w*By[A-Z]\w*|findOne|getOne|getReferenceById|"
                            r"authenticate|loadUserByUsername)$")


class JavaWalk(JavaValues, Walk):
    FUNCTIONS = frozenset({"method_declaration", "constructor_declaration", "lambda_expression"})
    CALLS = frozenset({"method_invocation", "object_creation_expression"})
    MEMBERS = frozenset({"field_access"})
    SUBSCRIPTS = frozenset({"array_access"})
    IDENTIFIERS = frozenset({"identifier", "this"})
    STRINGS = frozenset({"string_literal", "text_block"})
    DECLARATORS = frozenset({"variable_declarator", "resource"})
    LITERALS = frozenset({"decimal_integer_literal", "hex_integer_literal", "octal_integer_literal",
                          "decimal_floating_point_literal", "true", "false", "null_literal", "character_literal",
                          "line_comment", "block_comment", "class_literal"})
    IMPLICIT_THIS = True
    EXIT_CALLS = ("exit", "sendError")
    URL_PARSERS = frozenset({"URL", "URI", "URI.create", "java.net.URL", "java.net.URI"})
    FORMATTERS = frozenset({"String.format", "MessageFormat.format", "formatted"})
    MUTATORS = frozenset({"append", "add", "put", "insert", "addAll", "set"})

    def __init__(self, model: TaintModel, code: bytes) -> None:
        super().__init__(model, code)
        # a random part in a name built in the snippet (`UUID.randomUUID()`): the shared-temp label is dropped
        # where it is pasted (see `eval`); `unfiltered` is the node being evaluated under that test
        self.random_names = model.wants_temp and _RANDOM_NAME.search(code) is not None
        self.unfiltered = None
        self.values: dict = {}
        self.containers: dict = {}
        self.canonical_of: dict[str, str] = {}  # local -> the path it is the canonical/normalized form of
        self.const_entries: set = set()
        self.mutated: set[str] = set()
        self.numbers: set[str] = set()
        self.classes: set[str] = set()
        self.enums: set[bytes] = set()  # names of the snippet's enums
        self.sessions: set[bytes] = set()  # names bound to an HttpSession
        self.services: set[str] = set()  # the class's fields holding a service, repository or client object
        self.loggers: set[bytes] = set()  # names bound to a logger
        self.bound_objects: set[str] = set()  # route parameters bound from the request as a whole object
        self.valid_objects: set[str] = set()  # those of them annotated @Valid/@Validated (bean validation runs)
        # DTO components/fields: declared with a number type, or a String under a restrictive @Pattern
        text = code.decode("utf-8", "replace") if b"@Valid" in code else ""
        self.number_fields = {m.group(1) for m in _NUMBER_FIELD.finditer(text)}
        self.pattern_fields = {m.group(1) for m in _PATTERN_FIELD.finditer(text)}

    def _collect(self, root: ts.Node) -> None:
        super()._collect(root)
        self.classes = self.collect_values(root)
        code = self.code
        self.enums = set(_ENUM.findall(code)) if b"enum" in code else set()
        # `HttpSession s = req.getSession()`: `s.setAttribute(...)` is the session's, whatever the name
        self.sessions = {found.group(1) or found.group(2) for found in _SESSION_NAME.finditer(code)} - {
            b"session"} if b"Session" in code else set()
        self.loggers = {found.group(1) or found.group(2) for found in _LOGGER_NAME.finditer(code)} - {
            b"logger", b"log"} if b"Log" in code else set()
        self.services = {found.group(2).decode() for found in _SERVICE_FIELD.finditer(code)
                         if found.group(1) not in _NOT_SERVICES and _SERVICE_TYPE.search(found.group(1))
                         } if b"private" in code else set()

    def _user_function(self, raw: str):
        found = super()._user_function(raw)
        if found is None and raw:  # `new Helper().clean(x)`, `Helper.clean(x)` with Helper in the snippet
            head, _, last = raw.rpartition(".")
            if head and head.rsplit(".", 1)[-1] in self.classes:
                return self.functions.get(last)
        return found

    def imports(self, root: ts.Node) -> None:
        for child in root.named_children:
            if child.type == "import_declaration" and child.named_children:
                name = self.text(child.named_children[0])
                if not any(c.type == "asterisk" for c in child.named_children):
                    self.aliases[name.rsplit(".", 1)[-1]] = name

    def resolve(self, name: str) -> str:
        if self.sessions or self.loggers:
            head, dot, rest = name.partition(".")
            if dot and head.encode() in self.sessions:
                return f"session.{rest}"
            if dot and head.encode() in self.loggers:
                return f"logger.{rest}"  # `AUDIT.warning(...)` on `Logger AUDIT = Logger.getLogger("audit")`
        # sinks are written with simple class names (`Runtime.getRuntime.exec`, `Files.readString`)
        if name.startswith(PACKAGE_ROOTS):
            parts = name.split(".")
            for i, part in enumerate(parts):
                if part[:1].isupper():
                    return ".".join(parts[i:])
        return name

    def declarations(self, node: ts.Node):
        if node.type == "assignment_expression" and self.operator(node) != "=":
            return None  # `sql += x`: eval below
        return super().declarations(node)

    def assign(self, target, taint, value) -> None:
        super().assign(target, taint, value)
        if target is not None and target.type == "identifier":
            key = self.text(target)
            self.canonical_of.pop(key, None)
            if value is not None and value.type == "method_invocation" and self.text(
                    value.child_by_field_name("name")) in CANONICAL and value.child_by_field_name("object") is not None:
                # String canonical = f.getCanonicalPath(): a later `canonical.startsWith(base)` checks f too
                self.canonical_of[key] = self.dotted(value.child_by_field_name("object"))
            self.remember(target, value, target.parent is not None and target.parent.type == "variable_declarator")

    def guards(self, node: ts.Node):
        when_true, when_false = super().guards(node)
        if node.type == "method_invocation":
            name = self.text(node.child_by_field_name("name"))
            receiver = node.child_by_field_name("object")
            args = self.arguments(node.child_by_field_name("arguments"))
            if name == "matches" and receiver is not None and self.text(receiver) == "Pattern" and len(args) == 2:
                when_true = when_true + self.checked(args[1])  # Pattern.matches(regex, v): the whole of v
            elif _CREDENTIAL_CHECK.match(name) and args:
                # auth.checkCredentials(user, pass), verifyPassword(user, pw): true only for a known account
                when_true = when_true + tuple(key for arg in args for key in self.checked(arg))
            elif _PRESENCE_CHECK.match(name) or _FILE_STATE.match(name):
                when_true = ()  # StringUtils.isNotBlank(team), Files.isRegularFile(p): any text passes
            elif name == "contains" and receiver is not None and len(args) == 1 and self.text(args[0]) in (
                    '".."', '"../"', '"..\\"'):
                # entry.getName().contains(".."): when false, the name climbs out of no folder
                when_false = when_false + tuple((NO_DOT_DOT, key) for key in self.checked(receiver))
            elif _MEMBERSHIP_CHECK.match(name) and args:
                # membership.isMember(userId, accountId), acl.canAccess(user, docId), isAllowedHost(base, url):
                # a predicate over the value, on a branch that leaves when it fails, holds it to what it accepts
                when_true = when_true + tuple(
                    key for arg in args if not self._literal(arg) for key in self.checked(arg))
        if node.type == "instanceof_expression" and node.child_by_field_name("left") is not None:
            kind = node.child_by_field_name("right")
            if kind is not None and self.text(kind).split("<", 1)[0] not in _TEXT_CLASSES:
                # `obj instanceof UserPrefs`: an object of one of the application's classes, no free text for a
                # trust-boundary rule
                when_true = when_true + tuple(
                    (STRIPPED, key) for key in self.checked(node.child_by_field_name("left")))
        if node.type == "method_invocation" and self.text(node.child_by_field_name("name")) in EQUALITY:
            receiver = node.child_by_field_name("object")
            args = self.arguments(node.child_by_field_name("arguments"))
            if receiver is not None and len(args) == 1:  # "admin".equals(role), role.equals("admin")
                if self._literal(receiver) and not self._literal(args[0]):
                    when_true = when_true + self.checked(args[0])
                elif self._literal(args[0]) and not self._literal(receiver):
                    when_true = when_true + self.checked(receiver)
        if node.type == "method_invocation" and self.text(node.child_by_field_name("name")) == "endsWith":
            receiver = node.child_by_field_name("object")
            args = self.arguments(node.child_by_field_name("arguments"))
            if receiver is not None and len(args) == 1 and _SUBDOMAIN.match(self.text(args[0])) and (
                    receiver.type == "method_invocation" and self.text(receiver.child_by_field_name("name")) == "getHost"):
                when_true = when_true + self.checked(receiver)  # uri.getHost().endsWith(".example.com"): a subdomain
        if node.type == "method_invocation" and self.text(node.child_by_field_name("name")) == "startsWith":
            receiver = node.child_by_field_name("object")
            args = self.arguments(node.child_by_field_name("arguments"))
            if receiver is not None and len(args) == 1 and _LOCAL_OR_HOST.match(self.text(args[0])):
                # url.startsWith("/") (not "//"), url.startsWith("https://app.example.com/"): a fixed prefix
                when_true = when_true + tuple((FIXED_PREFIX, key) for key in self.checked(receiver))
        return when_true, when_false

    def _containment(self, node) -> None:
        super()._containment(node)
        stack = [node] if node is not None else []
        while stack:  # f.getCanonicalPath().startsWith(base): f itself is checked
            current = stack.pop()
            stack.extend(current.named_children)
            if current.type != "method_invocation" or self.text(current.child_by_field_name("name")) != "startsWith":
                continue
            inner = current.child_by_field_name("object")
            if inner is not None and inner.type == "identifier" and self.text(inner) in self.canonical_of:
                key = self.canonical_of[self.text(inner)]  # canonical = f.getCanonicalPath() checked
                if self.env.get(key):
                    self.env[key] = mark(self.env[key], CONTAINMENT)
                continue
            if inner is None or inner.type != "method_invocation" or self.text(
                    inner.child_by_field_name("name")) not in CANONICAL:
                continue
            key = self.dotted(inner.child_by_field_name("object"))
            if self.env.get(key):
                self.env[key] = mark(self.env[key], CONTAINMENT)

    def exits(self, node) -> bool:
        # `break` leaves the loop, not the function: what the branch assigned is seen after the loop
        # (for (Cookie c : cookies) { if (c.getName().equals("id")) { param = c.getValue(); break; } })
        last = node
        while last is not None and last.type in ("block",) and last.named_children:
            last = [c for c in last.named_children if c.type not in ("line_comment", "block_comment")][-1]
        if last is not None and last.type == "break_statement":
            return False
        return super().exits(node)

    def statement_extra(self, node: ts.Node) -> bool:
        if node.type == "switch_expression":
            self.switch(node)
            return True
        return False

    def _if(self, node: ts.Node) -> None:
        condition, consequence, alternatives = self.if_parts(node)
        value = self.const_value(condition)
        if not isinstance(value, bool):
            super()._if(node)
            return
        self.eval(condition)  # `if ((7 * 18) + num > 200)`: only the branch that runs
        for branch in ([consequence] if value else alternatives):
            if branch is not None:
                self.statements(branch)

    def _switch_values(self, node: ts.Node) -> list:
        """The value parts of a switch expression's `case X -> value;` rules (throws are no values)."""
        body = node.child_by_field_name("body")
        values = []
        for rule in body.named_children if body is not None else ():
            for part in rule.named_children if rule.type == "switch_rule" else ():
                if part.type == "expression_statement" and part.named_children:
                    values.append(part.named_children[0])
                elif part.type not in ("switch_label", "throw_statement"):
                    values.append(part)
        return values

    def is_const(self, node: ts.Node) -> bool:
        kind = node.type
        if kind == "switch_expression":  # String column = switch (sort) { case "name" -> "name"; default -> "id"; }
            values = self._switch_values(node)
            return bool(values) and all(value.type != "block" and self.is_const(value) for value in values)
        if kind == "identifier" and self.text(node) in self.numbers:
            return True  # an int or boolean holds no text
        if kind == "ternary_expression":  # asc ? "ASC" : "DESC"
            value = self.const_value(node.child_by_field_name("condition"))
            sides = [node.child_by_field_name("consequence" if value else "alternative")] if isinstance(
                value, bool) else [node.child_by_field_name("consequence"), node.child_by_field_name("alternative")]
            return all(side is not None and self.is_const(side) for side in sides)
        if kind == "method_invocation":
            method = self.text(node.child_by_field_name("name"))
            receiver = node.child_by_field_name("object")
            if method in ("get", "getOrDefault") and receiver is not None and receiver.type in (
                    "identifier", "field_access") and self._fixed(receiver):
                args = self.arguments(node.child_by_field_name("arguments"))
                return method == "get" or (len(args) == 2 and self.is_const(args[1]))
            if method in ("toUpperCase", "toLowerCase", "trim", "name", "toString") and receiver is not None:
                return self.is_const(receiver)
            if method in NUMBER_METHODS and receiver is not None:
                return True
            if method == "valueOf" and receiver is not None and self.text(receiver).encode() in self.enums:
                return True  # Table.valueOf(name): one of the enum's constants
            if method == "collect" and receiver is not None and receiver.type == "method_invocation" and self.text(
                    receiver.child_by_field_name("name")) in ("map", "mapToObj") and self._constant_mapping(receiver):
                return True  # ids.stream().map(i -> "?").collect(Collectors.joining(",")): placeholders
            args = self.arguments(node.child_by_field_name("arguments"))
            owner = self.text(receiver).rsplit(".", 1)[-1] if receiver is not None else ""
            if owner in ("String", "Collections") and method in ("join", "nCopies", "valueOf"):
                return bool(args) and all(self.is_const(arg) for arg in args)  # String.join(",", nCopies(n, "?"))
            if method == "repeat" and receiver is not None and len(args) == 1:
                return self.is_const(receiver) and self.is_const(args[0])
            if method == "get" and receiver is not None and receiver.type == "identifier" and len(args) == 1:
                return self.const_entry(self.text(receiver), args[0])  # map.put("k", "users"); map.get("k")
        if kind == "field_access" and self.text(node.child_by_field_name("field")) == "length":
            return True
        if kind == "cast_expression":
            value = node.child_by_field_name("value")
            return value is not None and self.is_const(value)
        return super().is_const(node)

    def eval(self, node):
        if self.random_names and node is not None and node.type in _NAME_BUILDS and node.id != self.unfiltered and (
                _RANDOM_NAME.search(self.code, node.start_byte, node.end_byte)):
            # Paths.get("/tmp/uploads", UUID.randomUUID() + ".bin"): a name nobody can guess
            saved, self.unfiltered = self.unfiltered, node.id
            try:
                taint = self.eval(node)
            finally:
                self.unfiltered = saved
            return frozenset(label for label in taint if label[0] != SHARED_TEMP_PATH)
        if node is None:
            return EMPTY
        kind = node.type
        if self.model.wants_temp and (kind == "string_literal" and _SHARED_TEMP.match(self.code, node.start_byte) or (
                kind == "method_invocation" and self.text(node).replace(" ", "") == _TMPDIR_PROPERTY)):
            return _TEMP_LABEL  # "/tmp/orders.csv", Paths.get("/tmp", name), java.io.tmpdir: a folder every user shares
        if kind == "identifier" and self.text(node) in self.numbers:
            return EMPTY
        if kind == "field_access" and self.text(node.child_by_field_name("field")) == "length":
            self.eval(node.child_by_field_name("object"))  # an array's length is a number
            return EMPTY
        if kind == "cast_expression" and node.child_by_field_name("type") is not None and self.text(
                node.child_by_field_name("type")).split("<", 1)[0] not in _TEXT_CLASSES:
            taint = super().eval(node)  # `(Cart) in.readObject()`: an object of that class or an exception
            return mark(taint, STRIPPED) if taint else taint
        if kind == "switch_expression" and node.parent is not None and node.parent.type not in self.block_kinds():
            self.eval(node.child_by_field_name("condition"))  # the selector picks a value; it is not the value
            taint = EMPTY
            for value in self._switch_values(node):
                taint = taint | self.eval(value)
            return taint
        if kind == "ternary_expression":
            condition = node.child_by_field_name("condition")
            value = self.const_value(condition)
            if isinstance(value, bool):  # a constant test: only the chosen value flows
                self.eval(condition)
                return self.eval(node.child_by_field_name("consequence" if value else "alternative"))
            # ALLOWED.contains(x) ? x : "/": each side sees what the test proved on its way
            return self.choice(condition, node.child_by_field_name("consequence"),
                               node.child_by_field_name("alternative"))
        if kind == "assignment_expression" and self.operator(node) != "=":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            taint = self.eval(right)
            key = self.dotted(left)
            built = self._formatting([left, right], node) if self.operator(node) == "+=" else EMPTY
            if built and key in self.sql_names:
                built = mark(built, SQL)
            self.env[key] = self.env.get(key, EMPTY) | taint | built
            if not self.is_const(right):
                self.consts.discard(key)
            return self.env[key]
        if kind == "binary_expression" and (node.parent is None or node.parent.type != "binary_expression"):
            first = node
            while first.type == "binary_expression":
                first = first.child_by_field_name("left")
            if first is not None and first.type == "string_literal" and self.text(first).startswith(
                    '"' + REDIRECT_VIEW):
                taint = super().eval(node)
                if self.text(first)[len(REDIRECT_VIEW) + 1:][:1] == "/" and self.text(first)[
                        len(REDIRECT_VIEW) + 2:][:1] not in ("/", "\\", ""):
                    taint = mark(taint, FIXED_PREFIX)  # "redirect:/orders/" + id: a local path
                for sink in self.model.sinks.lookup(REDIRECT_VIEW):
                    self._check_sink(sink, node, REDIRECT_VIEW, [node], [taint], EMPTY)
                return taint
            known = self.values.get(self.text(first)) if first is not None and first.type == "identifier" else None
            if isinstance(known, str) and _BASE_URL.match(known):
                taint = super().eval(node)  # API + URLEncoder.encode(city), API = "https://host/...": a fixed host
                return mark(taint, FIXED_PREFIX) if taint else taint
        return super().eval(node)

    def call(self, node: ts.Node):
        taint = super().call(node)
        if node.type != "method_invocation":
            return taint
        method = self.text(node.child_by_field_name("name"))
        if taint and (ESCAPER.search(method) or b'"&lt;"' in self.code) and (
                helper := self._user_function(self.call_parts(node)[0])) is not None and (
                ESCAPER.search(method) or _ENTITIES.search(self.code, helper.start_byte, helper.end_byte)):
            # the snippet's own escapeLdap(x)/encodeForXml(x), or a helper that replaces `<` by "&lt;" (and `&`
            # or `>` or `"` by their entities) whatever its name: rules that accept "@escaped"
            taint = mark(taint, ESCAPED)
        receiver = node.child_by_field_name("object")
        if taint and receiver is not None and receiver.type == "identifier" and self.text(
                receiver) in self.valid_objects and not self.arguments(node.child_by_field_name("arguments")):
            # prefs.pageSize(), prefs.getTheme() of a @Valid DTO: a number, or text its @Pattern held to a shape
            field = re.sub(r"^(?:get|is)(?=[A-Z])", "", method)
            field = field[:1].lower() + field[1:] if field != method else field
            if field in self.number_fields:
                return EMPTY
            if field in self.pattern_fields:
                return mark(taint, VALIDATED)
        if method in ("append", "insert") and receiver is not None and receiver.type == "method_invocation":
            self._chained_append(node, receiver)
        if taint and receiver is not None and receiver.type == "method_invocation" and self._fixed_uri_builder(node):
            taint = mark(taint, FIXED_PREFIX)  # UriComponentsBuilder.fromPath("/results").queryParam("q", q)
        if taint and receiver is not None and receiver.type == "method_invocation" and self.source(
                self.call_parts(receiver)[0]) is not None:
            # `req.getParameter("u").replaceAll("[\r\n]", "")`: the chain's prefix names the source, yet the
            # sanitizer at its end applies
            markers = self.model.callee(self.resolve(self.call_parts(node)[0]))[2]
            if markers:
                taint = mark(taint, *markers)
        if taint and method == "replaceAll" and receiver is not None:
            args = self.arguments(node.child_by_field_name("arguments"))
            if len(args) == 2 and strips_to_word(self.text(args[0]), self.text(args[1])):
                return mark(taint, VALIDATED)  # s.replaceAll("[^a-zA-Z0-9_]", ""): word characters only
            if len(args) == 2 and _KEEP_ONLY.match(self.text(args[0])) and self.text(args[1]) == '""':
                return mark(taint, STRIPPED)  # s.replaceAll("[^\\p{L} .-]", ""): only the characters listed
        if method in NUMBER_METHODS and receiver is not None:
            return EMPTY  # ids.length(), list.size(): a number
        if taint and method == "filter" and receiver is not None and self._allow_list_reference(node):
            return mark(taint, VALIDATED)  # to.filter(PAGES::contains): only members of a fixed set pass
        if taint and method in ("map", "mapToObj") and receiver is not None and self._constant_mapping(node):
            return EMPTY  # ids.stream().map(i -> "?"): every element replaced by a constant
        if receiver is not None and (method == "valueOf" and self.text(receiver).encode() in self.enums
                                     or _RECORD_FINDER.match(method)):
            # Currency.valueOf(code) on an enum of the snippet: one of its constants or an exception;
            # repo.findByEmail(e), users.authenticate(u, p): a stored record the request only picked
            return EMPTY
        if taint and receiver is not None and self.services and self.dotted(receiver).removeprefix(
                "this.") in self.services and self._user_function(self.call_parts(node)[0]) is None:
            # roles.roleForEmail(email), sso.exchangeCodeForEmail(code): what the server's own service answers
            # for the value, not the value (a trust-boundary rule takes it as checked)
            taint = mark(taint, STRIPPED)
        if method in READERS and receiver is not None:  # a line read from request data is request data too
            taint = taint | self.eval(receiver)
        if taint and method in ("get", "getOrDefault") and receiver is not None and receiver.type in (
                "identifier", "field_access") and self._fixed(receiver):
            args = self.arguments(node.child_by_field_name("arguments"))  # COMMANDS.get(key): a fixed table's value
            return self.eval(args[1]) if method == "getOrDefault" and len(args) == 2 else EMPTY
        if self.containers:
            known = self.container_read(node, receiver, method, self.arguments(node.child_by_field_name("arguments")))
            if known is not None:
                return known
        return taint

    def _fixed_uri_builder(self, node: ts.Node) -> bool:
        """A chain started by `UriComponentsBuilder.fromPath("/x")`/`fromHttpUrl("https://host/")` (or the
        server's own `ServletUriComponentsBuilder.fromCurrentContextPath()`): later links add path segments and
        query parameters, never a scheme or host."""
        root = node
        links = [node]
        while root.type == "method_invocation" and (inner := root.child_by_field_name("object")) is not None and (
                inner.type == "method_invocation"):
            root = inner
            links.append(root)
        start = root.child_by_field_name("object")
        fresh = start is not None and start.type == "object_creation_expression" and re.search(
            r"\b(URIBuilder|HttpUrl\.Builder)$", self.text(start.child_by_field_name("type"))) is not None and not (
            self.arguments(start.child_by_field_name("arguments")))
        if fresh or self.text(root).startswith("UriComponentsBuilder.newInstance()"):
            # new URIBuilder().setScheme("https").setHost("maps.example.com").addParameter("q", q): the host is
            # the literal's, whatever the later links add
            fixed_host = False
            for link in links:
                name = self.text(link.child_by_field_name("name"))
                args = self.arguments(link.child_by_field_name("arguments"))
                if name in _URL_AUTHORITY:
                    if not args or args[0].type != "string_literal":
                        return False
                    fixed_host = fixed_host or name in ("setHost", "host")
            return fixed_host
        if root.type != "method_invocation" or root is node:
            return False
        owner = root.child_by_field_name("object")
        if owner is None or not self.text(owner).endswith("UriComponentsBuilder"):
            return False
        method = self.text(root.child_by_field_name("name"))
        if method in ("fromCurrentContextPath", "fromCurrentServletMapping", "fromCurrentRequestUri"):
            return True
        args = self.arguments(root.child_by_field_name("arguments"))
        return method in ("fromPath", "fromUriString", "fromHttpUrl") and len(args) == 1 and (
            args[0].type == "string_literal") and _LOCAL_OR_HOST.match(self.text(args[0])) is not None

    def _allow_list_reference(self, node: ts.Node) -> bool:
        """`opt.filter(ALLOWED::contains)`, `stream.filter(HOSTS::containsKey)`: a method reference to the
        membership test of a fixed collection (a constant or a field the snippet fills with literals)."""
        args = self.arguments(node.child_by_field_name("arguments"))
        if len(args) != 1 or args[0].type != "method_reference":
            return False
        parts = [c for c in args[0].named_children]
        if len(parts) != 2 or self.text(parts[1]) not in ("contains", "containsKey"):
            return False
        owner = parts[0]
        return owner.type in ("identifier", "field_access") and (
            self._fixed(owner) or re.fullmatch(r"[A-Z][A-Z0-9_]*", self.text(owner)) is not None)

    def _chained_append(self, node: ts.Node, receiver: ts.Node) -> None:
        """`sql.append(" AND name = '").append(name)`: a builder's append answers the builder, so what the later
        links of the chain add goes into the variable at its root, as a plain `sql.append(name)` would."""
        root = receiver
        while root.type == "method_invocation" and self.text(root.child_by_field_name("name")) in ("append", "insert"):
            root = root.child_by_field_name("object")
            if root is None:
                return
        key = self.dotted(root) if root.type in ("identifier", "field_access") else "?"
        if key == "?":
            return
        args = self.arguments(node.child_by_field_name("arguments"))
        added = EMPTY
        for arg in args:
            added = added | self.eval(arg)
        if added and key in self.sql_names:
            formatted = self._formatting(args, node, "string concatenation")
            added = added | (mark(formatted, SQL) if formatted else EMPTY)
        if added:
            self.env[key] = self.env.get(key, EMPTY) | added
            self.consts.discard(key)

    def _check_sink(self, sink, node, raw, args, arg_taints, receiver) -> None:
        if len(args) == 2 and raw.endswith(".matches") and raw != "Pattern.matches":
            return  # encoder.matches(raw, hash): a password check, not `String.matches(regex)`
        if len(args) == 1 and args[0].type == "identifier" and (raw == "ProcessBuilder" or raw.endswith(".command")):
            program = self._listed_program(self.text(args[0]))
            if program is not None and not _SHELL_PROGRAM.match(program):
                # new ProcessBuilder(cmd) with cmd = ["convert", input, ...]: a fixed program, one argument per
                # element (no shell splits or parses them)
                arg_taints = [EMPTY]
        if sink.rule.rule.cwe == "CWE-915":
            # mass assignment stores the bound object itself (`accounts.save(changes)`, `product.persist()`,
            # `BeanUtils.populate(bean, req.getParameterMap())`): not a text parameter (`notes.save(text)`) and not
            # an object built from chosen fields (`users.save(new User(req.getName()))`, `u = new User(..)`)
            arg_taints = [taint if self._bound_whole(arg) else EMPTY for arg, taint in zip(args, arg_taints)]
            if receiver and not self._bound_whole_name(raw.rpartition(".")[0]):
                receiver = EMPTY
        super()._check_sink(sink, node, raw, args, arg_taints, receiver)

    def _listed_program(self, name: str) -> str | None:
        """The program a command list starts with, where it is a literal: `List.of("convert", ...)`,
        `Arrays.asList("git", ...)`, or a list whose first `add` is a literal; None otherwise."""
        escaped = re.escape(name.encode())
        found = re.search(rb"\b" + escaped + rb"\s*=\s*(?:List\.of|Arrays\.asList|new\s+String\s*\[\s*\]\s*)"
                          rb"[({]\s*\"([^\"]*)\"", self.code)
        if found is None and isinstance(self.containers.get(name), list) and (name, 0) in self.const_entries:
            found = re.search(rb"\b" + escaped + rb"\.add\(\s*\"([^\"]*)\"\s*\)", self.code)
        return found.group(1).decode("utf-8", "replace") if found is not None else None

    def _bound_whole(self, arg: ts.Node) -> bool:
        return self._bound_whole_name(self.text(arg)) or "getParameterMap" in self.text(arg)

    def _bound_whole_name(self, name: str) -> bool:
        """Whether `name` is a parameter of a handler that the framework binds from the request as a whole object."""
        return bool(name) and name in self.bound_objects

    def _constant_mapping(self, node: ts.Node) -> bool:
        """`.map(i -> "?")`: a one-argument lambda whose body is a constant expression."""
        args = self.arguments(node.child_by_field_name("arguments"))
        if len(args) != 1 or args[0].type != "lambda_expression":
            return False
        body = args[0].child_by_field_name("body")
        return body is not None and body.type != "block" and self.is_const(body)

    def call_parts(self, node: ts.Node):
        args = self.arguments(node.child_by_field_name("arguments"))
        if node.type == "object_creation_expression":
            kind = node.child_by_field_name("type")
            name = self.text(kind).split("<", 1)[0] if kind is not None else "?"
            return name, None, args
        obj = node.child_by_field_name("object")
        method = self.text(node.child_by_field_name("name"))
        if obj is None:
            return method, None, args
        base = self.dotted(obj)
        return f"{base}.{method}", obj, args

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        return [a for a in args.named_children if a.type not in ("line_comment", "block_comment")] if args else []

    def member(self, node: ts.Node):
        return node.child_by_field_name("object"), self.text(node.child_by_field_name("field"))

    def subscript_object(self, node: ts.Node):
        return node.child_by_field_name("array")

    def string_parts(self, node: ts.Node) -> list[ts.Node]:
        return []

    def _annotations(self, node: ts.Node) -> set[str]:
        names = set()
        for child in node.named_children:
            if child.type == "modifiers":
                for mod in child.named_children:
                    if mod.type in ("annotation", "marker_annotation"):
                        names.add(self.text(mod.child_by_field_name("name")).rsplit(".", 1)[-1])
        return names

    def parameters(self, function: ts.Node):
        params = function.child_by_field_name("parameters")
        if params is None:
            return []
        if params.type == "identifier":
            return [(self.text(params), params)]
        out = []
        for param in params.named_children:
            name = param.child_by_field_name("name") if param.type != "identifier" else param
            if name is not None:
                out.append((self.text(name), param))
        return out

    def is_route(self, function: ts.Node, params) -> bool:
        if function.type != "method_declaration":
            return False
        if self._annotations(function) & ROUTE_ANNOTATIONS:
            return True
        # a servlet's doGet/doPost/service: its request and response objects are no caller's text
        name = self.text(function.child_by_field_name("name"))
        return name in SERVLET_METHODS and any(
            self.text(p.child_by_field_name("type")).endswith("ServletRequest") for _, p in params
            if p.child_by_field_name("type") is not None)

    def route_parameter(self, name: str, param: ts.Node) -> bool:
        annotations = self._annotations(param)
        if annotations & NOT_REQUEST_DATA:
            return False  # @AuthenticationPrincipal String user, @SessionAttribute, @Value: not the sender's text
        if "Pattern" in annotations and _RESTRICTIVE_PATTERN.search(self.text(param)):
            return False  # @RequestParam @Pattern(regexp = "[a-z]{2}") String lang: bean validation refused the rest
        if annotations & {"Valid", "Validated"}:
            self.valid_objects.add(name)
        if annotations & PARAMETER_ANNOTATIONS:
            kind = param.child_by_field_name("type")
            if kind is not None and self.text(kind) not in TEXT_TYPES and self.text(kind)[:1].isupper() and (
                    self.text(kind) not in _BOXED):
                self.bound_objects.add(name)
            return kind is None or self.text(kind) in TEXT_TYPES or self.text(kind)[:1].isupper() and self.text(
                kind) not in ("Integer", "Long", "Boolean", "Double", "UUID", "LocalDate", "Float", "Short")
        kind = param.child_by_field_name("type")
        if kind is not None and self.text(kind) == "String":
            return True
        # JAX-RS: the one parameter without an annotation of a @POST/@PUT/@PATCH method is the request entity
        # (context objects carry @Context)
        method = param.parent.parent if param.parent is not None else None
        entity = kind is not None and not annotations and self.text(kind)[:1].isupper() and method is not None and (
            method.type == "method_declaration" and self._annotations(method) & _ENTITY_METHODS) and self.text(
            kind).split("<", 1)[0] not in _BOXED
        if entity:
            self.bound_objects.add(name)
        return entity


    def loop_binding(self, node: ts.Node):
        if node.type == "enhanced_for_statement":
            return node.child_by_field_name("name"), node.child_by_field_name("value")
        return None

    def block_kinds(self) -> frozenset:
        return _JAVA_BLOCKS


_JAVA_BLOCKS = frozenset({"program", "block", "expression_statement", "local_variable_declaration",
                          "class_declaration", "class_body", "constructor_body", "try_statement",
                          "try_with_resources_statement", "catch_clause", "finally_clause", "switch_expression",
                          "switch_block", "switch_block_statement_group", "while_statement", "do_statement",
                          "for_statement", "labeled_statement", "field_declaration", "interface_declaration",
                          "interface_body", "enum_declaration", "enum_body", "enum_body_declarations",
                          "synchronized_statement", "resource_specification", "switch_rule",
                          "static_initializer"})


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, JavaWalk)
