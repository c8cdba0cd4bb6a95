"""The PHP adapter: tree-sitter-php node kinds; `echo`/`print`/`include`/backticks as calls the rules name.

Superglobals (`$_GET`, `$_POST`, ...) and Laravel/Symfony request methods are sources by name in
`rules/php/taint.yaml`; `$this->x` set in a constructor is seen by the other methods.
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, TaintModel
from curator.engines.dataflow.walk import Walk
from curator.ruleset import Rule

# Language constructs that act like calls: node kind -> the name the rules' sinks use.
CONSTRUCTS = {"echo_statement": "echo", "print_intrinsic": "print", "include_expression": "include",
              "include_once_expression": "include_once", "require_expression": "require",
              "require_once_expression": "require_once", "shell_command_expression": "shell_exec"}
NUMERIC_CASTS = ("(int)", "(integer)", "(float)", "(double)", "(bool)", "(boolean)")


class PhpWalk(Walk):
    FUNCTIONS = frozenset({"function_definition", "method_declaration", "anonymous_function", "arrow_function"})
    CALLS = frozenset({"function_call_expression", "member_call_expression", "scoped_call_expression",
                       "nullsafe_member_call_expression", "object_creation_expression"})
    MEMBERS = frozenset({"member_access_expression", "nullsafe_member_access_expression",
                         "class_constant_access_expression"})
    SUBSCRIPTS = frozenset({"subscript_expression"})
    IDENTIFIERS = frozenset({"variable_name", "name"})
    STRINGS = frozenset({"encapsed_string", "string", "heredoc", "nowdoc"})
    BINARIES = frozenset({"binary_expression"})
    CONCAT_OPERATORS = frozenset({"."})
    AUGMENTED = frozenset({"augmented_assignment_expression"})
    IFS = frozenset({"if_statement", "else_if_clause"})
    NOTS = frozenset({"unary_op_expression"})
    EXITS = frozenset({"throw_expression", "break_statement", "continue_statement", "exit_statement"})
    EXIT_CALLS = ("exit", "die", "abort", "redirect")
    LITERALS = frozenset({"integer", "float", "boolean", "null", "comment"})
    SELF_PREFIXES = ("$this.",)
    URL_PARSERS = frozenset({"parse_url"})
    URL_PARTS = frozenset({"host", "scheme"})
    FORMATTERS = frozenset({"sprintf", "vsprintf"})

    def call_parts(self, node: ts.Node):
        args = self.arguments(node.child_by_field_name("arguments"))
        kind = node.type
        if kind == "function_call_expression":
            return self.dotted(node.child_by_field_name("function")), None, args
        if kind == "object_creation_expression":
            named = [c for c in node.named_children if c.type in ("name", "qualified_name")]
            return (self.text(named[0]) if named else "?"), None, self.arguments(
                next((c for c in node.named_children if c.type == "arguments"), None))
        if kind == "scoped_call_expression":
            scope = node.child_by_field_name("scope")
            return f"{self.text(scope)}.{self.text(node.child_by_field_name('name'))}", None, args
        obj = node.child_by_field_name("object")
        return f"{self.dotted(obj)}.{self.text(node.child_by_field_name('name'))}", obj, args

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        out = []
        for arg in args.named_children if args is not None else ():
            if arg.type == "argument" and arg.named_children:
                out.append(arg if arg.child_by_field_name("name") is not None else arg.named_children[-1])
            elif arg.type != "comment":
                out.append(arg)
        return out

    def keyword(self, node: ts.Node):
        name = node.child_by_field_name("name") if node.type == "argument" else None
        return (self.text(name), node.named_children[-1]) if name is not None else None

    def member(self, node: ts.Node):
        if node.type == "class_constant_access_expression":
            parts = node.named_children
            return (parts[0] if parts else None), (self.text(parts[-1]) if parts else "")
        return node.child_by_field_name("object"), self.text(node.child_by_field_name("name"))

    def string_parts(self, node: ts.Node) -> list[ts.Node]:
        if node.type not in ("encapsed_string", "heredoc"):
            return []
        parts = []
        stack = list(node.named_children)
        while stack:
            child = stack.pop()
            if child.type in ("string_content", "escape_sequence", "string_value", "heredoc_start", "heredoc_end",
                              "heredoc_body"):
                if child.type == "heredoc_body":
                    stack.extend(child.named_children)
                continue
            parts.append(child)
        return parts

    def if_parts(self, node: ts.Node):
        alternatives = []
        for alt in node.children_by_field_name("alternative"):
            if alt.type == "else_clause":
                body = alt.child_by_field_name("body")
                if body is not None:
                    alternatives.append(body)
            else:
                alternatives.append(alt)
        return node.child_by_field_name("condition"), node.child_by_field_name("body"), alternatives

    def parameters(self, function: ts.Node):
        params = function.child_by_field_name("parameters")
        out = []
        for param in params.named_children if params is not None else ():
            name = param.child_by_field_name("name")
            if name is not None:
                out.append((self.text(name), param))
        return out

    def function_name(self, node: ts.Node) -> str | None:
        name = node.child_by_field_name("name")
        return self.text(name) if name is not None else None

    def _user_function(self, raw: str):
        head, _, last = raw.rpartition(".")
        if head in ("$this", "self", "static") or not head:
            return self.functions.get(last)
        return None

    def statement_extra(self, node: ts.Node) -> bool:
        if node.type in CONSTRUCTS:
            self._construct(node)
            return True
        return False

    def _construct(self, node: ts.Node):
        name = CONSTRUCTS[node.type]
        args = [c for c in node.named_children if c.type != "comment"]
        if node.type == "shell_command_expression":
            taint = self._string(node) if self.string_parts(node) else EMPTY
            args, taints = [node], [taint | self._backticks(node)]
        else:
            taints = [self.eval(a) for a in args]
        for sink in self.model.callee(name)[0]:
            self._check_sink(sink, node, name, args, taints, EMPTY)
        total = EMPTY
        for t in taints:
            total = total | t
        return total

    def _backticks(self, node: ts.Node):
        total = EMPTY
        for part in node.named_children:
            if part.type not in ("string_content", "escape_sequence"):
                total = total | self.eval(part)
        return total

    def eval(self, node):
        if node is None:
            return EMPTY
        kind = node.type
        if kind in CONSTRUCTS:
            return self._construct(node)
        if kind == "cast_expression" and self.text(node).replace(" ", "").lower().startswith(NUMERIC_CASTS):
            for child in node.named_children:
                self.eval(child)  # sinks inside still count
            return EMPTY
        if kind == "argument":
            return self.eval(node.named_children[-1]) if node.named_children else EMPTY
        return super().eval(node)

    def loop_binding(self, node: ts.Node):
        if node.type == "foreach_statement":
            parts = [c for c in node.named_children if c.type not in ("compound_statement", "colon_block")]
            if len(parts) >= 2:
                target = parts[-1]
                if target.type == "pair" and target.named_children:
                    target = target.named_children[-1]
                return target, parts[0]
        return None

    def block_kinds(self) -> frozenset:
        return _PHP_BLOCKS


_PHP_BLOCKS = frozenset({"program", "compound_statement", "expression_statement", "class_declaration",
                         "declaration_list", "try_statement", "catch_clause", "finally_clause", "switch_statement",
                         "switch_block", "case_statement", "default_statement", "while_statement", "do_statement",
                         "for_statement", "namespace_definition", "colon_block", "else_clause", "trait_declaration",
                         "text_interpolation"})


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, PhpWalk)
