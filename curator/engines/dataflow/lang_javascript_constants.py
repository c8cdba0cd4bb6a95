"""Whether the values pasted into a JavaScript/TypeScript string are constants (the `values_constant` condition).

Query rules (`js.sql.string-built-query`, `js.exec.shell-command-injection`) match text built from
non-literal parts; many such parts still hold one of a few fixed values: a name read back from a fixed map
(`SORT_COLUMNS[req.query.sort] || "id"`), set in a `switch` whose cases assign literals, overwritten by a
literal before the sink, a number (`parseInt(...)`, `Date.now()`, `.length`), a property of an object
literal read by a fixed key (`opts.command`), the operator's environment (`process.env.CA_FILE`), a folder
the process created for itself (`fs.mkdtempSync(...)`, `os.tmpdir()`), a helper's parameter that every
call of the snippet fills with a constant, a class field every `new` fills with one, a value a zod enum
parsed (`z.enum(["name", "price"]).parse(x)`), or a value a helper of
the snippet tested against an anchored pattern or allow-list before returning it. The test is syntactic and
looks at one snippet: a name bound to anything else (a parameter of a function called from elsewhere, a
request value, an unknown global) is not constant.
"""

from __future__ import annotations

import re

import tree_sitter as ts

_FUNCTIONS = frozenset({"function_declaration", "function_expression", "arrow_function", "method_definition",
                        "generator_function_declaration", "function", "generator_function"})
_WRAPPERS = frozenset({"parenthesized_expression", "as_expression", "non_null_expression",
                       "satisfies_expression", "type_assertion", "await_expression"})
_LITERALS = frozenset({"number", "true", "false", "null", "undefined", "regex"})
_UPPER = re.compile(r"^[A-Z][A-Z0-9_]*$")  # a module constant by convention (ALLOWED_COLUMNS)
# calls whose result is a number, a date or a boolean whatever their argument (no quotes or SQL/shell
# syntax), or the server's own folder
_FIXED_CALLS = frozenset({"parseInt", "parseFloat", "Number", "Number.parseInt", "Number.parseFloat", "Date.now",
                          "Boolean", "isNaN", "Number.isInteger", "process.cwd", "os.tmpdir", "os.homedir"})
# a fresh folder the process creates for itself (`mkdtemp(prefix)`): its name is random, chosen by no caller
_OWN_FOLDERS = frozenset({"mkdtemp", "mkdtempSync"})
_NUMBER_METHODS = frozenset({"getTime", "toFixed", "valueOf", "toISOString", "getFullYear", "getMonth",
                             "getDate", "getHours", "now"})
_MEMBERSHIP = frozenset({"includes", "has"})
_ENUM_SCHEMA = re.compile(r"^(?:z|zod)\.(?:enum|nativeEnum|literal)\(")  # a zod schema of listed values
_SCHEMA_WIDENED = re.compile(r"\.(?:or|transform|and|pipe)\(")  # ... unless another schema or a mapping joins in
_ANCHORED_TEST = re.compile(r"/\^[^/\n]*\$/[gimsuy]*\.test\(")
_DEPTH = 6
_STATEMENT_LISTS = frozenset({"program", "statement_block"})  # where a declaration is a statement


def values_constant(node: ts.Node) -> bool:
    """Every value pasted into `node` (a template string, a `+` chain, a name) is a constant."""
    return _constant(node, node, _DEPTH)


