"""The Go adapter: tree-sitter-go node kinds, import aliases, `:=`/`=`/`+=` with expression lists.

net/http, gin and echo request data are sources by name in `rules/go/taint.yaml` (`*.URL.Query`,
`*.FormValue`, `c.Query`); `json.NewDecoder(r.Body).Decode(&v)` fills `v` (an out-parameter source).
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, TaintModel
from curator.engines.dataflow.walk import Walk
from curator.ruleset import Rule


class GoWalk(Walk):
    FUNCTIONS = frozenset({"function_declaration", "method_declaration", "func_literal"})
    CALLS = frozenset({"call_expression"})
    MEMBERS = frozenset({"selector_expression"})
    SUBSCRIPTS = frozenset({"index_expression"})
    IDENTIFIERS = frozenset({"identifier", "field_identifier", "package_identifier"})
    STRINGS = frozenset({"interpreted_string_literal", "raw_string_literal"})
    ASSIGNMENTS = frozenset()
    AUGMENTED = frozenset()
    LITERALS = frozenset({"int_literal", "float_literal", "true", "false", "nil", "comment", "rune_literal",
                          "imaginary_literal"})
    EXIT_CALLS = ("Exit", "Fatal", "Fatalf", "panic", "Abort", "AbortWithStatus", "AbortWithStatusJSON")
    URL_PARSERS = frozenset({"url.Parse", "url.ParseRequestURI"})
    URL_PARTS = frozenset({"Host", "Hostname", "Scheme"})
    FORMATTERS = frozenset({"fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln"})
    MUTATORS = frozenset({"WriteString", "Write", "Set", "Add"})

    def imports(self, root: ts.Node) -> None:
        stack = [c for c in root.named_children if c.type == "import_declaration"]
        while stack:
            node = stack.pop()
            if node.type == "import_spec":
                path = self.text(node.child_by_field_name("path")).strip('"`')
                name = node.child_by_field_name("name")
                local = self.text(name) if name is not None else path.rsplit("/", 1)[-1]
                if local not in ("_", "."):
                    self.aliases[local] = path
            else:
                stack.extend(node.named_children)

    def call_parts(self, node: ts.Node):
        callee = node.child_by_field_name("function")
        args = self.arguments(node.child_by_field_name("arguments"))
        if callee is not None and callee.type == "selector_expression":
            return self.dotted(callee), callee.child_by_field_name("operand"), args
        return self.dotted(callee), None, args

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        return [a for a in args.named_children if a.type != "comment"] if args is not None else []

    def member(self, node: ts.Node):
        return node.child_by_field_name("operand"), self.text(node.child_by_field_name("field"))

    def subscript_object(self, node: ts.Node):
        return node.child_by_field_name("operand")

    def string_parts(self, node: ts.Node) -> list[ts.Node]:
        return []

    def declarations(self, node: ts.Node):
        kind = node.type
        if kind in ("short_var_declaration", "assignment_statement"):
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is None or right is None:
                return []
            targets, values = left.named_children, right.named_children
            if kind == "assignment_statement" and self.operator(node) == "+=":
                return [("+=", t, v) for t, v in zip(targets, values)]  # handled in eval
            if len(values) == 1:  # rows, err := db.Query(q): every name gets the call's taint
                return [(t, values[0]) for t in targets[:1]] + [(t, None) for t in targets[1:]]
            return list(zip(targets, values))
        if kind in ("var_spec", "const_spec"):
            names = node.children_by_field_name("name")
            value = node.child_by_field_name("value")
            values = value.named_children if value is not None else []
            return list(zip(names, values))
        return None

    def operator(self, node: ts.Node) -> str:
        op = node.child_by_field_name("operator")
        if op is not None:
            return self.text(op)
        for child in node.children:
            if not child.is_named:
                return child.type
        return ""

    def eval(self, node):
        if node is not None and node.type == "assignment_statement" and self.operator(node) == "+=":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            for target, value in zip(left.named_children if left else (), right.named_children if right else ()):
                taint = self.eval(value)
                key = self.dotted(target)
                self.env[key] = self.env.get(key, EMPTY) | taint | self._formatting([target, value], node)
                self.consts.discard(key)
            return EMPTY
        if node is not None and node.type in ("short_var_declaration", "assignment_statement", "var_spec",
                                              "const_spec"):
            self._remember_error_check(node)
            for target, value in self.declarations(node) or ():
                if value is None:
                    self.assign(target, EMPTY, None)
                    continue
                self.assign(target, self.eval(value), value)
            return EMPTY
        if node is not None and node.type == "unary_expression" and self.operator(node) == "&":
            return self.eval(node.named_children[-1])
        return super().eval(node)

    def _remember_error_check(self, node: ts.Node) -> None:
        """`err := validateHost(h)` / `n, err := strconv.Atoi(s)`: a later `err != nil` that leaves checks `h`/`s`.

        Only for the snippet's own functions and the converters the rules list: a library call such as
        `url.Parse` returns no error for most hostile input, so its error says nothing about the value.
        """
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or len(right.named_children) != 1:
            return
        call = right.named_children[0]
        names = [self.text(t) for t in left.named_children]
        for name in names:
            self.error_checks.pop(name, None)
        if call.type != "call_expression" or not any(n == "err" or n.endswith("Err") for n in names):
            return
        callee, _, args = self.call_parts(call)
        if not (self._user_function(callee) is not None or self.model.converters.lookup(self.resolve(callee))):
            return
        keys = tuple(k for arg in args for k in self.checked(arg))
        for name in names:
            if name == "err" or name.endswith("Err"):
                self.error_checks[name] = keys

    def guards(self, node: ts.Node):
        if node.type == "binary_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            op = self.operator(node)
            if left is not None and right is not None and right.type == "nil" and op in ("!=", "=="):
                keys = self.error_checks.get(self.text(left))
                if keys:  # err != nil: the value was refused; below the leaving branch it was accepted
                    return ((), keys) if op == "!=" else (keys, ())
        return super().guards(node)

    def parameters(self, function: ts.Node):
        params = function.child_by_field_name("parameters")
        out = []
        for param in params.named_children if params is not None else ():
            for name in param.children_by_field_name("name"):
                out.append((self.text(name), param))
        return out

    def __init__(self, model: TaintModel, code: bytes) -> None:
        super().__init__(model, code)
        self.error_checks: dict[str, tuple] = {}  # error variable -> the values its call validated

    def statement(self, node: ts.Node) -> None:
        if node.type in ("if_statement", "expression_switch_statement", "type_switch_statement"):
            init = node.child_by_field_name("initializer")  # if err := check(x); err != nil { ... }
            if init is not None:
                self.eval(init)
        super().statement(node)

    def loop_binding(self, node: ts.Node):
        if node.type == "for_statement":
            for child in node.named_children:
                if child.type == "range_clause":
                    left = child.child_by_field_name("left")
                    targets = left.named_children if left is not None else []
                    return (targets[-1] if targets else None), child.child_by_field_name("right")
        return None

    def block_kinds(self) -> frozenset:
        return _GO_BLOCKS


_GO_BLOCKS = frozenset({"source_file", "block", "statement_list", "expression_statement", "var_declaration",
                        "const_declaration", "expression_switch_statement", "expression_case", "default_case",
                        "type_switch_statement", "type_case", "select_statement", "communication_case",
                        "labeled_statement", "go_statement", "defer_statement", "for_statement"})


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, GoWalk)
