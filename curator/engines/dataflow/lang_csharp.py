"""The C# adapter: tree-sitter-c-sharp node kinds; ASP.NET controller actions' bound parameters are route
parameters (`[FromQuery] string name`, a `string` parameter of an `[HttpGet]` action or of a public action of a
controller, a parameter of a minimal-API lambda `app.MapGet("/x", (string q) => ...)`).

`Request.Query[...]`, `Request.Form[...]` and friends are sources by name in `rules/csharp/taint.yaml`;
`$"..{x}.."` interpolation builds strings; `this.x`/bare `x` fields set in a constructor carry over.
Property, indexer and object-initializer sets are sinks named like calls (`cmd.CommandText = sql` is
`*.CommandText`, `Session["k"] = v` is `Session`, `Headers["Location"]` is `*.Headers.Location`).
"""

from __future__ import annotations

import functools
import re

import tree_sitter as ts

from curator.engines.dataflow.core import (
    CLEAN, EMPTY, FIXED_PREFIX, ROUTE_PARAMETERS, SHARED_TEMP_PATH, VALIDATED, TaintModel, mark,
)
from curator.engines.dataflow.walk import Walk
from curator.engines.dataflow.walk_guards import _ANCHORED
from curator.engines.dataflow.word_only import strips_to_word
from curator.ruleset import Rule

ROUTE_ATTRIBUTES = frozenset({"HttpGet", "HttpPost", "HttpPut", "HttpDelete", "HttpPatch", "Route", "AcceptVerbs"})
BINDING_ATTRIBUTES = frozenset({"FromQuery", "FromBody", "FromForm", "FromRoute", "FromHeader"})
_SHARED_TEMP = re.compile(rb'@?"/(?:var/tmp|tmp|dev/shm)/[^"/]')
# where a name may be pasted from parts
_NAME_BUILDS = frozenset({"invocation_expression", "interpolated_string_expression", "binary_expression"})
_RANDOM_NAME = re.compile(rb"\b(?:GetRandomFileName|GetTempFileName|NewGuid|CreateTempSubdirectory)\s*\(")
_TEMP_FOLDER = frozenset({"Path.GetTempPath", "System.IO.Path.GetTempPath"})
_TEMP_LABEL = frozenset({(SHARED_TEMP_PATH, frozenset())})
TEXT_TYPES = frozenset({"string", "string?", "object", "dynamic", "StringValues", "IFormCollection", "IFormFile",
                        "string[]", "List<string>", "IEnumerable<string>"})
# A prefix test that keeps a URL local ("/" then not "/" or "\\") or on one fixed host.
# a test that a path is absolute or holds a separator, beside a `..` test (see `guards`)
_ROOT_TEST = re.compile(r"IsPathRooted\(|IsPathFullyQualified\(|\.Contains\(\s*(?:'/'|\"/\"|'\\\\'|\"\\\\\"|Path\.DirectorySeparatorChar)|"
                        r"IndexOfAny\(\s*(?:Path\.GetInvalid|new\s*\[\]\s*\{\s*'/')|StartsWith\(\s*(?:'/'|\"/\")")
_LOCAL_OR_HOST = re.compile(r'^(?:"(/([^/\\"][^"]*)?"|https?://[^/"]+/)|\'/\')')  # also the char '/'
# A per-character test of letters and digits: `char.IsLetterOrDigit`, `c => char.IsLetterOrDigit(c) || c == '_'`
_CHAR_TEST = r"(?:[Cc]har\.Is(?:Ascii)?(?:LetterOrDigit|Letter|Digit|HexDigit\w*|LetterLower|LetterUpper)(?:\(\w+\))?|\w+\s*==\s*'[\w .@-]')"
# a boolean permission check of the application's own: `CanEdit`, `MayImpersonate`, `IsAllowedToView`, `HasAccessTo`
_PERMISSION_TEST = re.compile(r"^(?:(?:Can|May)[A-Z]\w*|(?:Is|Has)(?:Allowed|Authori[sz]ed|Permitted|Access|Permission|Right)"
                              r"\w*|(?:Authori[sz]e|Allows|Permits)(?:[A-Z]\w*)?)$")
# sign-in checks whose result says the credentials (and so the user name given) were right
_SIGN_IN = re.compile(r"^(PasswordSignInAsync|CheckPasswordSignInAsync|CheckPasswordAsync|ValidateCredentials|"
                      r"ValidateUser|ValidateCredentialsAsync)$")
AUTHORIZED = "@authorized"  # a permission check of the application's on this value passed (the failing branch left)
_CHAR_CLASS = re.compile(rf"^(?:\w+\s*=>\s*)?\(?\s*{_CHAR_TEST}(?:\s*\|\|\s*{_CHAR_TEST})*\s*\)?$")
# A helper of the snippet named as an escaper (`EscapeLdapFilter`, `SanitizeXPath`): rules that list
# "@escaped" among their sanitizers take its result as cleaned.
ESCAPER = re.compile(r"(?i)escape|encode|sanitize|quote|literal")
ESCAPED = "@escaped"
_MARKUP_ESCAPER = re.compile(r"(?i)ldap|xpath|html|xml")
# an interpolated string that starts with a local path, a scheme://host/ of its own (`$"https://api.x.com/{id}"`)
# or a relative path's first segment (`$"repos/{owner}"`, resolved against a client's fixed base address)
_FIXED_START = re.compile(r"""^(?:\$@|@\$|\$)"(?:/[^/\\"{]|https?://[^/{}"]+/|[\w.-]+/)""")
NO_LINE_BREAKS = "@no-line-breaks"  # control characters filtered out (log and header rules take it as clean)
# a per-character filter that drops or replaces control characters, or keeps only letters and digits
_CONTROL_FILTER = re.compile(r"\bchar\.Is(Control|LetterOrDigit|Letter|Digit)\b|\bchar\.IsAscii(Letter|Digit)\w*\b")
_COLLECTIONS = frozenset({"implicit_array_creation_expression", "array_creation_expression", "initializer_expression",
                          "collection_expression", "object_creation_expression"})
# calls whose result is made of their arguments' text only: constant when every argument is
_PURE_TEXT = frozenset({"string.Join", "String.Join", "string.Concat", "String.Concat", "Enumerable.Repeat",
                        "string.Format", "String.Format"})
