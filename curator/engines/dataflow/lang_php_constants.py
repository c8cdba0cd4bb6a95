"""Whether the values pasted into a PHP string are constants (the `values_constant` condition for PHP).

Query rules (`php.fs.path-traversal`) match text built from variables; many such variables still hold fixed
text: a number (`(int)`, `intval()`, `count()`, `time()`), a date (`date('Y-m-d')`), a literal
assigned before the sink, a value read from a fixed array by key (`$COMMANDS[$name] ?? 'status'`), or a
ternary/`match` of literals. The test is syntactic and looks at the enclosing function: a name that is also
a parameter, a loop variable, or assigned anything else anywhere in that function is not constant. The PHP
data-flow adapter (lang_php.py) takes its lists of number and date functions from here.
"""

from __future__ import annotations

import tree_sitter as ts

_FUNCTIONS = frozenset({"function_definition", "method_declaration", "anonymous_function", "arrow_function"})
_LITERALS = frozenset({"integer", "float", "boolean", "null", "string", "nowdoc"})
_NUMERIC_CASTS = ("(int)", "(integer)", "(float)", "(double)", "(bool)", "(boolean)")
# calls whose result is a number, a boolean or a date/time text whatever their (non-format) arguments
NUMBER_FUNCTIONS = frozenset({"intval", "floatval", "boolval", "count", "strlen", "time", "microtime", "mt_rand",
                               "random_int", "rand", "abs", "round", "floor", "ceil", "min", "max", "getmypid",
                               "hrtime", "ctype_digit", "is_numeric", "filesize", "crc32"})
DATE_FUNCTIONS = frozenset({"date", "gmdate"})  # constant when the format is a literal
_DEPTH = 12
SUPERGLOBALS = frozenset({"$_GET", "$_POST", "$_REQUEST", "$_COOKIE", "$_SERVER", "$_FILES", "$_ENV", "$_SESSION",
                          "$GLOBALS"})


def values_constant(node: ts.Node) -> bool:
    """Every value pasted into `node` (an interpolated string, a `.` chain, a name) is a constant."""
    return _constant(node, _scope(node), _DEPTH)


def _text(node: ts.Node | None) -> str:
    return node.text.decode("utf-8", "replace") if node is not None else ""


def _scope(node: ts.Node) -> ts.Node:
    current = node.parent
    while current is not None:
        if current.type in _FUNCTIONS or current.parent is None:
            return current
        current = current.parent
    return node


def _constant(expr: ts.Node | None, scope: ts.Node, depth: int) -> bool:
    if expr is None or depth <= 0:
        return False
    kind = expr.type
    if kind in ("argument", "parenthesized_expression") and expr.named_children:
        return _constant(expr.named_children[-1], scope, depth)
    if kind in _LITERALS or kind == "comment":
        return True
    if kind in ("encapsed_string", "heredoc", "shell_command_expression"):
        return all(_constant(part, scope, depth - 1) for part in _pasted(expr))
    if kind == "variable_name":
        return _variable_constant(_text(expr), scope, depth)
    if kind == "binary_expression":
        operator = _text(expr.child_by_field_name("operator"))
        if operator in ("-", "*", "/", "%", "**", "<<", ">>", "&", "|", "^", "<", ">", "<=", ">=", "==", "===",
                        "!=", "!==", "<>", "<=>", "&&", "||", "and", "or", "instanceof"):
            return True  # a number or a boolean
        return all(_constant(child, scope, depth - 1) for child in expr.named_children)
    if kind == "cast_expression":
        return _text(expr).replace(" ", "").lower().startswith(_NUMERIC_CASTS)
    if kind in ("unary_op_expression", "update_expression"):
        return True
    if kind == "conditional_expression":
        sides = [expr.child_by_field_name("body") or expr.child_by_field_name("condition"),
                 expr.child_by_field_name("alternative")]
        return all(_constant(side, scope, depth - 1) for side in sides)
    if kind == "match_expression":
        body = expr.child_by_field_name("body")
        arms = [arm.child_by_field_name("return_expression") for arm in body.named_children] if body else []
        return bool(arms) and all(_constant(arm, scope, depth - 1) for arm in arms)
    if kind == "array_creation_expression":
        return all(_constant(value, scope, depth - 1) for element in expr.named_children
                   for value in element.named_children)
    if kind == "subscript_expression" and expr.named_children:  # $COMMANDS[$key] on a fixed array
        return _constant(expr.named_children[0], scope, depth - 1)
    if kind == "class_constant_access_expression":  # self::BACKUP_DIR
        return True
    if kind == "name":  # a global constant: PHP_EOL, BACKUP_DIR
        return _text(expr).isupper()
    if kind == "function_call_expression":
        name = _text(expr.child_by_field_name("function")).lstrip("\\").lower()
        args = expr.child_by_field_name("arguments")
        values = [a for a in args.named_children if a.type != "comment"] if args is not None else []
        if name in NUMBER_FUNCTIONS:
            return True
        if name in DATE_FUNCTIONS:
            return bool(values) and _constant(values[0], scope, depth - 1)
        if name in ("escapeshellarg", "escapeshellcmd"):
            return True  # quoted for the shell: the rule's own exemption
    return False


def _pasted(node: ts.Node) -> list[ts.Node]:
    parts, stack = [], list(node.named_children)
    while stack:
        child = stack.pop()
        if child.type in ("string_content", "escape_sequence", "string_value", "heredoc_start", "heredoc_end"):
            continue
        if child.type == "heredoc_body":
            stack.extend(child.named_children)
            continue
        parts.append(child)
    return parts


def _variable_constant(name: str, scope: ts.Node, depth: int) -> bool:
    """Every assignment to `name` in the scope gives a constant, and nothing else binds it there."""
    if name in SUPERGLOBALS or name in ("$this", "$argv"):
        return False
    values = []
    stack = [scope]
    while stack:
        node = stack.pop()
        kind = node.type
        if node is not scope and kind in _FUNCTIONS and kind != "arrow_function":
            continue  # another function's names are its own
        if kind in ("simple_parameter", "variadic_parameter", "property_promotion_parameter"):
            if _text(node.child_by_field_name("name")) == name:
                declared = node.child_by_field_name("type")
                if declared is None or _text(declared).lstrip("?") not in ("int", "float", "bool"):
                    return False
        elif kind in ("assignment_expression", "augmented_assignment_expression"):
            left = node.child_by_field_name("left")
            if left is not None and (_text(left) == name or left.type == "subscript_expression" and left.named_children
                                     and _text(left.named_children[0]) == name):  # $x = ..., $x[] = ...
                values.append(node.child_by_field_name("right"))
            elif left is not None and left.type == "list_literal" and name in _text(left):
                return False
        elif kind == "foreach_statement" and name in _text(node.named_children[-2] if len(
                node.named_children) > 1 else None):
            return False
        elif kind in ("global_declaration", "static_variable_declaration") and name in _text(node):
            return False
        elif kind in ("by_ref", "reference_modifier") and name in _text(node.parent):
            return False
        stack.extend(node.named_children)
    return bool(values) and all(_constant(value, scope, depth - 1) for value in values)
