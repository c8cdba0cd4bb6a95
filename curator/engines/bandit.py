"""The bandit engine: bandit's own checks run in-process over an `ast` we parse, mapped to our rules."""

from __future__ import annotations

import ast
import io
import logging
import re
import sys
import tokenize
import warnings
from typing import Sequence

from curator.engines import EngineConfig, EngineOutput, rule_selected, snippet_finding
from curator.model import CONFIDENCES, Finding, RecordResult, Snippet, SnippetStatus
from curator.ruleset import Rule, load_rules

ENGINE = "bandit"

_CONFIDENCE_RANK = {name: rank for rank, name in enumerate(CONFIDENCES)}
# `# nosec`, `# nosec B602`, `# nosec: B602, subprocess_popen_with_shell_equals_true`
_NOSEC = re.compile(r"#\s*nosec\b:?\s*(?P<tests>[^#]*)", re.IGNORECASE)
_NOSEC_TEST = re.compile(r"B\d{3}|[a-z][a-z0-9_]+", re.IGNORECASE)


def _bandit_modules():
    """Import bandit lazily (its plugin discovery costs ~0.3 s) and quiet its logger."""
    # bandit logs plugin exceptions and `nosec` hints at WARNING/ERROR; we report problems ourselves.
    logging.getLogger("bandit").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from bandit.core import config as b_config
        from bandit.core import context as b_context
        from bandit.core import extension_loader, node_visitor, test_set
    return b_config, b_context, extension_loader, node_visitor, test_set


def _visitor_class(node_visitor, b_context):
    class SnippetVisitor(node_visitor.BanditNodeVisitor):
        """bandit's visitor, trimmed for many small snippets.

        Same tests, same context as bandit's own visitor, but: no module-path resolution per file, no
        per-node debug logging or score bookkeeping, and nodes no test looks at are walked, not visited.
        """

        def __init__(self, tests) -> None:  # bypasses bandit's path-based setup on purpose
            self.tests = tests
            self.tested = frozenset(tests)
            self.imports = set()
            self.import_aliases = {}
            self.namespace = "snippet"
            self.issues = []
            self.errors: list[str] = []  # plugins that crashed, with where
            self.context = {}

        def pre_visit(self, node):
            context = {"imports": self.imports, "import_aliases": self.import_aliases, "node": node,
                       "filename": "<snippet>", "file_data": None}
            lineno = getattr(node, "lineno", None)
            if lineno is not None:
                context["lineno"] = lineno
                context["col_offset"] = node.col_offset
                end = getattr(node, "end_col_offset", None)
                if end is not None:
                    context["end_col_offset"] = end
            context["linerange"] = _linerange(node)
            self.context = context
            return True

        def update_scores(self, scores):  # bandit's per-file score totals are not used here
            pass

        def generic_visit(self, node):
            """Depth-first in source order, as bandit walks; `ctx` children (Load/Store) are skipped."""
            visitors, tested, fields_of = self.visitors, self.tested, _FIELDS
            cls = node.__class__
            fields = fields_of.get(cls)
            if fields is None:
                fields = fields_of[cls] = tuple(f for f in cls._fields if f != "ctx")
            for field in fields:
                value = getattr(node, field, None)
                children = value if value.__class__ is list else (value,)
                for child in children:
                    if not isinstance(child, ast.AST):
                        continue
                    child._bandit_parent = node
                    name = child.__class__.__name__
                    visitor = visitors.get(name)
                    if visitor is not None:
                        self.pre_visit(child)
                        visitor(self, child)
                    elif name in tested:
                        self.pre_visit(child)
                        self.run_tests(self.context, name)
                    self.generic_visit(child)
                    if name == "FunctionDef" or name == "ClassDef":
                        self.namespace = self.namespace.rpartition(".")[0]

        @property
        def tester(self):
            return self

        def run_tests(self, raw_context, checktype):
            """bandit's BanditTester.run_tests without `nosec` handling (we mark, not drop) or scores."""
            tests = self.tests.get(checktype)
            if not tests:
                return None
            # One Context per node, shared by its tests: no bandit plugin writes to the context
            # (bandit copies it per test only defensively; the copy was a quarter of the engine's time).
            context = raw_context
            shared = b_context.Context(context)
            for test, config in tests:
                try:
                    result = test(shared) if config is None else test(shared, config)
                except Exception as exc:  # a crashing plugin must not stop the snippet
                    self.errors.append(f"bandit test {test._test_id} failed at snippet line "
                                       f"{context.get('lineno', '?')}: {type(exc).__name__}: {exc}")
                    continue
                if result is None:
                    continue
                if result.lineno is None:
                    result.lineno = context["lineno"]
                if result.linerange == []:
                    result.linerange = context["linerange"]
                if result.col_offset == -1:
                    result.col_offset = context["col_offset"]
                result.end_col_offset = context.get("end_col_offset", 0)
                result.test = test.__name__
                if result.test_id == "":
                    result.test_id = test._test_id
                self.issues.append(result)
            return None

    SnippetVisitor.visitors = {name[len("visit_"):]: getattr(SnippetVisitor, name)
                               for name in dir(SnippetVisitor) if name.startswith("visit_")}
    return SnippetVisitor


