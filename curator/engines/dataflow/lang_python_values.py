"""The Python adapter's constants: the values local names hold (`num = 106`, `guess = "ABC"`), the branch a
condition on them always takes (`bar = "x" if 7 * 42 - num > 200 else param`), and the elements of lists and
dicts built in the function (`values.pop(0); bar = values[1]`), so a value taken from the safe slot is clean."""

from __future__ import annotations

import ast
import re

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, MISSING, Taint

_SMALL = 10**12  # arithmetic on larger numbers (or longer strings) is not followed: no runaway products
_ARITHMETIC = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "//": lambda a, b: a // b, "%": lambda a, b: a % b, "/": lambda a, b: a / b,
}
_COMPARE = {
    "<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b,
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
}
_CONSTANTS = {"true": True, "false": False, "none": None}
LITERAL_VALUES = frozenset({"integer", "float", "string", "true", "false", "none"})  # remembered as nodes, read lazily
# What a name may be assigned that evaluates to a constant (besides literals): arithmetic, names, indexing.
COMPUTED = frozenset({"identifier", "binary_operator", "parenthesized_expression", "unary_operator", "subscript",
                      "conditional_expression", "comparison_operator", "boolean_operator", "not_operator"})
_VALUE_KINDS = frozenset({"integer", "float", "string", "true", "false", "none", "identifier", "binary_operator",
                          "parenthesized_expression", "unary_operator", "subscript", "comparison_operator",
                          "boolean_operator", "not_operator", "conditional_expression"})


_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_NAME = re.compile(r"(?<![\w.])[A-Za-z_]\w*")  # not inside a number (`0x1F`) nor an attribute (`a.b`)
_WORDS = frozenset({"and", "or", "not", "in", "is", "if", "else", "True", "False", "None"})