MINIMAL_API_MAPS = frozenset({"MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "Map", "MapMethods"})
# A class bound from the request by the model binder: not an interface (`IUserService`), a number, or a type named
# like a service, the database context or a framework object that dependency injection supplies.
_MODEL_TYPE = re.compile(r"(?!I[A-Z])(?!(?:Guid|DateTime|DateTimeOffset|TimeSpan|Int32|Int64|CancellationToken|HttpContext|"
                         r"HttpRequest|HttpResponse|ClaimsPrincipal|WebApplication)\b)"
                         r"(?![\w.]*(?:Context|Service|Services|Repository|Options|Client|Factory|Manager|Logger|Provider|"
                         r"Environment|Configuration|Settings|Store|Handler|Cache|Sender)\b)[A-Z][\w.]*$")
# the return type of an MVC/API action: `IActionResult`, `Task<ActionResult<User>>`, `ContentResult`
_ACTION_RESULT = re.compile(r"^(?:Task<|ValueTask<)?(?:IActionResult|ActionResult(?:<.+>)?|IResult|\w+Result)>?$")
_PAGE_HANDLER = re.compile(r"On(Get|Post|Put|Delete|Patch)")
# Declared types that never hold text: a parameter or local of one of them is a number, a date or an id
# a class, record or struct the snippet declares, and a field, parameter or local declared with such a type
_OWN_TYPE = re.compile(rb"\b(?:class|record|struct)\s+([A-Z]\w*)")
_EXTENSION = re.compile(rb"\bstatic\s+[\w<>\[\]?,. ]+?\s+(\w+)\s*(?:<[^>()]*>)?\s*\(\s*this\s")  # an extension method
_PATTERN_PROPERTY = re.compile(rb'RegularExpression\(\s*@?("\^(?:[^"\\]|\\.)*\$")[^\]]*\]\s*(?:\[[^\]]*\]\s*)*'
                               rb'(?:public|internal)\s+(?:required\s+)?[\w<>?]+\s+(\w+)\s*\{')
_TYPED_NAME = re.compile(rb"\b([A-Z]\w*)\??\s+(@?\w+)\s*(?=[,;=)])")
NUMBER_TYPES = frozenset({"int", "long", "short", "byte", "sbyte", "uint", "ulong", "ushort", "double", "float",
                          "decimal", "bool", "Guid", "DateTime", "DateTimeOffset", "TimeSpan", "Int32", "Int64"})


@functools.lru_cache(maxsize=256)
def _declared_type(name: bytes) -> re.Pattern:
    """`Type name,` or `Type name)`: a parameter `name` declared with its type (group 1)."""
    return re.compile(rb"\b([\w.<>?\[\]]+)\s+" + re.escape(name) + rb"\s*[,)]")


class CSharpWalk(Walk):
    FUNCTIONS = frozenset({"method_declaration", "constructor_declaration", "lambda_expression",
                           "local_function_statement", "anonymous_method_expression"})
    CALLS = frozenset({"invocation_expression", "object_creation_expression", "implicit_object_creation_expression"})
    MEMBERS = frozenset({"member_access_expression", "conditional_access_expression"})
    SUBSCRIPTS = frozenset({"element_access_expression"})
    IDENTIFIERS = frozenset({"identifier", "this", "predefined_type"})  # `int.Parse`: `int` names a type
    STRINGS = frozenset({"string_literal", "verbatim_string_literal", "interpolated_string_expression",
                         "raw_string_literal"})
    INTERPOLATIONS = frozenset({"interpolation"})
    DECLARATORS = frozenset({"variable_declarator"})
    LITERALS = frozenset({"integer_literal", "real_literal", "boolean_literal", "null_literal", "character_literal",
                          "comment", "interpolation_brace"})
    NOTS = frozenset({"prefix_unary_expression"})
    IMPLICIT_THIS = True
    EXIT_CALLS = ("Exit", "FailFast")
    URL_PARSERS = frozenset({"Uri"})
    URL_PARTS = frozenset({"Host", "Authority", "DnsSafeHost", "IdnHost"})
    FORMATTERS = frozenset({"string.Format", "String.Format"})
    MUTATORS = frozenset({"Append", "AppendFormat", "AppendLine", "Add", "Insert"})
    MEMBERSHIP_METHODS = Walk.MEMBERSHIP_METHODS | {"Contains", "ContainsKey"}
    PREFIX_METHODS = Walk.PREFIX_METHODS | {"StartsWith"}
    PATTERN_TESTS = Walk.PATTERN_TESTS | {"IsMatch"}

    def __init__(self, model: TaintModel, code: bytes) -> None:
        super().__init__(model, code)
        # a random part in a name built in the snippet (`UUID.randomUUID()`): the shared-temp label is dropped
        # where it is pasted (see `eval`); `unfiltered` is the node being evaluated under that test
        self.random_names = model.wants_temp and _RANDOM_NAME.search(code) is not None
        self.unfiltered = None
        self._number_names: dict[int, frozenset] = {}  # function node id -> names declared with a number type
        self._constants: frozenset | None = None  # const / static readonly literal fields of the snippet
        # `LogSafe.Clean(x)` (a static helper class of the snippet), `store.Resolve(x)` / `_store.Resolve(x)`
        # (a field, parameter or local whose type the snippet declares): the helper's body is that method
        self.own_types = {m.group(1).decode() for m in _OWN_TYPE.finditer(code)}
        # properties a model binder checks against an anchored pattern, where a failed check stops the action
        # (`if (!ModelState.IsValid) return ...`, or `[ApiController]`'s automatic 400)
        self.pattern_properties = {
            m.group(2).decode() for m in _PATTERN_PROPERTY.finditer(code)
            if _ANCHORED.match(m.group(1).decode("utf-8", "replace"))} if b"RegularExpression(" in code and (
                b"ModelState.IsValid" in code or b"ApiController" in code) else set()
        self.extensions = {m.group(1).decode() for m in _EXTENSION.finditer(code)} if b"this " in code else set()
        self.typed_names = {m.group(2).decode(): m.group(1).decode() for m in _TYPED_NAME.finditer(code)
                            if m.group(1).decode() in self.own_types} if self.own_types else {}

    def _user_function(self, raw: str):
        found = super()._user_function(raw)
        if found is None and raw and self.own_types:
            head, _, last = raw.rpartition(".")
            if head.startswith("this."):
                head = head[5:]
            owner = head if head in self.own_types else self.typed_names.get(head)
            if owner is not None:
                for definition in self.namesakes.get(last) or ([self.functions[last]] if last in self.functions else []):
                    holder = definition.parent
                    while holder is not None and holder.type not in (
                            "class_declaration", "record_declaration", "struct_declaration"):
                        holder = holder.parent
                    name = holder.child_by_field_name("name") if holder is not None else None
                    if name is not None and self.text(name) == owner:
                        return definition
        return found

    def _sign_in_checked(self, name: str, node: ts.Node) -> tuple:
        """The user name and password that `name` holds the outcome of a sign-in for
        (`var result = await _signIn.PasswordSignInAsync(email, pw, ...)`), looked up in the function around."""
        if b"SignIn" not in self.code and b"CheckPassword" not in self.code and b"Validate" not in self.code:
            return ()
        scope = node.parent
        while scope is not None and scope.type not in self.FUNCTIONS:
            scope = scope.parent
        stack = [scope] if scope is not None else []
        while stack:
            current = stack.pop()
            if current.type == "variable_declarator" and current.named_children and self.text(
                    current.named_children[0]) == name:
                call = current.named_children[-1]
                while call.type in ("await_expression", "parenthesized_expression", "equals_value_clause") and (
                        call.named_children):
                    call = call.named_children[-1]
                if call.type == "invocation_expression":
                    callee, _, args = self.call_parts(call)
                    if _SIGN_IN.match(callee.rsplit(".", 1)[-1]) and args:
                        return tuple(k for arg in args[:2] for k in self.checked(arg))
                return ()
            stack.extend(current.named_children)
        return ()
        self._root: ts.Node | None = None

    def run(self, root: ts.Node):
        self._root = root
        if b"BindPropert" in self.code or b"SupplyParameterFrom" in self.code:
            self._bound_properties(root)
        return super().run(root)

    def _bound_properties(self, root: ts.Node) -> None:
        """Razor Pages / MVC `[BindProperty] public string Name { get; set; }` (every settable public property of a
        `[BindProperties]` class), Blazor `[SupplyParameterFromQuery]`: filled from the request before handlers run."""
        stack = [root]
        while stack:
            node = stack.pop()
            if node.type != "class_declaration":
                stack.extend(c for c in node.named_children if c.type in _CS_BLOCKS)
                continue
            every = "BindProperties" in self._attributes(node)
            body = node.child_by_field_name("body")
            for member in body.named_children if body is not None else ():
                if member.type == "class_declaration":
                    stack.append(member)
                if member.type != "property_declaration":
                    continue
                name, kind = member.child_by_field_name("name"), member.child_by_field_name("type")
                bound = self._attributes(member) & (BINDING_ATTRIBUTES | {"BindProperty", "SupplyParameterFromQuery",
                                                                           "SupplyParameterFromForm"})
                if name is None or kind is None or not (bound or (every and "set" in self.text(member))):
                    continue
                text = self.text(kind)
                if text in TEXT_TYPES or (text[:1].isupper() and _MODEL_TYPE.match(text) is not None):
                    self.fields["this." + self.text(name)] = frozenset({(ROUTE_PARAMETERS, frozenset())})

    def resolve(self, name: str) -> str:
        if name.startswith("System."):  # System.IO.File.ReadAllText -> File.ReadAllText, as the rules name it
            return ".".join(name.split(".")[-2:])
        return name

    def _fixed(self, node: ts.Node) -> bool:
        """C# names its constant and readonly collections in PascalCase (`AllowedHosts`): untainted, they count."""
        if node.type == "identifier":
            name = self.text(node)
            if name[:1].isupper() and not self.env.get(name) and self.source(name) is None:
                return True
        return super()._fixed(node)

    def call_parts(self, node: ts.Node):
        args = self.arguments(node.child_by_field_name("arguments"))
        if node.type == "object_creation_expression":
            kind = node.child_by_field_name("type")
            return (self.text(kind).split("<", 1)[0] if kind is not None else "?"), None, args
        if node.type == "implicit_object_creation_expression":  # `Regex r = new(pattern)`: the declared type
            declaration = node.parent.parent if node.parent is not None else None
            kind = declaration.child_by_field_name("type") if declaration is not None and (
                declaration.type == "variable_declaration") else None
            args = self.arguments(next((c for c in node.named_children if c.type == "argument_list"), None))
            return (self.text(kind).split("<", 1)[0] if kind is not None else "?"), None, args
        callee = node.child_by_field_name("function")
        if callee is not None and callee.type == "member_access_expression":
            receiver = callee.child_by_field_name("expression")
            if self.extensions and receiver is not None:
                method = self.text(callee.child_by_field_name("name")).split("<", 1)[0]
                if method in self.extensions and self.text(receiver) not in self.own_types:
                    return method, None, [receiver, *args]  # value.ForLog(): the snippet's ForLog(this string v)
            return self.dotted(callee), receiver, args
        if callee is not None and callee.type == "generic_name":
            return self.text(callee).split("<", 1)[0], None, args
        return self.dotted(callee), None, args

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        out = []
        for arg in args.named_children if args is not None else ():
            if arg.type == "argument" and arg.named_children:
                out.append(arg.named_children[-1])
            elif arg.type != "comment":
                out.append(arg)
        return out

    def member(self, node: ts.Node):
        # conn.Query<User>(...): the method's name without its type arguments
        return node.child_by_field_name("expression"), self.text(node.child_by_field_name("name")).split("<", 1)[0]

    def subscript_object(self, node: ts.Node):
        return node.child_by_field_name("expression")

    def declarations(self, node: ts.Node):
        if node.type == "variable_declarator":
            name = node.child_by_field_name("name")
            values = [c for c in node.named_children if c != name and c.type != "bracketed_argument_list"]
            return [(name, values[-1])] if name is not None and values else []
        if node.type == "assignment_expression" and self.operator(node) != "=":
            return None  # `s += x`: eval below
        return super().declarations(node)

    def guards(self, node: ts.Node):
        if node.type == "await_expression" and node.named_children:  # !await _policy.CanEditAsync(User, id)
            return self.guards(node.named_children[-1])
        if node.type == "member_access_expression" and self.text(node.child_by_field_name("name")) == "Succeeded":
            owner = node.child_by_field_name("expression")  # if (!result.Succeeded) return View(model);
            if owner is not None and owner.type == "identifier":
                keys = self._sign_in_checked(self.text(owner), node)
                if keys:
                    return tuple((AUTHORIZED, key) for key in keys), ()
        if node.type == "identifier":  # var ok = await _users.CheckPasswordAsync(user, pw); if (!ok) return ...
            keys = self._sign_in_checked(self.text(node), node)
            if keys:
                return tuple((AUTHORIZED, key) for key in keys), ()
        when_true, when_false = super().guards(node)
        if node.type == "binary_expression" and self.operator(node) in ("||", "&&"):
            # `name.Contains("..") || Path.IsPathRooted(name)` (or a separator test): both ways out of a
            # root closed, so the name stays under it when the test fails (`&&` of the negations: when it holds)
            text = self.text(node)
            if '.Contains("..")' in text and _ROOT_TEST.search(text):
                keys = tuple(k for m in re.finditer(r'([\w.]+)\.Contains\(""?\.\.""?\)', text) for k in (m.group(1),))
                if self.operator(node) == "||" and '!' not in text.replace("!=", ""):
                    when_false = when_false + keys
                elif self.operator(node) == "&&" and f'!{keys[0] if keys else ""}.Contains' in text:
                    when_true = when_true + keys
        if node.type == "binary_expression":
            found = self._invalid_name_test(node)
            if found is not None:  # name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0: no separator in it
                keys, when_found = found
                if when_found:
                    when_false = when_false + keys
                else:
                    when_true = when_true + keys
        if node.type == "binary_expression":
            found = self._index_of_test(node)
            if found is not None:  # Array.IndexOf(regions, region) < 0: region is one of a fixed list, or not
                keys, listed_when_true = found
                if listed_when_true:
                    when_true = when_true + keys
                else:
                    when_false = when_false + keys
        if node.type == "invocation_expression":  # Regex.IsMatch(value, "^[a-z]+$"): the static form
            name, _, args = self.call_parts(node)
            if name in ("Regex.IsMatch", "System.Text.RegularExpressions.Regex.IsMatch") and len(args) > 1 and (
                    self._anchored(args[1])):
                when_true = when_true + self.checked(args[0])
            receiver = self.call_parts(node)[1]
            if name.rsplit(".", 1)[-1] == "All" and receiver is not None and len(args) == 1 and _CHAR_CLASS.match(
                    self.text(args[0])):  # name.All(char.IsLetterOrDigit): every character from a fixed class
                when_true = when_true + self.checked(receiver)
            if name in ("string.Equals", "String.Equals") and len(args) >= 2:  # string.Equals(v, "admin", ...)
                when_true = when_true + self._equal_to_literal(args[0], args[1])
            elif name.rsplit(".", 1)[-1] == "Equals" and receiver is not None and args:  # "admin".Equals(v)
                when_true = when_true + self._equal_to_literal(receiver, args[0])
            if _PERMISSION_TEST.match(name.rsplit(".", 1)[-1]) and args:
                # _policy.MayImpersonate(user, target), CanManage(User, id): when true, the server's own rules
                # allowed this value for this user (a promise only the trust-boundary rule takes)
                when_true = when_true + tuple((AUTHORIZED, key) for arg in args for key in self.checked(arg))
            if name.rsplit(".", 1)[-1] == "StartsWith" and receiver is not None and receiver.type == "identifier" and (
                    args and self.text(args[0]).startswith('".."')):
                # rel = Path.GetRelativePath(root, full); if (rel.StartsWith("..") ...) return ...: `full` lies
                # under `root` when the test fails
                made = re.search(rb"\b" + re.escape(receiver.text) + rb"\s*=\s*(?:System\.IO\.)?Path\.GetRelativePath\("
                                 rb"[^,()]+(?:\([^()]*\))?[^,()]*,\s*([\w.]+)\s*\)", self.code)
                if made is not None:
                    when_false = when_false + (made.group(1).decode(),)
            if name.rsplit(".", 1)[-1] == "StartsWith" and receiver is not None and args and _LOCAL_OR_HOST.match(
                    self.text(args[0])):  # url.StartsWith("/"), url.StartsWith("https://app.example.com/")
                when_true = when_true + tuple((FIXED_PREFIX, key) for key in self.checked(receiver))
        return when_true, when_false

    def _invalid_name_test(self, node: ts.Node):
        """`v.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0` (also `!= -1`, `> -1`; `< 0`, `== -1`): (the keys of
        v, whether the test holds when v has a character no file name may hold, a separator among them)."""
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or left.type != "invocation_expression":
            return None
        name, receiver, args = self.call_parts(left)
        if name.rsplit(".", 1)[-1] != "IndexOfAny" or receiver is None or len(args) != 1 or (
                "GetInvalidFileNameChars" not in self.text(args[0])):
            return None
        bound = (self.operator(node), self.text(right).replace(" ", ""))
        if bound in ((">=", "0"), ("!=", "-1"), (">", "-1")):
            return self.checked(receiver), True
        if bound in (("<", "0"), ("==", "-1")):
            return self.checked(receiver), False
        return None

    def _index_of_test(self, node: ts.Node):
        """`Array.IndexOf(list, x) < 0`, `list.IndexOf(x) == -1`, `>= 0`, `!= -1` over a fixed list: (the keys
        of x, whether x is listed when the test holds); None for other comparisons."""
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        op = self.operator(node)
        if left is None or right is None or left.type != "invocation_expression":
            return None
        bound = self.text(right).replace(" ", "")
        if (op, bound) in (("<", "0"), ("==", "-1"), ("<=", "-1")):
            listed = False
        elif (op, bound) in ((">=", "0"), ("!=", "-1"), (">", "-1")):
            listed = True
        else:
            return None
        name, receiver, args = self.call_parts(left)
        if name.rsplit(".", 1)[-1] != "IndexOf":
            return None
        if name in ("Array.IndexOf", "System.Array.IndexOf") and len(args) >= 2 and self._fixed(args[0]):
            return self.checked(args[1]), listed
        if receiver is not None and len(args) == 1 and self._fixed(receiver) and receiver.type != "string_literal":
            return self.checked(args[0]), listed
        return None

    def _equal_to_literal(self, one: ts.Node, other: ts.Node) -> tuple:
        """The names an equality test of two values validates: the one that is not a literal, if the other is."""
        if self._literal(one) and not self._literal(other):
            return self.checked(other)
        if self._literal(other) and not self._literal(one):
            return self.checked(one)
        return ()

    def validate(self, keys) -> None:
        for key in keys:  # a checked value with no source yet (a helper's parameter): text built from it is checked
            if isinstance(key, str) and key != "?" and not self.env.get(key) and self.source(key) is None:
                self.env[key] = frozenset({(CLEAN, frozenset({VALIDATED}))})
            if isinstance(key, tuple) and key[0] == AUTHORIZED and isinstance(key[1], str) and "." in key[1] and (
                    not self.env.get(key[1])):
                root = key[1].split(".", 1)[0]  # model.Email checked by a sign-in: the member of a bound model
                if self.env.get(root):
                    self.env[key[1]] = self.env[root]
        super().validate(keys)

    def _check_sink(self, sink, node, raw, args, arg_taints, receiver) -> None:
        # a sink's `unless_function` also reads the call itself: new Regex(p, options, TimeSpan.FromSeconds(1))
        if sink.unless_function is not None and sink.unless_function.search(self.code, node.start_byte, node.end_byte):
            return
        if sink.rule.rule.cwe == "CWE-915":
            # mass assignment stores the bound model itself (`_db.Members.Update(input)`): not a string parameter
            # (`_db.Notes.Add(text)`) and not an entity built from chosen properties (`new Member { Name = dto.Name }`)
            arg_taints = [taint if self._bound_model(arg) else EMPTY for arg, taint in zip(args, arg_taints)]
        super()._check_sink(sink, node, raw, args, arg_taints, receiver)

    def is_const(self, node: ts.Node) -> bool:
        kind = node.type
        if kind == "conditional_expression":  # asc ? "ASC" : "DESC"
            sides = [node.child_by_field_name("consequence"), node.child_by_field_name("alternative")]
            return all(side is not None and self.is_const(side) for side in sides)
        if kind == "switch_expression":  # sort switch { "name" => "u.name", _ => "u.id" }
            values = self._arm_values(node)
            return bool(values) and all(self.is_const(value) for value in values)
        if kind in _COLLECTIONS:  # new[] { "users", "orders" }, new HashSet<string> { ... }, ["a", "b"]
            if kind == "object_creation_expression" and (
                    node.child_by_field_name("initializer") is None or self.call_parts(node)[2]):
                return super().is_const(node)  # new SqlCommand(q, conn): no collection literal
            return all(self._const_element(child) for child in node.named_children
                       if child.type not in ("generic_name", "identifier", "array_type", "predefined_type"))
        if kind == "member_access_expression" and self.text(node.child_by_field_name("name")) in ("Length", "Count"):
            return True  # a number
        if kind == "identifier" and (self.text(node) in self._numbers(node) or (
                self.text(node) in self._class_constants() and not self.env.get(self.text(node)))):
            return True  # `int id` (C# types are static), `const string Section = "main"`
        if kind == "element_access_expression":  # SortColumns[key] on a fixed table: one of its values
            table = node.child_by_field_name("expression")
            return table is not None and table.type == "identifier" and self._fixed(table)
        if kind == "invocation_expression":
            name, _, args = self.call_parts(node)
            if name.rsplit(".", 1)[-1] in ("Count", "LongCount"):
                return True
            receiver = self.call_parts(node)[1]
            if name.rsplit(".", 1)[-1] in ("ToString", "ToLowerInvariant", "ToUpperInvariant", "Trim") and (
                    receiver is not None and self.is_const(receiver)):
                return True  # `id.ToString()` of an `int id`
            if name in _PURE_TEXT:  # string.Join(",", Enumerable.Repeat("?", ids.Length))
                return bool(args) and all(self.is_const(arg) for arg in args)
            if name.rsplit(".", 1)[-1] in ("ToList", "ToArray", "AsEnumerable") and not args and (
                    receiver is not None and self.is_const(receiver)):
                return True  # names.ToList() of constant names
            if name.rsplit(".", 1)[-1] == "Select" and len(args) == 1 and args[0].type == "lambda_expression" and (
                    self._numbered_names(args[0], receiver)):
                return True
        return super().is_const(node)

    def _numbered_names(self, function: ts.Node, receiver) -> bool:
        """`ids.Select((_, i) => "@id" + i)`, `Enumerable.Range(0, n).Select(i => $"@p{i}")`: parameter names
        made of literals and a position only, whatever the elements hold."""
        params = [name for name, _ in self.parameters(function)]
        body = function.child_by_field_name("body")
        if body is None or not params:
            return False
        if len(params) == 2:
            index = params[1]
        elif len(params) == 1 and receiver is not None and receiver.type == "invocation_expression" and (
                self.call_parts(receiver)[0] in ("Enumerable.Range", "System.Linq.Enumerable.Range")):
            index = params[0]
        else:
            return False
        position = rf"{re.escape(index)}(?:\s*[+-]\s*\d+)?(?:\.ToString\(\))?"
        text = re.sub(r'\$"([^"\\{}]*)\{\s*' + position + r'\s*\}([^"\\{}]*)"', '""', self.text(body))
        return re.fullmatch(r'\(?\s*(?:"[^"\\{}]*"|' + position + r')(?:\s*\+\s*(?:"[^"\\{}]*"|' + position +
                            r'|\(\s*' + position + r'\s*\)))*\s*\)?', text) is not None

    def _class_constants(self) -> frozenset:
        """Fields declared `const`, or `static readonly` with a literal value, anywhere in the snippet."""
        if self._constants is None:
            names = set()
            if b"const " in self.code or b"readonly " in self.code:
                stack = [self._root] if self._root is not None else []
                while stack:
                    current = stack.pop()
                    if current.type == "field_declaration":
                        modifiers = {self.text(c) for c in current.named_children if c.type == "modifier"}
                        declaration = next((c for c in current.named_children if c.type == "variable_declaration"), None)
                        if declaration is not None and ("const" in modifiers or {"static", "readonly"} <= modifiers):
                            for declarator in declaration.named_children:
                                name = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" else None
                                values = [c for c in declarator.named_children if c != name] if name is not None else []
                                if values and values[-1].type in self.STRINGS | self.LITERALS and not any(
                                        c.type == "interpolation" for c in values[-1].named_children):
                                    names.add(self.text(name))
                        continue
                    if current.type in ("compilation_unit", "class_declaration", "declaration_list", "struct_declaration",
                                        "namespace_declaration", "file_scoped_namespace_declaration", "record_declaration"):
                        stack.extend(current.named_children)
            self._constants = frozenset(names)
        return self._constants

    def _numbers(self, node: ts.Node) -> frozenset:
        """Names the function around `node` declares with a number, date or Guid type (`int id`, `long? n`)."""
        function = node.parent
        while function is not None and function.type not in self.FUNCTIONS:
            function = function.parent
        if function is None:
            return frozenset()
        found = self._number_names.get(function.id)
        if found is None:
            names = set()
            stack = [function]
            while stack:
                current = stack.pop()
                if current.type in ("parameter", "variable_declaration", "foreach_statement"):
                    kind = current.child_by_field_name("type")
                    if kind is not None and self.text(kind).rstrip("?") in NUMBER_TYPES:
                        if current.type == "variable_declaration":
                            names.update(self.text(d.child_by_field_name("name")) for d in current.named_children
                                         if d.type == "variable_declarator" and d.child_by_field_name("name"))
                        else:
                            name = current.child_by_field_name("name") or current.child_by_field_name("left")
                            if name is not None:
                                names.add(self.text(name))
                if current.type not in ("lambda_expression", "local_function_statement") or current is function:
                    stack.extend(current.named_children)
            found = self._number_names[function.id] = frozenset(names)
        return found

    def _const_element(self, node: ts.Node) -> bool:
        if node.type == "comment":
            return True
        if node.type in _COLLECTIONS or node.type in ("collection_element", "expression_element",
                                                      "assignment_expression", "element_binding_expression",
                                                      "bracketed_argument_list", "argument"):
            return all(self._const_element(child) for child in node.named_children)
        return self.is_const(node)

    def _arm_values(self, node: ts.Node) -> list:
        """The values of a switch expression's arms (not the patterns that pick them)."""
        return [arm.named_children[-1] for arm in node.named_children
                if arm.type == "switch_expression_arm" and len(arm.named_children) > 1]

    def _out_arguments(self, node: ts.Node, name: str) -> None:
        """`Uri.TryCreate(url, kind, out var uri)`: uri is url parsed; `int.TryParse(s, out var n)`: n is a number;
        `Columns.TryGetValue(key, out var column)` on a fixed table: column is one of its values."""
        last = name.rsplit(".", 1)[-1]
        receiver = self.call_parts(node)[1]
        if last == "TryGetValue" and receiver is not None and receiver.type == "identifier" and self._fixed(receiver):
            arguments = node.child_by_field_name("arguments")
            for arg in arguments.named_children if arguments is not None else ():
                target = arg.named_children[-1] if arg.type == "argument" and arg.named_children else None
                if target is not None and any(c.type == "out" for c in arg.children):
                    if target.type == "declaration_expression":
                        target = target.child_by_field_name("name") or target.named_children[-1]
                    if target.type == "identifier":
                        self.env[self.text(target)] = EMPTY
                        self.consts.add(self.text(target))
            return
        if last not in ("TryCreate", "TryParse", "TryParseExact"):
            return
        arguments = node.child_by_field_name("arguments")
        args = [a for a in arguments.named_children if a.type == "argument"] if arguments is not None else []
        for arg in args[1:]:
            if not any(c.type == "out" for c in arg.children) or not arg.named_children:
                continue
            target = arg.named_children[-1]
            if target.type == "declaration_expression":
                target = target.child_by_field_name("name") or target.named_children[-1]
            if target.type != "identifier":
                continue
            key = self.text(target)
            if last == "TryCreate" and name.split(".")[-2:-1] == ["Uri"] and args[0].named_children:
                source = args[0].named_children[-1]
                self.env[key] = self.eval(source)
                if source.type in ("identifier", "member_access_expression"):
                    self.parsed[key] = self.dotted(source)
                self.consts.discard(key)
            else:
                self.env[key] = EMPTY  # a parsed number, date or GUID: no text of the sender's
                self.consts.add(key)

    def _setter_sinks(self, name: str, node: ts.Node, value: ts.Node, taint) -> None:
        """`cmd.CommandText = sql`, `searcher.Filter = f`, `Session["k"] = v`: a property or indexer set is a sink
        named like a call (`*.CommandText`, `*.Session`; `*.Headers.Location` for `Headers["Location"]`) whose
        argument 0 is the value."""
        names = [name]
        left = node.child_by_field_name("left") if node.type == "assignment_expression" else None
        if left is not None and left.type == "element_access_expression":
            key = self.text(left.child_by_field_name("subscript")).strip("[]\" @")
            if key.isidentifier():
                names.append(f"{name}.{key}")
        for each in names:
            for sink in self.model.callee(self.resolve(each))[0]:
                self._check_sink(sink, node, each, [value], [taint], EMPTY)

    def _apply_summary(self, name: str, summary, arg_taints: list):
        """Also a helper of the snippet that checks or escapes its parameter on every way out
        (`Token.IsMatch(v) ? v : throw ...`): given a value of no known source, its result carries those
        markers, so text built from it counts as checked."""
        result = super()._apply_summary(name, summary, arg_taints)
        for index, marker_sets in summary.returns.items():
            if index < len(arg_taints) and not arg_taints[index] and marker_sets:
                common = frozenset.intersection(*(frozenset(m) for m in marker_sets))
                if common:
                    result = result | frozenset({(CLEAN, common)})
        return result

    def function_name(self, node: ts.Node) -> str | None:
        """Also `Func<string, Regex> make = text => new Regex(text)`: a lambda bound to a local is called by
        that name (`make(name)`), so its body is the function's."""
        name = super().function_name(node)
        if name is None and node.type in ("lambda_expression", "anonymous_method_expression"):
            holder = node.parent
            if holder is not None and holder.type == "equals_value_clause":
                holder = holder.parent
            if holder is not None and holder.type == "variable_declarator":
                named = holder.child_by_field_name("name") or next(
                    (c for c in holder.named_children if c.type == "identifier"), None)
                return self.text(named) if named is not None else None
        return name

    def _string(self, node: ts.Node):
        taint = super()._string(node)
        if taint and node.type == "interpolated_string_expression" and _FIXED_START.match(self.text(node)[:80]):
            taint = mark(taint, FIXED_PREFIX)  # $"https://api.example.com/v1/{id}": the host is fixed
        return taint

    def _anchored(self, node) -> bool:
        if node is not None and node.type == "verbatim_string_literal":  # @"^[a-z]+$"
            text = self.text(node)[1:]
            return len(text) < 400 and _ANCHORED.match(text) is not None
        return super()._anchored(node)

    def call(self, node: ts.Node):
        taint = super().call(node)
        if node.type == "invocation_expression":  # a line read from request data is request data too
            name, receiver, _ = self.call_parts(node)
            self._out_arguments(node, name)
            args = self.call_parts(node)[2]
            if taint and name in ("Regex.Replace", "System.Text.RegularExpressions.Regex.Replace") and len(
                    args) == 3 and strips_to_word(self.text(args[1]), self.text(args[2])):
                taint = mark(taint, VALIDATED)  # Regex.Replace(s, "[^a-zA-Z0-9]", ""): word characters only
            if ESCAPER.search(name.rsplit(".", 1)[-1]) and self._user_function(name) is not None:
                # the snippet's own EscapeLdap(x): rules that list "@escaped" accept it; its result is no
                # unchecked text for rules that follow any text built from a non-constant
                taint = mark(taint, ESCAPED) if taint else frozenset({(CLEAN, frozenset({ESCAPED}))})
            elif ESCAPER.search(name.rsplit(".", 1)[-1]) and _MARKUP_ESCAPER.search(name):
                # a library's encoder for the language the text goes into (`LdapFilterEncoder.Encode(uid)`,
                # `XPathEscaper.Escape(v)`, `HtmlSanitizer.Sanitize(html)`), even one this model does not list
                taint = mark(taint, ESCAPED) if taint else frozenset({(CLEAN, frozenset({ESCAPED}))})
            if taint and name.rsplit(".", 1)[-1] == "AddQueryString" and args and _FIXED_START.match(
                    "$" + self.text(args[0])[:80]):
                # QueryHelpers.AddQueryString("https://api.example.com/geo", "q", address): the host is fixed,
                # the value goes into the (encoded) query
                taint = mark(taint, FIXED_PREFIX)
            if taint and name.rsplit(".", 1)[-1] in ("Where", "Select", "Aggregate") and any(
                    _CONTROL_FILTER.search(self.text(arg)) for arg in args):
                # value.Where(c => !char.IsControl(c)), Select(c => char.IsControl(c) ? '_' : c): no CR/LF left
                taint = mark(taint, NO_LINE_BREAKS)
            if receiver is not None and name.rsplit(".", 1)[-1] in ("ReadLine", "ReadLineAsync", "ReadToEnd",
                                                                    "ReadToEndAsync"):
                taint = taint | self.eval(receiver)
        if node.type == "object_creation_expression":  # new ProcessStartInfo { FileName = f, Arguments = a }
            initializer = node.child_by_field_name("initializer")
            kind = node.child_by_field_name("type")
            for child in initializer.named_children if initializer is not None else ():
                if child.type != "assignment_expression":
                    continue
                left, right = child.child_by_field_name("left"), child.child_by_field_name("right")
                value = self.eval(right)
                taint = taint | value
                if left is not None and left.type == "identifier" and kind is not None:
                    self._setter_sinks(f"{self.text(kind).split('<', 1)[0]}.{self.text(left)}", child, right, value)
        return taint

    def eval(self, node):
        if self.model.wants_temp and node is not None and (
                node.type in ("string_literal", "verbatim_string_literal") and _SHARED_TEMP.match(
                    self.code, node.start_byte) or node.type == "invocation_expression" and self.text(
                    node.child_by_field_name("function")) in _TEMP_FOLDER):
            return _TEMP_LABEL  # "/tmp/export.csv", Path.GetTempPath(): a folder every local user shares
        if self.random_names and node is not None and node.type in _NAME_BUILDS and node.id != self.unfiltered and (
                _RANDOM_NAME.search(self.code, node.start_byte, node.end_byte)):
            # Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()): a name nobody can guess
            saved, self.unfiltered = self.unfiltered, node.id
            try:
                taint = self.eval(node)
            finally:
                self.unfiltered = saved
            return frozenset(label for label in taint if label[0] != SHARED_TEMP_PATH)
        if node is not None and node.type == "throw_expression":  # `ok ? v : throw new ArgumentException(...)`
            for child in node.named_children:
                self.eval(child)  # its own sinks still count
            return EMPTY  # a throw gives no value
        if node is not None and node.type == "invocation_expression" and self.text(
                node.child_by_field_name("function")) == "nameof":
            return EMPTY  # nameof(value): the name written in the code
        if node is not None and node.type == "switch_expression":  # the subject picks an arm; arms' values flow
            if node.named_children:
                self.eval(node.named_children[0])
            taint = EMPTY
            for value in self._arm_values(node):
                taint = taint | self.eval(value)
            return taint
        if self.pattern_properties and node is not None and node.type == "member_access_expression" and self.text(
                node.child_by_field_name("name")) in self.pattern_properties:
            # dto.Account with `[RegularExpression("^[a-z0-9]{1,64}$")] public string Account`, model validation on
            taint = super().eval(node)
            return mark(taint, VALIDATED) if taint else frozenset({(CLEAN, frozenset({VALIDATED}))})
        if node is not None and node.type == "member_access_expression" and self.text(
                node.child_by_field_name("name")) in ("Length", "Count"):
            self.eval(node.child_by_field_name("expression"))
            return EMPTY  # ids.Length: a number
        if node is not None and node.type == "conditional_expression":
            return self.choice(node.child_by_field_name("condition"), node.child_by_field_name("consequence"),
                               node.child_by_field_name("alternative"))
        if node is not None and node.type == "assignment_expression" and self.operator(node) == "=":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and left.type in ("member_access_expression", "element_access_expression"):
                taint = super().eval(node)
                self._setter_sinks(self.dotted(left), node, right, taint)
                return taint
        if node is not None and node.type == "assignment_expression" and self.operator(node) == "+=":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            taint = self.eval(right)
            key = self.dotted(left)
            self.env[key] = self.env.get(key, EMPTY) | taint | self._formatting([left, right], node)
            self.consts.discard(key)
            return self.env[key]
        if node is not None and node.type == "cast_expression":
            kind = node.child_by_field_name("type")
            if kind is not None and self.text(kind) in ("int", "long", "double", "float", "bool", "Guid", "decimal"):
                self.eval(node.child_by_field_name("value"))
                return EMPTY
        return super().eval(node)

    def _attributes(self, node: ts.Node) -> set[str]:
        names = set()
        for child in node.named_children:
            if child.type == "attribute_list":
                for attribute in child.named_children:
                    if attribute.type == "attribute":
                        names.add(self.text(attribute.child_by_field_name("name")).rsplit(".", 1)[-1])
        return names

    def parameters(self, function: ts.Node):
        params = function.child_by_field_name("parameters")
        if params is None:
            return []
        if params.type in ("identifier", "implicit_parameter"):  # `text => ...`
            return [(self.text(params), params)]
        out = []
        for param in params.named_children:
            name = param.child_by_field_name("name") if param.type == "parameter" else (
                param if param.type == "identifier" else None)
            if name is not None:
                out.append((self.text(name), param))
        return out

    def is_route(self, function: ts.Node, params) -> bool:
        if function.type == "lambda_expression":  # app.MapGet("/ping", (string host) => ...): minimal APIs
            call = function.parent.parent.parent if function.parent is not None and function.parent.parent else None
            if call is not None and call.type == "invocation_expression":
                return self.call_parts(call)[0].rsplit(".", 1)[-1] in MINIMAL_API_MAPS
            return False
        if function.type == "local_function_statement" and function.parent is not None and (
                function.parent.type == "global_statement"):
            # an action pasted without its controller (a top-level method of the snippet): routed when it says
            # so by an attribute, or a public one that returns an action result
            if self._attributes(function) & ROUTE_ATTRIBUTES:
                return True
            modifiers = {self.text(c) for c in function.named_children if c.type == "modifier"}
            kind = function.child_by_field_name("type")
            return "public" in modifiers and "static" not in modifiers and kind is not None and (
                _ACTION_RESULT.match(self.text(kind)) is not None) and not self._attributes(function) & {"NonAction"}
        if function.type != "method_declaration":
            return False
        if self._attributes(function) & ROUTE_ATTRIBUTES:
            return True
        params_text = self.text(function.child_by_field_name("parameters"))
        if "ServerCallContext" in params_text or "HttpTrigger" in params_text:
            return True  # a gRPC service method, an Azure Functions HTTP trigger: called with the client's message
        # a public action of an MVC/API controller: routed by convention, no attribute needed
        modifiers = {self.text(c) for c in function.named_children if c.type == "modifier"}
        if "public" not in modifiers or "static" in modifiers or self._attributes(function) & {"NonAction"}:
            return False
        owner = function.parent.parent if function.parent is not None else None
        if owner is None or owner.type != "class_declaration":
            return False
        name = self.text(owner.child_by_field_name("name"))
        bases = next((self.text(c) for c in owner.named_children if c.type == "base_list"), "")
        if "PageModel" in bases:  # Razor Pages: OnGet, OnPostAsync, OnPostDelete handlers
            return _PAGE_HANDLER.match(self.function_name(function) or "") is not None
        if re.search(r"\bHub\b|\bHub<", bases):  # SignalR: every public hub method is invoked by clients
            return True
        return name.endswith("Controller") or "Controller" in bases or "ApiController" in self._attributes(owner)

    def _bound_model(self, arg: ts.Node) -> bool:
        """Whether `arg` names a parameter (of some function of the snippet) declared with a model type, which
        ASP.NET Core binds from the request as a whole (not text, not a number)."""
        if arg.type == "argument" and arg.named_children:
            arg = arg.named_children[-1]
        if arg.type != "identifier":
            return False
        found = _declared_type(arg.text).search(self.code)
        declared = found.group(1).decode().rstrip("?") if found is not None else ""
        return declared[:1].isupper() and declared not in TEXT_TYPES and declared not in NUMBER_TYPES

    def route_parameter(self, name: str, param: ts.Node) -> bool:
        kind = param.child_by_field_name("type")
        text = self.text(kind) if kind is not None else ""
        attributes = self._attributes(param)
        if attributes & BINDING_ATTRIBUTES:
            return text in TEXT_TYPES or (text[:1].isupper() and text.rstrip("?") not in NUMBER_TYPES)
        if attributes & {"FromServices", "FromKeyedServices"}:
            return False
        # a model class (`LoginModel model`) is bound from the body, form or query; services, the context and
        # framework objects are injected
        return text in TEXT_TYPES or (text[:1].isupper() and _MODEL_TYPE.match(text) is not None)

    def loop_binding(self, node: ts.Node):
        if node.type == "foreach_statement":
            return node.child_by_field_name("left"), node.child_by_field_name("right")
        return None

    def statement(self, node: ts.Node) -> None:
        if node.type == "using_statement":  # using (var c = new SqlCommand(q, conn)) { ... }
            for child in node.named_children:
                if child.type == "variable_declaration":
                    self.statement(child)
            body = node.child_by_field_name("body")
            if body is not None:
                self.statements(body)
            return
        super().statement(node)

    def block_kinds(self) -> frozenset:
        return _CS_BLOCKS


_CS_BLOCKS = frozenset({"compilation_unit", "block", "expression_statement", "local_declaration_statement",
                        "variable_declaration", "class_declaration", "declaration_list", "namespace_declaration",
                        "file_scoped_namespace_declaration", "try_statement", "catch_clause", "finally_clause",
                        "switch_statement", "switch_body", "switch_section", "while_statement", "do_statement",
                        "for_statement", "lock_statement", "checked_statement", "unsafe_statement",
                        "labeled_statement", "record_declaration", "struct_declaration", "field_declaration",
                        "global_statement"})


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, CSharpWalk)
