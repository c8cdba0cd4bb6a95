"""The Python adapter's string building: the `string-formatting` label of f-strings, `%`, `+` and
`.format`, the markers its parts went through, and what counts as a constant."""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, MISSING, PARSED, SQL, SQL_TEXT, STRING_FORMATTING, Taint, mark
from curator.engines.dataflow.lang_python_names import LITERAL_KINDS, PARSE_CHECKS, STRING_TYPES, interpolations, stringish


# String methods whose result is constant when their object and arguments are.
CONSTANT_METHODS = frozenset({"join", "upper", "lower", "strip", "replace", "format", "title", "ljust", "rjust",
                              "encode", "decode", "lstrip", "rstrip", "casefold", "zfill", "capitalize", "swapcase"})
# Functions whose result depends on their arguments only (no file, network, clock or environment).
PURE_FUNCTIONS = frozenset({
    "base64.b64encode", "base64.b64decode", "base64.urlsafe_b64encode", "base64.urlsafe_b64decode",
    "base64.b32encode", "base64.b32decode", "base64.b16encode", "base64.b16decode", "base64.encodebytes",
    "base64.decodebytes", "binascii.hexlify", "binascii.unhexlify", "codecs.encode", "codecs.decode",
    "urllib.parse.quote", "urllib.parse.unquote", "urllib.parse.quote_plus", "urllib.parse.unquote_plus",
    "html.escape", "html.unescape", "str", "bytes", "repr", "format", "json.dumps", "textwrap.dedent",
})
# Calls whose value no one outside the program chooses, and that print as digits, hex or a timestamp only.
MACHINE_VALUES = frozenset({"os.getpid", "os.getppid", "os.getuid", "os.getgid", "uuid.uuid4", "uuid.uuid1",
                            "time.time", "time.time_ns", "time.monotonic", "time.perf_counter"})


