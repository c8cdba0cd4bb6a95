"""Integer arithmetic on values from outside, for the C walk: overflow, underflow, division by zero.

Three pseudo-callees a taint rule can name as sinks (see rules/c/numbers.yaml): `[add]` (an operand of `+`,
`*`, `++`, `+=`, `*=`), `[sub]` (the left operand of `-`, `--`, `-=`) and `[divisor]` (the right operand of `/`,
`%`). Only numbers count: a value converted by `atoi`/`strtol`, filled by `scanf("%d", &n)`, drawn from
`rand()`, or read by `std::cin >> n` into a name declared as a number; a buffer read by `fgets` is text
(pointer arithmetic on it is no integer overflow). The comparisons
`CWalk.guards` reads mark the bounds a value was checked against: `@upper`, `@floor` (any lower limit),
`@nonzero`.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import mark

ADD, SUB, DIVISOR = "[add]", "[sub]", "[divisor]"
NUMBER = "@number"  # a label that went through a number conversion
CONVERSIONS = frozenset({"atoi", "atol", "atoll", "strtol", "strtoul", "strtoll", "strtoull", "strtod", "strtof",
                         "stoi", "stol", "stoll", "stoul", "stoull", "stod", "_wtoi", "wcstol", "ntohl", "ntohs"})
NUMERIC_SOURCES = frozenset({"scanf", "fscanf", "sscanf", "rand", "RAND32", "RAND64", "random"})
_SCALARS = frozenset({"identifier", "field_expression"})


class NumberChecks:
    """Methods of `CWalk`: arithmetic sinks."""

    def number_conversion(self, name: str, taint):
        return mark(taint, NUMBER) if taint and name.rsplit(".", 1)[-1] in CONVERSIONS else taint

    def arithmetic(self, node: ts.Node) -> None:
        """Report the operands of `node` that reach an arithmetic sink of some rule."""
        if not self.arithmetic_sinks:
            return
        kind = node.type
        op = self.operator(node)
        if kind == "binary_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if op in ("+", "*"):
                if any(side is not None and side.type in self.STRINGS for side in (left, right)):
                    return  # C++ `"ping " + host`: a string being built
                self._operand(node, left, ADD, op)
                self._operand(node, right, ADD, op)
            elif op == "-":
                self._operand(node, left, SUB, op)
            elif op in ("/", "%"):
                self._operand(node, right, DIVISOR, op)
        elif kind == "update_expression":
            target = node.child_by_field_name("argument")
            self._operand(node, target, ADD if "++" in self.text(node) else SUB, op)
        elif kind in ("augmented_assignment_expression", "assignment_expression"):  # C: `x += y` is an assignment
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if op in ("+=", "*="):
                self._operand(node, left, ADD, op)
            elif op == "-=":
                self._operand(node, left, SUB, op)
            elif op in ("/=", "%="):
                self._operand(node, right, DIVISOR, op)

    def _operand(self, node: ts.Node, operand: ts.Node | None, kind: str, op: str) -> None:
        while operand is not None and operand.type in ("cast_expression", "parenthesized_expression"):
            operand = operand.child_by_field_name("value") or (
                operand.named_children[-1] if operand.named_children else None)
        if operand is None or operand.type not in _SCALARS:
            return
        key = self.dotted(operand)
        if key in self.arrays or key in self.sizes:
            return  # a buffer: pointer arithmetic
        if kind == DIVISOR and self.ints.get(key) == 0:
            for sink in self.arithmetic_sinks.get(kind, ()):
                self.flag_rule(sink.rule.rule, node, f"{key} is 0 here")
            return
        taint = self.env.get(key)
        if not taint:
            return
        numbers = frozenset(label for label in taint if NUMBER in label[1] or label[0] in NUMERIC_SOURCES)
        if not numbers:
            return
        for sink in self.arithmetic_sinks.get(kind, ()):
            self._report(sink.rule, node, numbers, False, False, f"integer {op}")