class PythonValues:
    """Methods of `PythonWalk` (see lang_python.py for the state they use: `values`, `items`, `env`)."""

    def _may_know(self, node: ts.Node) -> bool:
        """A cheap test before `_value`: every name the expression reads (outside its string literals) holds a
        known value. Most conditions (`if not user:`) fail it without building a single child node."""
        text = self._text(node)
        if "'" in text or '"' in text:
            text = _QUOTED.sub("", text)
        values = self.values
        for name in _NAME.findall(text):
            if name not in values and name not in _WORDS:
                return False
        return True

    def _value(self, node: ts.Node | None):
        """The constant `node` evaluates to, or MISSING when it depends on anything unknown."""
        if node is None or node.type not in _VALUE_KINDS:
            return MISSING
        kind = node.type
        try:
            if kind == "identifier":
                known = self.values.get(self._text(node), MISSING)
                return self._value(known) if isinstance(known, ts.Node) else known  # a literal, read when asked
            if kind == "integer":
                return int(self._text(node).replace("_", "").rstrip("lL"), 0)
            if kind == "float":
                return float(self._text(node).replace("_", ""))
            if kind in _CONSTANTS:
                return _CONSTANTS[kind]
            if kind == "string":
                if node.end_byte - node.start_byte > 200:
                    return MISSING
                parts = node.named_children
                start = self._text(parts[0]) if parts else ""
                if any(c in "fFbB" for c in start):
                    return MISSING
                if len(parts) == 3 and not parts[1].named_children:  # no escapes, no interpolation
                    return self._text(parts[1])
                if len(parts) == 2:
                    return ""
                value = ast.literal_eval(self._text(node))
                return value if isinstance(value, str) else MISSING
            if kind == "parenthesized_expression":
                return self._value(node.named_children[0]) if len(node.named_children) == 1 else MISSING
            if kind == "unary_operator":
                operand = self._value(node.child_by_field_name("argument"))
                op = node.child_by_field_name("operator")
                if not isinstance(operand, (int, float)) or isinstance(operand, bool) or op is None:
                    return MISSING
                return -operand if op.type == "-" else operand if op.type == "+" else MISSING
            if kind == "not_operator":
                operand = self._value(node.child_by_field_name("argument"))
                return MISSING if operand is MISSING else not operand
            if kind == "binary_operator":
                op = node.child_by_field_name("operator")
                left = self._value(node.child_by_field_name("left"))
                if op is None or op.type not in _ARITHMETIC or left is MISSING:
                    return MISSING
                right = self._value(node.child_by_field_name("right"))
                if right is MISSING or isinstance(left, bool) or isinstance(right, bool):
                    return MISSING
                numbers = isinstance(left, (int, float)) and isinstance(right, (int, float))
                if not (numbers or (isinstance(left, str) and isinstance(right, str) and op.type == "+")):
                    return MISSING
                result = _ARITHMETIC[op.type](left, right)
                if (isinstance(result, (int, float)) and abs(result) > _SMALL) or (
                        isinstance(result, str) and len(result) > 1000):
                    return MISSING
                return result
            if kind == "comparison_operator":
                operands = node.named_children
                operators = [c.type for c in node.children if not c.is_named]
                if len(operands) != 2 or len(operators) != 1 or operators[0] not in _COMPARE:
                    return MISSING
                left, right = self._value(operands[0]), self._value(operands[1])
                if left is MISSING or right is MISSING:
                    return MISSING
                return _COMPARE[operators[0]](left, right)
            if kind == "boolean_operator":
                op = node.child_by_field_name("operator")
                left = self._value(node.child_by_field_name("left"))
                right = self._value(node.child_by_field_name("right"))
                if op is None or left is MISSING or right is MISSING:
                    return MISSING
                return (left and right) if op.type == "and" else (left or right)
            if kind == "subscript":
                base = self._value(node.child_by_field_name("value"))
                index = self._value(node.child_by_field_name("subscript"))
                if isinstance(base, str) and isinstance(index, int) and not isinstance(index, bool):
                    return base[index]
                return MISSING
            if kind == "conditional_expression":
                picked = self._picked(node)
                return MISSING if picked is None else self._value(picked)
        except (ValueError, SyntaxError, TypeError, ZeroDivisionError, IndexError, KeyError, MemoryError,
                OverflowError, RecursionError):
            return MISSING
        return MISSING

    def _picked(self, node: ts.Node) -> ts.Node | None:
        """`a if condition else b` with a condition known ahead: the branch it always takes (else None)."""
        parts = node.named_children
        if len(parts) != 3 or not self._may_know(parts[1]):
            return None
        decided = self._value(parts[1])
        if decided is MISSING:
            return None
        return parts[0] if decided else parts[2]

    def _eval_conditional(self, node: ts.Node) -> Taint:
        picked = self._picked(node)
        if picked is not None:
            return self._eval(picked)
        parts = node.named_children
        when_true, when_false = self._guards(parts[1]) if len(parts) == 3 else ((), ())
        if not (when_true or when_false):
            taint = EMPTY
            for index, child in enumerate(parts):
                value = self._eval(child)  # the condition too: a sink inside it still counts
                if index != 1:  # `a if cond else b` is a or b: what decided between them is neither
                    taint = taint | value
            return taint
        # `code if code in LANGS else "en"`: each side is read where the test proves what it proves
        self._eval(parts[1])
        saved = dict(self.env)
        self._hold_fields(when_true + when_false)
        self._validate(when_true)
        taint = self._eval(parts[0])
        self.env = dict(saved)
        self._hold_fields(when_false)
        self._validate(when_false)
        taint = taint | self._eval(parts[2])
        self.env = saved
        return taint

    def _decided_branch(self, node: ts.Node):
        """The body an `if`/`elif`/`else` chain always runs when every condition is known (None: no body
        runs), or MISSING when some condition depends on something unknown."""
        condition = node.child_by_field_name("condition")
        if condition is None or not self._may_know(condition):
            return MISSING
        decided = self._value(condition)
        if decided is MISSING:
            return MISSING
        if decided:
            return node.child_by_field_name("consequence")
        for alt in node.children_by_field_name("alternative"):
            if alt.type == "elif_clause":
                decided = self._value(alt.child_by_field_name("condition"))
                if decided is MISSING:
                    return MISSING
                if decided:
                    return alt.child_by_field_name("consequence")
            else:
                return alt.child_by_field_name("body")
        return None

    def _decided_case(self, node: ts.Node):
        """The case a `match` on a known value takes (None: no case), or MISSING when that is unknown."""
        subject = node.child_by_field_name("subject")
        subject = self._value(subject) if subject is not None and self._may_know(subject) else MISSING
        body = node.child_by_field_name("body")
        if subject is MISSING or body is None:
            return MISSING
        for case in body.named_children:
            if case.type != "case_clause":
                continue
            if case.child_by_field_name("guard") is not None:
                return MISSING
            patterns = [c for c in case.named_children if c.type == "case_pattern"]
            if len(patterns) != 1:
                return MISSING
            inner = patterns[0].named_children
            if not inner:  # `case _:`
                return case.child_by_field_name("consequence")
            if len(inner) != 1:
                return MISSING
            value = self._value(inner[0])
            if value is MISSING:
                return MISSING
            if value == subject:
                return case.child_by_field_name("consequence")
        return None

    # -- elements of lists and dicts built in the function ------------------------------------------
    def _peek(self, node: ts.Node) -> Taint | None:
        """The taint of a plain element (a name or a literal) without evaluating anything; None otherwise."""
        kind = node.type
        if kind == "identifier":
            return self.env.get(self._text(node), EMPTY)
        if kind in ("integer", "float", "true", "false", "none"):
            return EMPTY
        if kind == "string" and not any(c.type == "interpolation" for c in node.named_children):
            return EMPTY
        return None

    def _track(self, key: str, value: ts.Node | None) -> None:
        """After `key = value`: remember the elements of a list or dict literal made of plain elements."""
        items = self.items
        items.pop(key, None)
        if value is None:
            return
        if value.type == "list":
            elements = []
            for child in value.named_children:
                taint = self._peek(child)
                if taint is None:
                    return
                elements.append((taint, self._value(child)))
            items[key] = elements
        elif value.type == "dictionary":
            pairs = {}
            for child in value.named_children:
                if child.type != "pair":
                    return
                name = self._value(child.child_by_field_name("key"))
                element = child.child_by_field_name("value")
                taint = self._peek(element) if element is not None else None
                if name is MISSING or taint is None or not isinstance(name, (str, int)):
                    return
                pairs[name] = (taint, self._value(element))
            items[key] = pairs

    def _element(self, container, index) -> Taint | None:
        """The taint of `container[index]` when the index is known (None when it is not)."""
        if index is MISSING or isinstance(index, bool):
            return None
        if isinstance(container, list):
            if isinstance(index, int) and -len(container) <= index < len(container):
                return container[index][0]
            return None
        if isinstance(index, (str, int)):
            found = container.get(index)
            return EMPTY if found is None else found[0]  # a missing key raises: nothing flows on
        return None

    def _item_read(self, node: ts.Node) -> Taint | None:
        """`values[1]`, `table["keyA"]` on a tracked container: that element's taint (None: not known)."""
        base = node.child_by_field_name("value")
        if base is None or base.type != "identifier":
            return None
        container = self.items.get(self._text(base))
        if container is None:
            return None
        return self._element(container, self._value(node.child_by_field_name("subscript")))

    def _same_container(self, node: ts.Node, base: str) -> bool:
        """Whether `node` (a subscript) reads an element of the tracked container named `base`."""
        value = node.child_by_field_name("value")
        return value is not None and value.type == "identifier" and self._text(value) == base

    def _item_value(self, node: ts.Node):
        """The constant held by `values[1]`/`table["keyA"]` of a tracked container (MISSING: not known)."""
        base = node.child_by_field_name("value")
        container = self.items.get(self._text(base)) if base is not None and base.type == "identifier" else None
        if container is None:
            return MISSING
        index = self._value(node.child_by_field_name("subscript"))
        if isinstance(container, list):
            if isinstance(index, int) and not isinstance(index, bool) and -len(container) <= index < len(container):
                return container[index][1]
            return MISSING
        found = container.get(index) if isinstance(index, (str, int)) else None
        return MISSING if found is None else found[1]

    def _item_store(self, base: str, subscript: ts.Node | None, taint: Taint, value: ts.Node | None) -> None:
        """`values[i] = v`, `table["k"] = v` on a tracked container."""
        container = self.items.get(base)
        if container is None:
            return
        index = self._value(subscript)
        element = (taint, self._value(value) if value is not None else MISSING)
        if isinstance(container, dict) and isinstance(index, (str, int)) and not isinstance(index, bool):
            container[index] = element
        elif isinstance(container, list) and isinstance(index, int) and not isinstance(index, bool) \
                and -len(container) <= index < len(container):
            container[index] = element
        else:
            del self.items[base]

    def _item_call(self, base: str, method: str, arg_nodes: list, arg_taints: list) -> Taint | None:
        """A method call on a tracked container: update its elements; the result's taint when known."""
        container = self.items.get(base)
        if container is None:
            return None
        positional = [a for a in arg_nodes if a.type != "keyword_argument"]
        values = [self._value(a) for a in positional]
        if isinstance(container, list):
            if method == "append" and len(positional) == 1:
                container.append((arg_taints[0], values[0]))
                return EMPTY
            if method == "insert" and len(positional) == 2 and isinstance(values[0], int):
                container.insert(values[0], (arg_taints[1], values[1]))
                return EMPTY
            if method == "pop" and len(positional) <= 1:
                index = values[0] if positional else -1
                if isinstance(index, int) and not isinstance(index, bool) and -len(container) <= index < len(container):
                    return container.pop(index)[0]
            if method == "remove" and len(positional) == 1 and positional[0].type == "subscript" and \
                    self._same_container(positional[0], base):
                index = self._value(positional[0].child_by_field_name("subscript"))  # `lst.remove(lst[0])`
                if isinstance(index, int) and not isinstance(index, bool) and -len(container) <= index < len(container):
                    held = container[index][1]
                    first = next((i for i, (_, value) in enumerate(container)
                                  if held is not MISSING and value is not MISSING and value == held), index)
                    del container[first]
                    return EMPTY
            if method == "remove" and len(positional) == 1 and values[0] is not MISSING:
                for i, (_, value) in enumerate(container):
                    if value is not MISSING and value == values[0]:
                        del container[i]
                        return EMPTY
            if method == "clear":
                container.clear()
                return EMPTY
            if method in ("index", "count", "copy"):
                return None
        else:
            if method in ("get", "pop") and positional and isinstance(values[0], (str, int)):
                found = container.get(values[0]) if method == "get" else container.pop(values[0], None)
                if found is not None:
                    return found[0]
                return arg_taints[1] if len(arg_taints) > 1 else EMPTY  # the default
            if method in ("keys", "values", "items", "copy"):
                return None
            if method == "clear":
                container.clear()
                return EMPTY
        del self.items[base]  # any other change: its elements are no longer known
        return None
