"""Python string-building expressions (f-strings, `+`, `%`, `.format`) read as literal text and expression parts."""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass

import tree_sitter as ts


class NotATemplate(Exception):
    """The expression is not a string built from literals and expressions we can follow."""


@dataclass(frozen=True)
class Lit:
    value: str  # the literal's value, escapes already evaluated


@dataclass(frozen=True)
class Expr:
    code: str | None  # the bare expression, or None when a conversion/format spec makes it more than that
    interp: str  # how it reads inside an f-string, braces included: "{x}", "{x!r}", "{x:>3}"


Part = Lit | Expr


def _text(node: ts.Node) -> str:
    return node.text.decode("utf-8", "surrogatepass")


def _literal_value(prefix: str, quote: str, body: str) -> str:
    try:
        value = ast.literal_eval(f"{prefix}{quote}{body}{quote}")
    except (SyntaxError, ValueError) as exc:
        raise NotATemplate(f"cannot read string literal: {exc}") from None
    if not isinstance(value, str):
        raise NotATemplate("bytes literal")
    return value


def _string_parts(node: ts.Node) -> list[Part]:
    start = next((c for c in node.children if c.type == "string_start"), None)
    end = next((c for c in node.children if c.type == "string_end"), None)
    if start is None or end is None:
        raise NotATemplate("string without delimiters")
    opener = _text(start)
    quote = opener.lstrip("rRbBuUfF")
    prefix = opener[: len(opener) - len(quote)]
    is_f = "f" in prefix.lower()
    plain_prefix = "".join(ch for ch in prefix if ch.lower() != "f")
    parts: list[Part] = []
    cursor = start.end_byte
    raw = node.text
    base = node.start_byte

    def literal(upto: int) -> None:
        body = raw[cursor - base : upto - base].decode("utf-8", "surrogatepass")
        if not body:
            return
        if is_f:
            body = body.replace("{{", "{").replace("}}", "}")
        parts.append(Lit(_literal_value(plain_prefix, quote, body)))

    for child in node.children:
        if child.type != "interpolation":
            continue
        literal(child.start_byte)
        inner = [c for c in child.named_children]
        if not inner:
            raise NotATemplate("empty interpolation")
        expr = inner[0]
        simple = len(inner) == 1
        parts.append(Expr(_text(expr) if simple else None, _text(child)))
        cursor = child.end_byte
    literal(end.start_byte)
    return parts


def _merge(parts: list[Part]) -> list[Part]:
    merged: list[Part] = []
    for part in parts:
        if isinstance(part, Lit) and merged and isinstance(merged[-1], Lit):
            merged[-1] = Lit(merged[-1].value + part.value)
        elif not (isinstance(part, Lit) and not part.value):
            merged.append(part)
    return merged


def _expr_part(node: ts.Node) -> Expr:
    code = _text(node)
    return Expr(code, "{" + code + "}")


def _percent_parts(fmt: str, args: list[ts.Node]) -> list[Part]:
    parts: list[Part] = []
    i, used, buf = 0, 0, []
    while i < len(fmt):
        ch = fmt[i]
        if ch != "%":
            buf.append(ch)
            i += 1
            continue
        if fmt[i + 1 : i + 2] == "%":
            buf.append("%")
            i += 2
            continue
        j = i + 1
        while j < len(fmt) and fmt[j] not in "sdirfgexXoc":
            j += 1
        if j >= len(fmt) or fmt[i + 1 : j].startswith("("):
            raise NotATemplate("unsupported % conversion")
        if used >= len(args):
            raise NotATemplate("more % conversions than arguments")
        parts.append(Lit("".join(buf)))
        buf = []
        spec, conv, arg = fmt[i + 1 : j], fmt[j], _text(args[used])
        used += 1
        if conv in "sdi" and not spec:
            parts.append(Expr(arg, "{" + arg + "}"))
        elif conv == "r" and not spec:
            parts.append(Expr(None, "{" + arg + "!r}"))
        else:
            parts.append(Expr(None, "{" + arg + ":" + spec + (conv if conv not in "sdi" else "") + "}"))
        i = j + 1
    if used != len(args):
        raise NotATemplate("arguments left over after % formatting")
    parts.append(Lit("".join(buf)))
    return parts