_FIELDS: dict[type, tuple[str, ...]] = {}  # AST class -> the fields a walk descends into


def _linerange(node) -> list[int]:
    """The lines a node spans (bandit's own `linerange` walks the subtree; the AST already knows)."""
    start = getattr(node, "lineno", None)
    if start is None:
        return [0, 1]
    end = getattr(node, "end_lineno", None) or start
    body = getattr(node, "body", None)
    if isinstance(body, list) and body and hasattr(body[0], "lineno"):  # a compound statement: its header
        end = max(start, body[0].lineno - 1)
    return list(range(start, end + 1))


def _nosec_lines(text: str) -> dict[int, set[str]]:
    """line -> bandit test ids/names a `# nosec` comment names there (an empty set means all)."""
    found: dict[int, set[str]] = {}
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError):
        return found
    for token in tokens:
        if token.type != tokenize.COMMENT:
            continue
        match = _NOSEC.search(token.string)
        if match:
            found[token.start[0]] = {t.upper() if t[0] in "bB" and t[1:].isdigit() else t.lower()
                                     for t in _NOSEC_TEST.findall(match.group("tests") or "")}
    return found


_INTERPRETER = f"{sys.version_info.major}.{sys.version_info.minor}"


def _parse_error(exc: BaseException) -> str:
    if isinstance(exc, SyntaxError):
        where = f" at snippet line {exc.lineno}" if exc.lineno else ""
        return f"python {_INTERPRETER} syntax error{where}: {exc.msg}"
    return f"python source not parsable: {type(exc).__name__}: {exc}"


def newer_syntax(text: str) -> str | None:
    """The Python 3.12+ construct (PEP 695 `type` statements and type parameters, PEP 701 f-strings) in a
    snippet that tree-sitter's grammar parses cleanly, or None. bandit reads snippets with this
    interpreter's `ast`; before 3.12 that refuses such code, which is then bandit's gap, not broken code."""
    from curator.engines.languages import parser

    tree = parser("python").parse(text.encode("utf-8", "surrogatepass"))
    if tree.root_node.has_error:
        return None
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        kind = node.type
        if kind == "type_alias_statement":
            return f"a `type` statement (PEP 695) at snippet line {node.start_point[0] + 1}"
        if kind in ("function_definition", "class_definition") and node.child_by_field_name("type_parameters"):
            return f"type parameters (PEP 695) at snippet line {node.start_point[0] + 1}"
        if kind == "string" and _pep701_fstring(node):
            return f"an f-string of Python 3.12 (PEP 701) at snippet line {node.start_point[0] + 1}"
        stack.extend(reversed(node.children))
    return None


def _pep701_fstring(string) -> bool:
    """An f-string whose replacement fields hold its own quote (single-quoted strings), a backslash or a
    comment: all three are errors before Python 3.12."""
    start = string.children[0].text.decode("utf-8", "replace") if string.children else ""
    if "f" not in start.lower():
        return False
    quote = start[-1:]
    triple = start.endswith(quote * 3)
    for child in string.children:
        expression = child.child_by_field_name("expression") if child.type == "interpolation" else None
        if expression is None:
            continue
        inner = child.text.decode("utf-8", "replace")[expression.start_byte - child.start_byte:
                                                       expression.end_byte - child.start_byte]
        if "\\" in inner or (not triple and quote in inner) or _holds(expression, "comment"):
            return True
    return False


def _holds(node, kind: str) -> bool:
    stack = [node]
    while stack:
        node = stack.pop()
        if node.type == kind:
            return True
        stack.extend(node.children)
    return False


