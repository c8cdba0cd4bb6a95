"""Known values for the Java walk: constants folded in conditions, and collections read back by a fixed key.

Code often picks between request data and a constant with a test whose outcome is fixed (`int num = 86;
bar = (7 * 42) - num > 200 ? "constant" : param;`, `switch ("ABC".charAt(1))`), or puts request data in a
`HashMap`/`ArrayList` and reads back another element (`map.get("keyA")`, `list.remove(0); list.get(1)`).
Only local values assigned once from literals are known; anything else leaves the usual union of both ways.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, Taint

UNKNOWN = object()
_MAP_TYPES = ("HashMap", "LinkedHashMap", "TreeMap", "Hashtable", "ConcurrentHashMap")
_LIST_TYPES = ("ArrayList", "LinkedList", "Vector")
_INTEGERS = ("decimal_integer_literal", "hex_integer_literal", "octal_integer_literal")
_NUMBER_TYPES = ("integral_type", "floating_point_type", "boolean_type")
_BOXED = frozenset({"Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "BigDecimal", "BigInteger",
                    "UUID", "LocalDate", "LocalDateTime", "Instant"})


class JavaValues:
    """Methods of `JavaWalk`: `self.values` (name -> folded literal), `self.containers` (name -> model of a
    map or list), `self.mutated` (names assigned after their declaration anywhere in the snippet)."""

    values: dict
    containers: dict
    const_entries: set  # (container name, key or index) put in with a constant value
    mutated: set
    numbers: set

    def collect_values(self, root: ts.Node) -> set[str]:
        """Names assigned or incremented anywhere (never constants), names declared only with a number or
        boolean type (`self.numbers`: they cannot carry text), and the class names of the snippet."""
        classes = set()
        numbers, others = set(), set()
        stack = [root]
        while stack:
            node = stack.pop()
            kind = node.type
            if kind in ("formal_parameter", "local_variable_declaration", "field_declaration"):
                declared = node.child_by_field_name("type")
                typed = numbers if declared is not None and (
                    declared.type in _NUMBER_TYPES or self.text(declared) in _BOXED) else others
                if kind == "formal_parameter":
                    name = node.child_by_field_name("name")
                    if name is not None:
                        typed.add(self.text(name))
                else:
                    for declarator in node.children_by_field_name("declarator"):
                        name = declarator.child_by_field_name("name")
                        if name is not None:
                            typed.add(self.text(name))
            elif kind == "assignment_expression":
                left = node.child_by_field_name("left")
                if left is not None and left.type == "identifier":
                    self.mutated.add(self.text(left))
            elif kind == "update_expression":
                for child in node.named_children:
                    if child.type == "identifier":
                        self.mutated.add(self.text(child))
            elif kind in ("class_declaration", "enum_declaration", "record_declaration"):
                name = node.child_by_field_name("name")
                if name is not None:
                    classes.add(self.text(name))
            stack.extend(node.named_children)
        self.numbers = numbers - others
        return classes

    # -- folding ----------------------------------------------------------------------------------
    def const_value(self, node: ts.Node | None, depth: int = 0):
        """The value of a constant expression (int, str, bool), or UNKNOWN."""
        if node is None or depth > 20:
            return UNKNOWN
        kind = node.type
        if kind in _INTEGERS:
            try:
                return int(self.text(node).rstrip("lL").replace("_", ""), 0)
            except ValueError:
                return UNKNOWN
        if kind == "true":
            return True
        if kind == "false":
            return False
        if kind == "character_literal":
            inner = self.text(node)[1:-1]
            return inner if len(inner) == 1 else UNKNOWN
        if kind == "string_literal":
            inner = self.text(node)
            return inner[1:-1] if "\\" not in inner else UNKNOWN
        if kind == "identifier":
            return self.values.get(self.text(node), UNKNOWN)
        if kind == "parenthesized_expression" and node.named_children:
            return self.const_value(node.named_children[0], depth + 1)
        if kind == "unary_expression":
            value = self.const_value(node.child_by_field_name("operand"), depth + 1)
            op = self.operator(node)
            if op == "!" and isinstance(value, bool):
                return not value
            if op == "-" and type(value) is int:
                return -value
            return UNKNOWN
        if kind == "binary_expression":
            return self._fold(self.operator(node), self.const_value(node.child_by_field_name("left"), depth + 1),
                              self.const_value(node.child_by_field_name("right"), depth + 1))
        if kind == "method_invocation":
            obj = node.child_by_field_name("object")
            name = self.text(node.child_by_field_name("name"))
            args = self.arguments(node.child_by_field_name("arguments"))
            target = self.const_value(obj, depth + 1) if obj is not None else UNKNOWN
            if isinstance(target, str):
                if name == "charAt" and len(args) == 1:
                    index = self.const_value(args[0], depth + 1)
                    return target[index] if type(index) is int and 0 <= index < len(target) else UNKNOWN
                if name == "length" and not args:
                    return len(target)
                if name == "equals" and len(args) == 1:
                    other = self.const_value(args[0], depth + 1)
                    return target == other if isinstance(other, str) else UNKNOWN
        return UNKNOWN

    @staticmethod
    def _fold(op: str, left, right):
        if left is UNKNOWN or right is UNKNOWN:
            if op == "&&" and (left is False or right is False):
                return False
            if op == "||" and (left is True or right is True):
                return True
            return UNKNOWN
        if op in ("&&", "||"):
            if isinstance(left, bool) and isinstance(right, bool):
                return (left and right) if op == "&&" else (left or right)
            return UNKNOWN
        if op in ("==", "!="):
            if type(left) is not type(right):
                return UNKNOWN
            return (left == right) if op == "==" else (left != right)
        if type(left) is not int or type(right) is not int:
            if op == "+" and isinstance(left, str) and isinstance(right, str):
                return left + right
            return UNKNOWN
        try:
            return {"+": lambda: left + right, "-": lambda: left - right, "*": lambda: left * right,
                    "/": lambda: int(left / right), "%": lambda: left % right, ">": lambda: left > right,
                    "<": lambda: left < right, ">=": lambda: left >= right, "<=": lambda: left <= right,
                    }.get(op, lambda: UNKNOWN)()
        except ZeroDivisionError:
            return UNKNOWN

    def remember(self, target: ts.Node, value: ts.Node | None, declared: bool) -> None:
        """After `name = value`: a literal declared once is known; any later assignment forgets it."""
        name = self.text(target)
        if target.type != "identifier":
            return
        self.containers.pop(name, None)
        self.const_entries = {entry for entry in self.const_entries if entry[0] != name}
        if not declared or name in self.mutated:  # assigned again somewhere (a loop counter): never known
            self.values.pop(name, None)
            return
        folded = self.const_value(value) if value is not None else UNKNOWN
        if folded is not UNKNOWN:
            self.values[name] = folded
        else:
            self.values.pop(name, None)
        if value is not None and value.type == "object_creation_expression":
            kind = self.text(value.child_by_field_name("type")).split("<", 1)[0].rsplit(".", 1)[-1]
            args = self.arguments(value.child_by_field_name("arguments"))
            if kind in _MAP_TYPES and not args:
                self.containers[name] = {}
            elif kind in _LIST_TYPES and not args:
                self.containers[name] = []

    # -- collections ------------------------------------------------------------------------------
    def container_read(self, node: ts.Node, receiver: ts.Node | None, method: str, args: list) -> Taint | None:
        """The taint of `map.get("k")` / `list.get(1)` when the element is known; None otherwise.

        Also updates the model for `put`/`add`/`remove`, and drops it when the collection is used in any
        other way (passed on, iterated, changed by a call it cannot follow).
        """
        for arg in args:
            if arg.type == "identifier" and self.text(arg) in self.containers:
                self.containers.pop(self.text(arg))  # escapes into another call
        if receiver is None or receiver.type != "identifier":
            return None
        name = self.text(receiver)
        model = self.containers.get(name)
        if model is None:
            return None
        if isinstance(model, dict):
            key = self.const_value(args[0]) if args else UNKNOWN
            if method == "put" and len(args) == 2 and isinstance(key, str):
                model[key] = self.eval(args[1])
                if self.is_const(args[1]):
                    self.const_entries.add((name, key))
                else:
                    self.const_entries.discard((name, key))
                return None
            if method in ("get", "getOrDefault") and args and isinstance(key, str):
                if key in model:
                    return model[key]
                return self.eval(args[1]) if method == "getOrDefault" and len(args) == 2 else EMPTY
            if method in ("containsKey", "size", "isEmpty", "containsValue"):
                return None
        else:
            index = self.const_value(args[0]) if args else UNKNOWN
            if method == "add" and len(args) == 1:
                model.append(self.eval(args[0]))
                if self.is_const(args[0]):
                    self.const_entries.add((name, len(model) - 1))
                return None
            if method == "remove" and len(args) == 1 and type(index) is int:
                if 0 <= index < len(model):
                    model.pop(index)
                    constant = [i for i in range(len(model) + 1) if (name, i) in self.const_entries]
                    self.const_entries -= {(name, i) for i in constant}
                    self.const_entries |= {(name, i if i < index else i - 1) for i in constant if i != index}
                    return None
            if method == "get" and len(args) == 1 and type(index) is int:
                return model[index] if 0 <= index < len(model) else None
            if method in ("size", "isEmpty", "contains"):
                return None
        self.containers.pop(name, None)
        return None

    def const_entry(self, name: str, key: ts.Node) -> bool:
        """Whether `name.get(key)` reads an element put in with a constant value (a modelled map or list)."""
        model = self.containers.get(name)
        if model is None:
            return False
        key_value = self.const_value(key)
        if isinstance(model, dict):
            return isinstance(key_value, str) and (key_value in model) and (name, key_value) in self.const_entries
        return type(key_value) is int and 0 <= key_value < len(model) and (name, key_value) in self.const_entries

    # -- switch -----------------------------------------------------------------------------------
    def switch(self, node: ts.Node) -> None:
        """A `switch` statement: the case its constant selector picks, else every case as a branch."""
        condition = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        self.eval(condition)
        if body is None:
            return
        groups = [g for g in body.named_children if g.type in ("switch_block_statement_group", "switch_rule")]
        selector = self.const_value(condition)
        starts = list(range(len(groups)))
        if selector is not UNKNOWN:
            chosen = default = None
            for i, group in enumerate(groups):
                for label in (c for c in group.named_children if c.type == "switch_label"):
                    cases = label.named_children
                    if not cases:
                        default = i
                    elif chosen is None and any(self.const_value(c) == selector for c in cases):
                        chosen = i
            chosen = default if chosen is None else chosen
            starts = [chosen] if chosen is not None else []
        before = self.snapshot()
        branches = []
        has_default = any(not label.named_children for g in groups for label in g.named_children
                          if label.type == "switch_label")
        for start in starts:
            self.restore(before)
            left = False
            for group in groups[start:]:
                statements = [c for c in group.named_children if c.type != "switch_label"]
                for statement in statements:
                    if statement.type == "break_statement":
                        left = True
                        break
                    self.statement(statement)
                if left or group.type == "switch_rule" or (statements and self.exits(group)):
                    break
            if not (statements and self.exits(group) and not left):
                branches.append(self.snapshot())
        if selector is UNKNOWN and not has_default or not starts:
            branches.append(before)
        if branches:
            self.merge(branches)
        else:
            self.restore(before)