def _format_parts(fmt: str, args: ts.Node) -> list[Part]:
    positional = [a for a in args.named_children if a.type not in ("keyword_argument", "comment")]
    keywords = {_text(a.child_by_field_name("name")): a.child_by_field_name("value")
                for a in args.named_children if a.type == "keyword_argument"}
    if any(a.type in ("list_splat", "dictionary_splat") for a in args.named_children):
        raise NotATemplate("splat in .format()")
    parts: list[Part] = []
    auto = 0
    try:
        pieces = list(string.Formatter().parse(fmt))
    except ValueError as exc:
        raise NotATemplate(str(exc)) from None
    for literal, field, spec, conversion in pieces:
        parts.append(Lit(literal))
        if field is None:
            continue
        if field == "":
            index: int | str = auto
            auto += 1
        elif field.isdigit():
            index = int(field)
        elif field.isidentifier():
            index = field
        else:
            raise NotATemplate(f"field {field!r} in .format()")
        if isinstance(index, int):
            if index >= len(positional):
                raise NotATemplate("missing .format() argument")
            code = _text(positional[index])
        else:
            if index not in keywords:
                raise NotATemplate("missing .format() keyword")
            code = _text(keywords[index])
        suffix = (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
        parts.append(Expr(None if suffix else code, "{" + code + suffix + "}"))
    return parts


def template_parts(node: ts.Node) -> list[Part]:
    """The literal and expression parts of a string-building expression, in order."""
    kind = node.type
    if kind == "parenthesized_expression" and node.named_child_count == 1:
        return template_parts(node.named_children[0])
    if kind == "string":
        return _merge(_string_parts(node))
    if kind == "concatenated_string":
        return _merge([p for child in node.named_children for p in _string_parts(child)])
    if kind == "binary_operator":
        op = node.child_by_field_name("operator")
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if op is not None and _text(op) == "+":
            return _merge(_operand(left) + _operand(right))
        if op is not None and _text(op) == "%" and left is not None and left.type == "string":
            fmt = _plain_string(left)
            args = right.named_children if right.type == "tuple" else [right]
            if right.type == "dictionary":
                raise NotATemplate("% with a mapping")
            return _merge(_percent_parts(fmt, args))
        raise NotATemplate(f"operator {_text(op) if op else '?'}")
    if kind == "call":
        func = node.child_by_field_name("function")
        args = node.child_by_field_name("arguments")
        if (func is not None and func.type == "attribute" and args is not None
                and _text(func.child_by_field_name("attribute")) == "format"
                and func.child_by_field_name("object").type == "string"):
            return _merge(_format_parts(_plain_string(func.child_by_field_name("object")), args))
    raise NotATemplate(f"{kind} is not a string template")


def _operand(node: ts.Node) -> list[Part]:
    if node.type in ("string", "concatenated_string", "binary_operator", "parenthesized_expression"):
        try:
            return template_parts(node)
        except NotATemplate:
            if node.type in ("string", "concatenated_string"):
                raise
    return [_expr_part(node)]


def _plain_string(node: ts.Node) -> str:
    parts = _string_parts(node)
    if any(isinstance(p, Expr) for p in parts):
        raise NotATemplate("f-string used as a format string")
    return "".join(p.value for p in parts if isinstance(p, Lit))


def has_expression(parts: list[Part]) -> bool:
    return any(isinstance(p, Expr) for p in parts)


# -- writing Python string literals ----------------------------------------------------------------------

def _escape(value: str, quote: str, *, braces: bool = False) -> str:
    out = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == quote:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif not ch.isprintable():
            out.append(repr(ch)[1:-1])
        elif braces and ch in "{}":
            out.append(ch * 2)
        else:
            out.append(ch)
    return "".join(out)


def py_string(value: str, prefer: str = '"') -> str:
    """A Python string literal for `value`, with `prefer` as the quote unless it needs escaping."""
    quote = prefer if prefer in "\"'" else '"'
    if quote in value and ("'" if quote == '"' else '"') not in value:
        quote = "'" if quote == '"' else '"'
    return quote + _escape(value, quote) + quote


def py_fstring(parts: list[Part], prefer: str = '"') -> str:
    """An f-string (or a plain string when there is no expression) that builds `parts`."""
    if not has_expression(parts):
        return py_string("".join(p.value for p in parts if isinstance(p, Lit)), prefer)
    exprs = "".join(p.interp for p in parts if isinstance(p, Expr))
    quote = prefer if prefer not in exprs else ("'" if prefer == '"' else '"')
    if quote in exprs or "\\" in exprs:
        raise NotATemplate("expression text cannot sit inside an f-string")
    body = "".join(_escape(p.value, quote, braces=True) if isinstance(p, Lit) else p.interp for p in parts)
    return "f" + quote + body + quote


def part_code(parts: list[Part], prefer: str = '"') -> str:
    """Code for a value built from `parts`: the bare expression when it is one, else a string literal."""
    if len(parts) == 1 and isinstance(parts[0], Expr) and parts[0].code is not None:
        return parts[0].code
    return py_fstring(parts, prefer)