def host_constant(node: ts.Node) -> bool:
    """A URL whose scheme and host a constant fixes: `${API_BASE}/users/${id}`, `base + "/users/" + id` with
    `const base = "https://api.example.com"`; what follows the first "/" may vary."""
    node = _unwrapped(node)
    if node is None:
        return False
    if node.type == "template_string":
        parts = [child for child in node.named_children if child.type != "comment"]
        if len(parts) < 2 or parts[0].type != "template_substitution" or not parts[0].named_children:
            return False
        first, following = parts[0].named_children[0], parts[1]
    elif node.type == "binary_expression" and _text(node.child_by_field_name("operator")) == "+":
        while True:  # the leftmost operand of a `+` chain and the operand after it
            left = node.child_by_field_name("left")
            if left is None or left.type != "binary_expression" or _text(left.child_by_field_name("operator")) != "+":
                break
            node = left
        first, following = node.child_by_field_name("left"), node.child_by_field_name("right")
    else:
        return False
    if first is None or following is None or not _constant(first, node, _DEPTH):
        return False
    path = _text(following).lstrip("'\"`")
    return path.startswith("/") and not path.startswith("//")  # `${scheme}//${host}` leaves the host open


def returns_constants(function: ts.Node) -> bool:
    """Every `return` of this function gives a constant, whatever its arguments."""
    body = function.child_by_field_name("body")
    return body is not None and _returns_constants(body, _DEPTH)


