"""The Ruby adapter: tree-sitter-ruby node kinds; `unless` and statement modifiers, backticks, blocks.

Rails and Sinatra request data (`params`, `request.params`, `cookies`) are sources by name in
`rules/ruby/taint.yaml`; `@x` set in one method is seen by the methods after it (instance variables).
"""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, TaintModel
from curator.engines.dataflow.walk import Walk
from curator.ruleset import Rule

NUMBER_METHODS = frozenset({"to_i", "to_f", "to_r", "to_c", "size", "length", "count", "nil?", "empty?",
                            "present?", "blank?", "zero?", "positive?"})


class RubyWalk(Walk):
    FUNCTIONS = frozenset({"method", "singleton_method", "lambda", "block", "do_block"})
    CALLS = frozenset({"call"})
    MEMBERS = frozenset({"scope_resolution"})
    SUBSCRIPTS = frozenset({"element_reference"})
    IDENTIFIERS = frozenset({"identifier", "constant", "instance_variable", "global_variable", "class_variable",
                             "self"})
    STRINGS = frozenset({"string", "heredoc_body", "string_array"})
    INTERPOLATIONS = frozenset({"interpolation"})
    BINARIES = frozenset({"binary"})
    ASSIGNMENTS = frozenset({"assignment"})
    AUGMENTED = frozenset({"operator_assignment"})
    IFS = frozenset({"if", "unless", "elsif", "if_modifier", "unless_modifier"})
    RETURNS = frozenset({"return"})
    EXITS = frozenset({"break", "next", "redo", "retry"})
    EXIT_CALLS = ("raise", "fail", "exit", "abort", "halt", "head", "render", "redirect_to", "error!")
    NOTS = frozenset({"unary"})
    LITERALS = frozenset({"integer", "float", "true", "false", "nil", "comment", "simple_symbol",
                          "hash_key_symbol", "regex", "rational", "complex", "character"})
    SELF_PREFIXES = ("@", "self.")
    IMPLICIT_RETURN = True
    URL_PARSERS = frozenset({"URI", "URI.parse", "Addressable.URI.parse"})
    MUTATORS = frozenset({"push", "<<", "concat", "append", "insert", "unshift", "store", "merge!"})

    def call_parts(self, node: ts.Node):
        receiver = node.child_by_field_name("receiver")
        method = self.text(node.child_by_field_name("method"))
        args = self.arguments(node.child_by_field_name("arguments"))
        if receiver is None:
            return method, None, args
        return f"{self.dotted(receiver)}.{method}", receiver, args

    def arguments(self, args: ts.Node | None) -> list[ts.Node]:
        return [a for a in args.named_children if a.type != "comment"] if args is not None else []

    def keyword(self, node: ts.Node):
        if node.type == "pair":
            key = node.child_by_field_name("key")
            value = node.child_by_field_name("value")
            if key is not None and value is not None:
                return self.text(key).rstrip(":").lstrip(":"), value
        return None

    def member(self, node: ts.Node):
        return node.child_by_field_name("scope"), self.text(node.child_by_field_name("name"))

    def subscript_object(self, node: ts.Node):
        return node.child_by_field_name("object")

    def if_parts(self, node: ts.Node):
        if node.type in ("if_modifier", "unless_modifier"):
            return node.child_by_field_name("condition"), node.child_by_field_name("body"), []
        alternatives = []
        for alt in node.children_by_field_name("alternative"):
            alternatives.append(alt)
        return node.child_by_field_name("condition"), node.child_by_field_name("consequence"), alternatives

    def negated_if(self, node: ts.Node) -> bool:
        return node.type in ("unless", "unless_modifier")

    def parameters(self, function: ts.Node):
        params = function.child_by_field_name("parameters")
        out = []
        for param in params.named_children if params is not None else ():
            name = param if param.type == "identifier" else param.child_by_field_name("name")
            if name is not None and name.type == "identifier":
                out.append((self.text(name), param))
        return out

    def function_name(self, node: ts.Node) -> str | None:
        if node.type not in ("method", "singleton_method"):
            return None
        name = node.child_by_field_name("name")
        return self.text(name) if name is not None else None

    def body(self, function: ts.Node):
        return function.child_by_field_name("body")

    def eval(self, node):
        if node is None:
            return EMPTY
        kind = node.type
        if kind == "subshell":  # `cat #{name}`: a shell command the rules call `backticks`
            parts = self.string_parts(node)
            taint = EMPTY
            for part in parts:
                taint = taint | self.eval(part)
            taint = taint | self._formatting(parts, node, "interpolation")
            for sink in self.model.callee("backticks")[0]:
                self._check_sink(sink, node, "backticks", [node], [taint], EMPTY)
            return taint
        if kind == "call":
            method = node.child_by_field_name("method")
            if method is not None and self.text(method) in NUMBER_METHODS:
                receiver = node.child_by_field_name("receiver")
                self.eval(receiver)
                return EMPTY  # `params[:id].to_i`: a number
            if method is None:
                return self.eval(node.child_by_field_name("receiver"))
        if kind in ("if_modifier", "unless_modifier", "if", "unless"):
            self._if(node)
            return EMPTY
        return super().eval(node)

    def call(self, node: ts.Node):
        taint = super().call(node)
        block = node.child_by_field_name("block")
        if block is not None and block.id not in self.walked:
            # `rows.each { |row| ... }`, `File.open(p) do |f| ... end`: the block's parameters hold the
            # receiver's (or the call's) values; the block sees the names around it.
            self.walked.add(block.id)
            receiver = node.child_by_field_name("receiver")
            values = self.eval(receiver) if receiver is not None else EMPTY
            params = {name: values | taint for name, _ in self.parameters(block)}
            self._walk_function(self.body(block), dict(self.env), False, params)
        return taint

    def block_kinds(self) -> frozenset:
        return _RUBY_BLOCKS


_RUBY_BLOCKS = frozenset({"program", "body_statement", "then", "else", "begin", "ensure", "rescue", "class",
                          "module", "block_body", "parenthesized_statements", "begin_block", "end_block", "case",
                          "when", "while", "until", "for", "singleton_class", "do"})


def model(rules: list[Rule]) -> TaintModel:
    return TaintModel(rules, RubyWalk)