class BanditEngine:
    """One bandit test set and tester, built once per process; one AST walk per Python snippet."""

    name = ENGINE

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self.rules: dict[str, Rule] = {}
        for rule in load_rules(config.rules_dir):
            if rule.engine == ENGINE and rule_selected(rule.id, config):
                self.rules[str(rule.spec["bandit_test"])] = rule
        b_config, b_context, extension_loader, node_visitor, test_set = _bandit_modules()
        names = {p.plugin._test_id: p.name for p in extension_loader.MANAGER.plugins}
        for tests in extension_loader.MANAGER.blacklist.values():
            names.update({t["id"]: t["name"] for t in tests})
        self.test_names = names
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            testset = test_set.BanditTestSet(b_config.BanditConfig(), {"include": sorted(self.rules)})
        # bandit keeps a plugin's config (the blacklist's call list above all) on the function object,
        # which the next BanditTestSet in this process overwrites: take our own copy now.
        self.tests = {check: tuple((test, getattr(test, "_config", None)) for test in tests)
                      for check, tests in testset.tests.items()}
        self.visitor_class = _visitor_class(node_visitor, b_context)

    def scan(self, batch: Sequence[RecordResult]) -> EngineOutput:
        out = EngineOutput()
        if not self.rules:
            return out
        for result in batch:
            for snippet in result.snippets:
                if snippet.language == "python":
                    self._scan_snippet(result, snippet, out)
        return out

    def _scan_snippet(self, result: RecordResult, snippet: Snippet, out: EngineOutput) -> None:
        try:
            with warnings.catch_warnings():  # the corpus's invalid escapes are its business, not stderr's
                warnings.simplefilter("ignore")
                tree = ast.parse(snippet.text)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
            newer = newer_syntax(snippet.text) if isinstance(exc, SyntaxError) and sys.version_info < (3, 12) else None
            if newer:  # valid Python this interpreter cannot read: bandit's gap, counted as an engine error
                out.statuses.append(SnippetStatus(
                    snippet.snippet_id, ENGINE, "engine_error",
                    f"bandit runs on Python {_INTERPRETER}, which cannot read {newer}; the snippet was not "
                    f"checked by bandit (run curator on Python 3.12+ for that)"))
            else:
                out.statuses.append(SnippetStatus(snippet.snippet_id, ENGINE, "parse_error", _parse_error(exc)))
            return
        visitor = self.visitor_class(self.tests)
        errors = visitor.errors
        try:
            visitor.generic_visit(tree)
        except RecursionError:
            errors.append("bandit could not walk the snippet: nesting too deep")
        if errors:
            out.statuses.append(SnippetStatus(snippet.snippet_id, ENGINE, "engine_error", "; ".join(errors)))
        else:
            out.statuses.append(SnippetStatus(snippet.snippet_id, ENGINE, "ok"))
        issues = visitor.issues
        if not issues:
            return
        lines = snippet.text.splitlines()
        nosec = _nosec_lines(snippet.text) if "nosec" in snippet.text.lower() else {}
        seen: set[tuple[str, int]] = set()
        for issue in issues:
            rule = self.rules.get(issue.test_id)
            if rule is None:
                continue
            key = (rule.id, issue.lineno)
            if key in seen:
                continue
            seen.add(key)
            out.findings.append(self._finding(result, snippet, rule, issue, lines, nosec))

    def _finding(self, result: RecordResult, snippet: Snippet, rule: Rule, issue, lines: list[str],
                 nosec: dict[int, set[str]]) -> Finding:
        start = issue.lineno or 1
        end = max(issue.linerange) if issue.linerange else start
        severity = (rule.spec.get("bandit_severity") or {}).get(issue.severity, rule.severity)
        confidence = min(rule.confidence, str(issue.confidence).lower(),
                         key=lambda c: _CONFIDENCE_RANK.get(c, 0))
        name = self.test_names.get(issue.test_id, issue.test)
        suppressed = None
        for line in {start, *(issue.linerange or ())}:
            tests = nosec.get(line)
            if tests is not None and (not tests or issue.test_id in tests or name in tests):
                suppressed = "nosec"
                break
        return snippet_finding(result, snippet, rule, ENGINE, first=start, last=end,
                               column=(issue.col_offset if issue.col_offset >= 0 else 0) + 1,
                               end_column=(issue.end_col_offset or 0) + 1, lines=lines, severity=severity,
                               confidence=confidence, detail=f"bandit {issue.test_id} {name}: {issue.text}",
                               suppressed=suppressed)