class PythonStrings:
    """Methods of `PythonWalk` (see lang_python.py for the state they use)."""

    def _formatting_label(self, node: ts.Node, target: ts.Node | None) -> Taint:
        """The `string-formatting` label when `node` builds a string from a part not known constant."""
        if not self.model.wants_formatting:
            return EMPTY
        kind = node.type
        parts: list[ts.Node] = []
        if kind in STRING_TYPES:
            parts = list(interpolations(node))
            if not parts:
                return EMPTY
            how = "f-string"
        elif kind == "binary_operator":
            op = node.child_by_field_name("operator")
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if op is None or left is None or right is None:
                return EMPTY
            if op.type == "%" and stringish(left):
                parts, how = [right], "%-formatting"
            elif op.type == "+" and (stringish(left) or stringish(right)):
                parts, how = [left, right], "string concatenation"
            else:
                return EMPTY
        elif kind == "call":
            callee = node.child_by_field_name("function")
            if callee is None or callee.type != "attribute":
                return EMPTY
            attr = callee.child_by_field_name("attribute")
            obj = callee.child_by_field_name("object")
            method = self._text(attr) if attr is not None else ""
            # `"...".format(x)`, `template.format(x)` on a constant template, `" ".join(parts)`
            if obj is None or method not in ("format", "join") or not (
                    stringish(obj) or (method == "format" and obj.type in ("identifier", "attribute")
                                       and self._is_const(obj))):
                return EMPTY
            args = node.child_by_field_name("arguments")
            if args is not None and args.type != "argument_list":
                args_parts = [args]  # `" ".join(x for x in xs)`
            else:
                args_parts = list(args.named_children) if args is not None else []
            parts, how = args_parts, ".format()" if method == "format" else "str.join()"
        elif kind in ("identifier", "attribute") and target is not None:
            parts, how = [node], "string concatenation"  # query += user_value
        else:
            return EMPTY
        return self._sql_mark(self._parts_label(parts, how), node)

    def _sql_mark(self, label: Taint, node: ts.Node) -> Taint:
        """The formatting label, marked when the text that builds it reads as a SQL statement."""
        if label and SQL_TEXT.search(self.code, node.start_byte, node.end_byte):
            return mark(label, SQL)
        return label

    def _parts_label(self, parts: list[ts.Node], how: str) -> Taint:
        applied: frozenset | None = None
        for part in parts:
            if self._is_const(part):
                continue
            part_applied = self._applied(part)
            applied = part_applied if applied is None else applied & part_applied
        if applied is None:
            return EMPTY
        return frozenset({(STRING_FORMATTING, applied | {how})})

    def _applied(self, part: ts.Node) -> frozenset:
        """Sanitizers every label of an inserted part went through (none when unknown)."""
        if part.type in ("generator_expression", "list_comprehension"):  # `shlex.quote(a) for a in args`
            body = part.child_by_field_name("body")
            return self._applied(body) if body is not None else frozenset()
        if part.type in ("binary_operator", "parenthesized_expression") or part.type in STRING_TYPES:
            inner = part.named_children if part.type != "string" and part.type != "concatenated_string" else list(
                interpolations(part))
            common = None
            for child in inner:
                if child.type in ("string_start", "string_content", "string_end") or self._is_const(child):
                    continue
                marks = self._applied(child)
                common = marks if common is None else common & marks
            return common or frozenset()
        if part.type in ("identifier", "attribute"):
            taint = self.env.get(self._text(part))
        elif part.type == "call":
            callee = part.child_by_field_name("function")
            name = self._resolve(self._text(callee)) if callee is not None else ""
            marks = frozenset(self.model.sanitizers.lookup(name))
            if not marks and self.functions and callee is not None:
                summary = self._helper_summary(callee)
                if summary is not None:  # a helper: the markers every value it returns carries
                    sets = [a for found in summary.returns.values() for a in found] + [a for _, a in summary.own]
                    common = None
                    for applied in sets:
                        common = applied if common is None else common & applied
                    return common or frozenset()
            if not marks and name not in PARSE_CHECKS:
                # `" ".join(kept)`, `value.strip()`: the markers of the named values the call reads
                operands = []
                if callee is not None and callee.type == "attribute":
                    operands.append(callee.child_by_field_name("object"))
                args = part.child_by_field_name("arguments")
                operands.extend(args.named_children if args is not None else ())
                common = None
                for operand in operands:
                    if operand is None or self._is_const(operand):
                        continue
                    if operand.type not in ("identifier", "attribute"):
                        return frozenset()
                    for _, applied in self.env.get(self._text(operand), ()):
                        common = applied if common is None else common & applied
                return common or frozenset()
            return marks | {PARSED} if name in PARSE_CHECKS else marks
        else:
            return frozenset()
        if not taint:
            return frozenset()
        common = None
        for _, marks in taint:
            common = marks if common is None else common & marks
        return common or frozenset()

    def _is_const(self, node: ts.Node) -> bool:
        kind = node.type
        if kind == "identifier":
            name = self._text(node)
            return name in self.consts or name.isupper()
        if kind in LITERAL_KINDS:
            return True
        if kind in STRING_TYPES:
            return all(self._is_const(part) for part in interpolations(node))
        if kind == "attribute":
            if self._text(node) in self.consts:
                return True
            obj = node.child_by_field_name("object")  # `uuid.uuid4().hex`: a part of a constant value
            return obj is not None and obj.type == "call" and self._is_const(obj)
        if kind in ("binary_operator", "parenthesized_expression", "keyword_argument", "interpolation",
                    "format_expression"):
            return all(self._is_const(c) for c in node.named_children if c.type != "format_specifier")
        if kind == "subscript":  # `ORDER_BY[key]`: a value from a fixed table, whatever the key
            table = node.child_by_field_name("value")
            return self._const_table(table) or (table is not None and table.type == "dictionary" and self._is_const(
                table)) or self._item_value(node) is not MISSING
        if kind in ("list", "tuple"):
            return all(self._is_const(c) for c in node.named_children)
        if kind == "dictionary":  # `{"asc": "ASC", "desc": "DESC"}`: keys and values all constants
            return all(child.type == "comment" or (child.type == "pair" and all(
                self._is_const(part) for part in child.named_children)) for child in node.named_children)
        if kind in ("generator_expression", "list_comprehension"):  # `"?" for _ in ids`
            body = node.child_by_field_name("body")
            return body is not None and body.type != "identifier" and self._is_const(body)
        if kind == "conditional_expression":  # `"x" if 7 * 42 - 86 > 200 else param`: decided ahead
            picked = self._picked(node)
            if picked is not None:
                return self._is_const(picked)
            values = [c for i, c in enumerate(node.named_children) if i != 1]  # `"DESC" if desc else "ASC"`
            return len(values) == 2 and all(self._is_const(v) for v in values)
        if kind == "call":
            callee = node.child_by_field_name("function")
            if callee is None:
                return False
            method = self._text(callee.child_by_field_name("attribute")) if callee.type == "attribute" else ""
            if method == "strftime":  # `time.strftime("%Y%m%d")`, `now.strftime(FMT)`: digits and the format's text
                args = node.child_by_field_name("arguments")
                return args is not None and bool(args.named_children) and self._is_const(args.named_children[0])
            if method == "isoformat":
                return True  # `date.today().isoformat()`: digits and a timestamp
            name = self._resolve(self._text(callee))
            if name in MACHINE_VALUES:
                return True  # `os.getpid()`, `uuid.uuid4()`: digits, hex
            table = callee.child_by_field_name("object") if method == "get" else None
            if table is not None and (self._const_table(table) or (
                    table.type == "dictionary" and self._is_const(table))):
                args = node.child_by_field_name("arguments")  # `ORDER_BY.get(key, "name")`
                return args is not None and all(self._is_const(a) for a in args.named_children[1:])
            if self.model.converters.lookup(name):
                return True
            pure = name in PURE_FUNCTIONS
            definition = None
            if not pure and method not in CONSTANT_METHODS:
                if not self.functions or callee.type not in ("identifier", "attribute"):
                    return False
                definition = self._helper(self._text(callee), callee.type)
                if definition is None:
                    return False
            args = node.child_by_field_name("arguments")
            parts = [] if args is None else (args.named_children if args.type == "argument_list" else [args])
            if definition is None:
                # `base64.b64encode(b"safe")`, `", ".join("?" * len(ids))` (placeholders for an IN list): a pure
                # function or a string method of constants gives a constant
                obj = callee.child_by_field_name("object") if method and not pure else None
                return (obj is None or self._is_const(obj)) and all(self._is_const(a) for a in parts)
            # a helper whose result comes from no source and at most its parameters, given constants
            # (`def default_dir(): return "/srv"`, `transform("constant")`); a summary is computed here only
            # for constant arguments
            if parts and all(self._is_const(a) for a in parts):
                summary = self._summary(definition)
                return summary is not None and not summary.own
            summary = self.summaries.get(definition.id)
            return summary is not None and not summary.returns and not summary.own
        return False

    def _const_table(self, node: ts.Node | None) -> bool:
        """A module constant or a local bound to a constant, holding no taint (a lookup table)."""
        if node is None or node.type != "identifier":
            return False
        name = self._text(node)
        return (name.isupper() or name in self.consts) and not self.env.get(name)