def _text(node: ts.Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None else ""


def _constant(expr: ts.Node | None, at: ts.Node, depth: int) -> bool:
    expr = _unwrapped(expr)
    if expr is None or depth <= 0:
        return False
    kind = expr.type
    if kind in _LITERALS or kind in ("string", "comment"):
        return True
    if kind == "template_string":
        return all(_constant(part.named_children[0] if part.named_children else None, at, depth - 1)
                   for part in expr.named_children if part.type == "template_substitution")
    if kind == "identifier":
        return _name_constant(expr, at, depth)
    if kind == "binary_expression":
        operator = _text(expr.child_by_field_name("operator"))
        if operator in ("-", "*", "/", "%", "**", "<<", ">>", ">>>", "&", "|", "^", "<", ">", "<=", ">=",
                        "===", "!==", "==", "!=", "instanceof", "in"):
            return True  # a number or a boolean
        # a `+` chain is one level however long it is (`"SELECT " + a + " " + b + " LIMIT 10"`)
        return all(_constant(operand, at, depth - 1) for operand in _operands(expr, operator))
    if kind in ("unary_expression", "update_expression"):
        return True  # -x, +x, !x, typeof x, i++: a number, a boolean or a type name
    if kind == "ternary_expression":
        return _ternary_constant(expr, at, depth)
    if kind == "array":
        return all(_constant(item, at, depth - 1) for item in expr.named_children)
    if kind == "member_expression":
        return _member_constant(expr, at, depth)
    if kind == "subscript_expression":
        return _subscript_constant(expr, at, depth)
    if kind == "call_expression":
        return _call_constant(expr, at, depth)
    if kind == "new_expression":  # new Date()
        constructor = _text(expr.child_by_field_name("constructor"))
        args = expr.child_by_field_name("arguments")
        return constructor == "Date" and (args is None or not args.named_children)
    return False


def _operands(expr: ts.Node, operator: str) -> list[ts.Node | None]:
    """The operands of a chain of one operator, left to right: `a + b + c` -> [a, b, c]."""
    out: list[ts.Node | None] = []
    while expr is not None and expr.type == "binary_expression" and _text(
            expr.child_by_field_name("operator")) == operator:
        out.append(expr.child_by_field_name("right"))
        expr = expr.child_by_field_name("left")
    out.append(expr)
    return out[::-1]


def _ternary_constant(expr: ts.Node, at: ts.Node, depth: int) -> bool:
    """Both branches constant, or `FIXED.includes(x) ? x : "default"` (x is one of FIXED there)."""
    consequence, alternative = expr.child_by_field_name("consequence"), expr.child_by_field_name("alternative")
    if not _constant(alternative, at, depth - 1):
        return False
    if _constant(consequence, at, depth - 1):
        return True
    condition = _unwrapped(expr.child_by_field_name("condition"))
    if condition is None or condition.type != "call_expression":
        return False
    callee, args = condition.child_by_field_name("function"), condition.child_by_field_name("arguments")
    if callee is None or callee.type != "member_expression" or args is None or len(args.named_children) != 1:
        return False
    if _text(callee.child_by_field_name("property")) not in _MEMBERSHIP:
        return False
    return (_text(_as_text(args.named_children[0])) == _text(_as_text(consequence))
            and _lookup_constant(callee.child_by_field_name("object"), at, depth))


def _as_text(node: ts.Node | None) -> ts.Node | None:
    """`String(x)`, `x.toString()`, `(x as string)` -> x: tested or picked, the same value."""
    node = _unwrapped(node)
    while node is not None and node.type == "call_expression":
        callee, args = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        parts = [a for a in args.named_children if a.type != "comment"] if args is not None else []
        if callee is not None and _text(callee) == "String" and len(parts) == 1:
            node = _unwrapped(parts[0])
        elif callee is not None and callee.type == "member_expression" and _text(
                callee.child_by_field_name("property")) == "toString" and not parts:
            node = _unwrapped(callee.child_by_field_name("object"))
        else:
            break
    return node


def _unwrapped(node: ts.Node | None) -> ts.Node | None:
    """`(x as string)` -> x."""
    while node is not None and node.type in _WRAPPERS and node.named_children:
        node = node.named_children[0]
    return node


def _member_constant(expr: ts.Node, at: ts.Node, depth: int) -> bool:
    obj, prop = expr.child_by_field_name("object"), _text(expr.child_by_field_name("property"))
    if prop == "length":
        return True
    if _text(obj) == "process.env":
        return True  # the operator's configuration, set before the process starts
    if obj is None or _bindings(_text(expr), at):
        return False  # set on its own somewhere (`opts.command = req.query.c`)
    if _text(obj) == "this":
        value = _field_value(prop, at)
        if value is None:
            return _constructed_constant(prop, at, depth)
        return _constant(value, at, depth - 1)
    value = _single_value(obj, at)
    if value is None and obj.type == "identifier" and _UPPER.match(_text(obj)):
        return not _bindings(_text(obj), at)  # CONFIG.table, CONFIG bound outside the snippet
    if value is None or value.type != "object":
        return False
    for pair in value.named_children:  # { command: "whoami" }.command
        if pair.type == "pair" and _text(pair.child_by_field_name("key")).strip("'\"") == prop:
            return _constant(pair.child_by_field_name("value"), at, depth - 1)
    return False


def _subscript_constant(expr: ts.Node, at: ts.Node, depth: int) -> bool:
    """`parts[1]` of `[req.query.dir, "ls"]` is "ls"; `SORTS[key]` is one of SORTS' constant values."""
    collection, index = expr.child_by_field_name("object"), _unwrapped(expr.child_by_field_name("index"))
    value = _single_value(collection, at) if collection is not None else None
    if index is not None and value is not None and not _bindings(_text(expr), at):
        if index.type == "number" and value.type == "array":
            items = [item for item in value.named_children if item.type != "comment"]
            position = int(_text(index)) if _text(index).isdigit() else -1
            return 0 <= position < len(items) and _constant(items[position], at, depth - 1)
        if index.type == "string" and value.type == "object":
            for pair in value.named_children:
                if pair.type == "pair" and _text(pair.child_by_field_name("key")).strip("'\"") == _text(index)[1:-1]:
                    return _constant(pair.child_by_field_name("value"), at, depth - 1)
            return False
    return _lookup_constant(collection, at, depth)


def _lookup_constant(collection: ts.Node | None, at: ts.Node, depth: int) -> bool:
    """A fixed map or list: `SORTS[key]` and `sorts.includes(x)` give one of its constant values (or none)."""
    collection = _unwrapped(collection)
    if collection is None:
        return False
    value = collection if collection.type in ("object", "array") else _unwrapped(_single_value(collection, at))
    if value is None and collection.type == "identifier" and _UPPER.match(_text(collection)):
        return not _bindings(_text(collection), at)  # a fixed map bound outside the snippet
    if value is not None and value.type == "new_expression" and _text(value.child_by_field_name("constructor")) in (
            "Set", "Map"):
        args = value.child_by_field_name("arguments")
        value = args.named_children[0] if args is not None and args.named_children else None
    if value is None:
        return False
    if value.type == "array":
        return all(_constant(item, at, depth - 1) for item in value.named_children)
    if value.type == "object":
        return all(pair.type == "pair" and _constant(pair.child_by_field_name("value"), at, depth - 1)
                   for pair in value.named_children if pair.type != "comment")
    return False


def _call_constant(expr: ts.Node, at: ts.Node, depth: int) -> bool:
    callee = expr.child_by_field_name("function")
    name = _text(callee)
    if name in _FIXED_CALLS or name.startswith("Math."):
        return True
    if callee is not None and callee.type == "member_expression":
        method = _text(callee.child_by_field_name("property"))
        receiver = callee.child_by_field_name("object")
        if method in _NUMBER_METHODS or method in _OWN_FOLDERS:
            return True
        if _text(receiver) == "path" and method in ("join", "resolve", "normalize"):
            args = expr.child_by_field_name("arguments")
            return args is not None and all(_constant(arg, at, depth - 1) for arg in args.named_children)
        if method in ("join", "toString", "toUpperCase", "toLowerCase", "trim", "slice", "substring", "padStart",
                      "padEnd"):  # a constant's own text, cut or padded by constants
            args = expr.child_by_field_name("arguments")
            return _constant(receiver, at, depth - 1) and (
                args is None or all(_constant(arg, at, depth - 1) for arg in args.named_children))
        if method == "get":  # FIXED_MAP.get(key): one of its constant values (or undefined)
            return _lookup_constant(receiver, at, depth)
        if method in ("parse", "parseAsync") and receiver is not None:
            schema = _single_value(receiver, at) if receiver.type == "identifier" else receiver
            if schema is not None and _ENUM_SCHEMA.match(_text(schema)) and not _SCHEMA_WIDENED.search(_text(schema)):
                return True  # z.enum(["name", "price"]).parse(x): one of the listed literals, or it threw
        args = expr.child_by_field_name("arguments")
        parts = [a for a in args.named_children if a.type != "comment"] if args is not None else []
        if method in ("map", "flatMap") and len(parts) == 1 and parts[0].type in _FUNCTIONS:
            return returns_constants(parts[0])  # ids.map(() => "?"): as many placeholders as ids
        if method == "fill" and parts and _constant(parts[0], at, depth - 1):
            return True  # new Array(n).fill("?")
        return False
    if callee is not None and callee.type == "identifier":
        if name in _OWN_FOLDERS:
            return True
        definition = _function_named(_text(callee), expr)
        body = definition.child_by_field_name("body") if definition is not None else None
        return body is not None and (_validating(body) or _returns_constants(body, depth))
    return False


def _returns_constants(body: ts.Node, depth: int) -> bool:
    """Every `return` of a function of the snippet gives a constant (`switch (kind) { case "u": return "users"`)."""
    if body.type != "statement_block":
        return _constant(body, body, depth - 1)  # kind => LABELS[kind] ?? "other"
    returns, stack = [], list(body.named_children)
    while stack:
        node = stack.pop()
        if node.type == "return_statement":
            returns.append(node)
        elif node.type not in _FUNCTIONS:
            stack.extend(node.named_children)
    return bool(returns) and all(
        bool(ret.named_children) and _constant(ret.named_children[0], ret, depth - 1) for ret in returns)


def _validating(body: ts.Node) -> bool:
    """A helper's body that throws unless its value matches an anchored pattern or a fixed list."""
    text = _text(body)
    if "throw" not in text:
        return False
    return bool(_ANCHORED_TEST.search(text)) or bool(re.search(r"\b[A-Z][A-Z0-9_]{2,}\.(includes|has)\(", text))


def _function_named(name: str, at: ts.Node) -> ts.Node | None:
    root = at
    while root.parent is not None:
        root = root.parent
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "function_declaration" and _text(node.child_by_field_name("name")) == name:
            return node
        if node.type == "variable_declarator" and _text(node.child_by_field_name("name")) == name:
            value = node.child_by_field_name("value")
            if value is not None and value.type in _FUNCTIONS:
                return value
        stack.extend(node.named_children)
    return None


# -- names --------------------------------------------------------------------------------------------
def _name_constant(name: ts.Node, at: ts.Node, depth: int) -> bool:
    text = _text(name)
    if text in ("__dirname", "__filename"):
        return True
    values = _bindings(text, at)
    if not values:
        if _parameter_constant(text, at, depth):
            return True  # a helper's parameter that every call of the snippet fills with a constant
        return bool(_UPPER.match(text))  # a module constant bound outside the snippet
    last = values[-1]
    if last[1] and last[0] is not None:  # overwritten unconditionally before the sink: only that value counts
        return _constant(last[0], at, depth - 1)
    assigned = [value for value, _ in values if value is not None]
    return bool(assigned) and all(_constant(value, at, depth - 1) for value in assigned)


def _parameter_constant(name: str, at: ts.Node, depth: int) -> bool:
    """`function readTemplate(file) {...}` called only as `readTemplate("welcome.html")` in the snippet: the
    parameter holds one of the constants its callers pass (a function passed around or exported is not)."""
    function = at.parent
    while function is not None and function.type not in _FUNCTIONS:
        function = function.parent
    if function is None or not _is_parameter(function, name):
        return False
    params = function.child_by_field_name("parameters")
    names = []
    for param in params.named_children if params is not None else ():
        pattern = param.child_by_field_name("pattern") if param.type in ("required_parameter", "optional_parameter") else param
        if pattern is not None and pattern.type == "assignment_pattern":
            pattern = pattern.child_by_field_name("left")
        names.append(_text(pattern))
    if name not in names:
        return False  # destructured: `({ file }) => ...`
    if _assigned(function.child_by_field_name("body"), name):
        return False  # `if (opts.override) cmd = opts.override`: not only what the callers passed
    index = names.index(name)
    label = function.child_by_field_name("name")
    if label is None and function.parent is not None and function.parent.type == "variable_declarator":
        label = function.parent.child_by_field_name("name")
    own = _text(label)
    if not own or not _declared_locally(function):
        return False  # exported (`export function run`, `exports.run = function run`), a method, a stored value
    root = function
    while root.parent is not None:
        root = root.parent
    mentions = re.findall(rf"(?<![\w$.]){re.escape(own)}(?![\w$])", _text(root))
    calls = [n for n in _descendants(root, "call_expression") if _text(n.child_by_field_name("function")) == own]
    if not calls or len(mentions) != len(calls) + 1:
        return False  # passed as a value or exported somewhere: other callers may pass anything
    for call in calls:
        args = call.child_by_field_name("arguments")
        parts = [a for a in args.named_children if a.type != "comment"] if args is not None else []
        if index >= len(parts) or parts[index].type == "spread_element" or not _constant(parts[index], call, depth - 1):
            return False
    return True


def _single_value(name: ts.Node, at: ts.Node) -> ts.Node | None:
    """The value a name (or a class field `this.name`) is bound to, when it is bound once."""
    if name.type == "member_expression" and _text(name.child_by_field_name("object")) == "this":
        return _field_value(_text(name.child_by_field_name("property")), at)
    if name.type != "identifier":
        return None
    values = [value for value, _ in _bindings(_text(name), at) if value is not None]
    value = _unwrapped(values[0]) if len(values) == 1 else None  # { ... } as const
    if value is not None and value.type == "call_expression" and _text(
            value.child_by_field_name("function")) == "Object.freeze":
        args = value.child_by_field_name("arguments")
        value = _unwrapped(args.named_children[0]) if args is not None and args.named_children else None
    return value


def _field_value(field: str, at: ts.Node) -> ts.Node | None:
    """`private readonly table = "users"` of the class around `at`, when no method sets `this.table`."""
    body = at.parent
    while body is not None and body.type != "class_body":
        body = body.parent
    if body is None:
        return None
    value = None
    stack = list(body.named_children)
    while stack:
        node = stack.pop()
        if node.type in ("public_field_definition", "field_definition") and node.parent == body:
            name = node.child_by_field_name("name") or node.child_by_field_name("property")
            if _text(name) == field:
                value = node.child_by_field_name("value")
        elif node.type in ("assignment_expression", "augmented_assignment_expression") and _text(
                node.child_by_field_name("left")) == "this." + field:
            return None
        stack.extend(node.named_children)
    return _unwrapped(value)


def _constructed_constant(field: str, at: ts.Node, depth: int) -> bool:
    """`this.table` filled by the constructor from one of its parameters (`constructor(private table: string)`,
    `this.table = table`), where every `new Repo(...)` of the snippet passes a constant there."""
    body = at.parent
    while body is not None and body.type != "class_body":
        body = body.parent
    owner = body.parent if body is not None else None
    name = _text(owner.child_by_field_name("name")) if owner is not None else ""
    ctor = next((m for m in body.named_children if m.type == "method_definition"
                 and _text(m.child_by_field_name("name")) == "constructor"), None) if body is not None else None
    params = ctor.child_by_field_name("parameters") if ctor is not None else None
    if not name or params is None:
        return False
    names = []
    for param in params.named_children:
        pattern = param.child_by_field_name("pattern") if param.type in ("required_parameter", "optional_parameter") else param
        names.append(_text(pattern))
    index = names.index(field) if field in names and any(
        c.type in ("accessibility_modifier", "readonly") for c in params.named_children[names.index(field)].children) else -1
    # every assignment to this.table in the class (a setter or another method may set it too)
    stores = [n for kind in ("assignment_expression", "augmented_assignment_expression") for n in
              _descendants(body, kind) if _text(n.child_by_field_name("left")) == "this." + field]
    if index >= 0 and stores:
        return False
    if index < 0:  # this.table = table, assigned once in the constructor from a parameter
        in_ctor = [n for n in stores if _contains(ctor, n)]
        right = in_ctor[0].child_by_field_name("right") if len(stores) == 1 and in_ctor else None
        index = names.index(_text(right)) if right is not None and _text(right) in names else -1
    if index < 0 or _assigned(ctor.child_by_field_name("body"), names[index]):
        return False
    if not _declared_locally(owner):
        return False  # exported (`export class Repo`): other modules construct it with anything
    root = at
    while root.parent is not None:
        root = root.parent
    sites = [n for n in _descendants(root, "new_expression") if _text(n.child_by_field_name("constructor")) == name]
    mentions = re.findall(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", _text(root))
    declared = 1 + (owner.parent is not None and owner.parent.type == "variable_declarator"
                    and _text(owner.parent.child_by_field_name("name")) == name)
    if len(mentions) != len(sites) + declared:
        return False  # exported (`module.exports = Repo`), extended (`super(req.query.t)`) or passed around
    for site in sites:
        args = site.child_by_field_name("arguments")
        parts = [a for a in args.named_children if a.type != "comment"] if args is not None else []
        if index >= len(parts) or not _constant(parts[index], parts[index], depth - 1):
            return False
    return bool(sites)


def _declared_locally(node: ts.Node) -> bool:
    """A function or class declared by a statement of the snippet (`function run(cmd) {...}`) or bound by one
    (`const run = (cmd) => ...`): not exported (`export function`, `export default`, `export const`), not a
    method and not a value stored elsewhere (`exports.run = function run(cmd)`, `{ run: function run() {} }`)."""
    parent = node.parent
    if node.type in ("function_declaration", "generator_function_declaration", "class_declaration"):
        return parent is not None and parent.type in _STATEMENT_LISTS
    if parent is None or parent.type != "variable_declarator" or parent.child_by_field_name("value") != node:
        return False
    declaration = parent.parent
    return (declaration is not None and declaration.type in ("lexical_declaration", "variable_declaration")
            and declaration.parent is not None and declaration.parent.type in _STATEMENT_LISTS)


def _assigned(body: ts.Node | None, name: str) -> bool:
    """Some expression of `body` (nested functions included) stores into the name: `cmd = x`, `cmd += x`,
    `[cmd] = pair`, `({ cmd } = opts)`, `for (cmd of list)`."""
    word = re.compile(rf"(?<![\w$.]){re.escape(name)}(?![\w$])")
    for kind in ("assignment_expression", "augmented_assignment_expression", "for_in_statement"):
        for node in _descendants(body, kind):
            left = _unwrapped(node.child_by_field_name("left"))
            if left is not None and (_text(left) == name or (
                    left.type in ("object_pattern", "array_pattern") and word.search(_text(left)))):
                return True
    return False


def _descendants(node: ts.Node | None, kind: str) -> list[ts.Node]:
    out, stack = [], [node] if node is not None else []
    while stack:
        current = stack.pop()
        if current.type == kind:
            out.append(current)
        stack.extend(current.named_children)
    return out


def _bindings(name: str, at: ts.Node) -> list[tuple[ts.Node | None, bool]]:
    """(value, unconditional) of each binding of `name` before `at`, in the innermost function (or the snippet)
    that binds it; a parameter or a loop variable gives [] (not constant). `value` is None for `let x;`."""
    scope = at.parent
    while scope is not None:
        if scope.type in _FUNCTIONS or scope.parent is None:
            if scope.type in _FUNCTIONS and _is_parameter(scope, name):
                return []
            found = _bindings_in(scope, name, at)
            if found is not None:
                return found
        scope = scope.parent
    return []


def _is_parameter(function: ts.Node, name: str) -> bool:
    params = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    if params is None:
        return False
    return re.search(rf"(?<![\w$]){re.escape(name)}(?![\w$])", _text(params)) is not None


def _bindings_in(scope: ts.Node, name: str, at: ts.Node) -> list[tuple[ts.Node | None, bool]] | None:
    out: list[tuple[ts.Node | None, bool]] = []
    declared = False
    stack = list(reversed(scope.named_children))
    while stack:
        node = stack.pop()
        if node.start_byte >= at.start_byte and node.type != "statement_block" and not _contains(node, at):
            continue
        kind = node.type
        if kind in _FUNCTIONS and node is not scope:
            continue  # a nested function's own names
        if kind == "variable_declarator" and _text(node.child_by_field_name("name")) == name:
            declared = True
            out.append((node.child_by_field_name("value"), _unconditional(node, at)))
        elif kind in ("assignment_expression", "augmented_assignment_expression") and _text(
                node.child_by_field_name("left")) == name:
            declared = True
            value = node.child_by_field_name("right")
            if kind == "augmented_assignment_expression":
                out.append((value, False))
            else:
                out.append((value, _unconditional(node, at)))
        elif kind in ("for_in_statement",) and name in _text(node.child_by_field_name("left")):
            return []
        elif kind in ("object_pattern", "array_pattern") and re.search(
                rf"(?<![\w$]){re.escape(name)}(?![\w$])", _text(node)):
            return []  # destructured from some value
        stack.extend(reversed(node.named_children))
    return out if declared else None


def _contains(outer: ts.Node, inner: ts.Node) -> bool:
    return outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte


def _unconditional(binding: ts.Node, at: ts.Node) -> bool:
    """The binding's statement sits in a block that also holds `at` (no `if`/`switch`/loop between)."""
    statement = binding
    while statement.parent is not None and statement.parent.type not in ("statement_block", "program"):
        if statement.parent.type in ("if_statement", "switch_case", "switch_default", "for_statement",
                                     "while_statement", "do_statement", "try_statement", "catch_clause",
                                     "ternary_expression", "binary_expression"):
            return False
        statement = statement.parent
    block = statement.parent
    return block is not None and _contains(block, at) and statement.end_byte <= at.start_byte
