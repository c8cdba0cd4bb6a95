"""The Python adapter's helper summaries: which parameters of a snippet's function reach its return value
(and with what markers) and which reach a sink inside it, so a call with request data is followed."""

from __future__ import annotations

import tree_sitter as ts

from curator.engines.dataflow.core import Taint, mark
from curator.engines.dataflow.walk import PARAM, Summary


class PythonHelpers:
    """Methods of `PythonWalk` (see lang_python.py for the state they use)."""

    def _helper(self, raw: str, callee_type: str | None) -> ts.Node | None:
        """The snippet's own function a call names: `helper(x)`, `self.helper(x)`, `cls.helper(x)`."""
        if callee_type == "identifier":
            return self.functions.get(raw) if raw not in self.aliases else None
        head, _, last = raw.rpartition(".")
        if head in ("self", "cls"):
            return self.functions.get(last)
        made = self.local_objects.get(head) if self.local_objects else None
        if made is not None:  # `h = Helper(v)` in this function: the method of that class
            definition = self.class_methods.get(made[0], {}).get(last)
            if definition is None or (made[1] and self.code.find(
                    b"self.", definition.start_byte, definition.end_byte) != -1):
                return None  # built from tainted values and reads its fields: what they hold is not summarized
            return definition
        # `directory.find(name)` with `directory = Directory(...)` at module level: a method of a snippet class
        definition = self.functions.get(last) if head in self.module_objects else None
        return definition if definition is not None and _method(definition) else None

    def _helper_summary(self, callee: ts.Node) -> Summary | None:
        """The summary of the helper a call names, if the walk already computed it (never computes one)."""
        if callee.type not in ("identifier", "attribute"):
            return None
        definition = self._helper(self._text(callee), callee.type)
        return self.summaries.get(definition.id) if definition is not None else None

    def _parameter_names(self, definition: ts.Node) -> list[str]:
        names = []
        parameters = definition.child_by_field_name("parameters")
        for param in parameters.named_children if parameters is not None else ():
            node = param
            if param.type in ("typed_parameter", "typed_default_parameter", "default_parameter"):
                node = param.child_by_field_name("name") or (param.named_children[0] if param.named_children else None)
            if node is None or node.type != "identifier":
                continue
            name = self._text(node)
            if not names and name in ("self", "cls"):
                continue
            names.append(name)
        return names

    def _summary(self, definition: ts.Node) -> Summary | None:
        """Which parameters reach the helper's return value (with what markers) and which reach its sinks."""
        key = definition.id
        if key in self.summaries:
            return self.summaries[key]
        self.summaries[key] = None
        summary = Summary()
        params = {name: frozenset({(f"{PARAM}{i}", frozenset())})
                  for i, name in enumerate(self._parameter_names(definition))}
        saved = (self.env, self.consts, self.instances, self.parsed, self.route, self.findings, self.summary,
                 self.values, self.items, self.function_start)
        self.findings, self.summary = [], summary
        try:
            self._run_body(definition.child_by_field_name("body"), False, params)
        finally:
            (self.env, self.consts, self.instances, self.parsed, self.route, self.findings, self.summary,
             self.values, self.items, self.function_start) = saved
        self.summaries[key] = summary
        return summary

    def _returned(self, taint: Taint) -> None:
        summary = self.summary
        for source, applied in taint:
            if source.startswith(PARAM):
                summary.returns.setdefault(int(source[len(PARAM):]), []).append(applied)
            else:
                summary.own = summary.own | {(source, applied)}

    def _apply_summary(self, name: str, definition: ts.Node, summary: Summary, arg_nodes: list,
                       arg_taints: list) -> Taint:
        by_position: dict[int, Taint] = {}
        names = self._parameter_names(definition)
        position = 0
        for arg, taint in zip(arg_nodes, arg_taints):
            if arg.type == "keyword_argument":
                key = self._text(arg.child_by_field_name("name"))
                if key in names:
                    by_position[names.index(key)] = taint
            elif arg.type not in ("list_splat", "dictionary_splat"):
                by_position[position] = taint
                position += 1
        result = summary.own
        for index, marker_sets in summary.returns.items():
            taint = by_position.get(index)
            if taint:
                for applied in marker_sets:
                    result = result | mark(taint, *applied)
        for index, sink, node, shown, applied in summary.sinks:
            taint = by_position.get(index)
            if taint:
                self._sink_reached(sink, node, mark(taint, *applied), f"{name}() -> {shown}")
        return result

    def _calls_helper_with_sink(self, function: ts.Node, sink_words) -> bool:
        """Whether `function` calls one of the snippet's functions that reaches a sink (a few levels deep).

        Asked only of a function without a sink word of its own; `name(` found by a plain byte search.
        """
        sinky = self._sinky
        if sinky is None:
            code = self.code
            sinky = {name.encode() + b"(" for name, fn in self.functions.items()
                     if sink_words(code, fn.start_byte, fn.end_byte)}
            for _ in range(2):  # helpers of helpers
                more = {name.encode() + b"(" for name, fn in self.functions.items()
                        if name.encode() + b"(" not in sinky
                        and any(code.find(call, fn.start_byte, fn.end_byte) != -1 for call in sinky)}
                if not more:
                    break
                sinky |= more
            self._sinky = sinky
        code, start, end = self.code, function.start_byte, function.end_byte
        return any(code.find(call, start, end) != -1 for call in sinky)


def _method(definition: ts.Node) -> bool:
    """Whether a function is defined in a class body (a method, reached through an object of the class)."""
    parent = definition.parent
    if parent is not None and parent.type == "decorated_definition":
        parent = parent.parent
    return parent is not None and parent.type == "block" and parent.parent is not None \
        and parent.parent.type == "class_definition"
