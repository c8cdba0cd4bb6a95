"""The data-flow (taint) engine: one core, one adapter module per language.

`core` holds what every language shares (labels, markers, rule specs compiled for lookup); `lang_<name>.py`
knows one grammar: which node kinds assign, call, build strings, return, branch and leave, and how imports
alias names. The rules themselves (sources, sinks, sanitizers per framework) are YAML in `rules/<language>/`.
"""

from __future__ import annotations

import importlib
from typing import Iterable

import tree_sitter as ts

from curator.errors import UsageError
from curator.ruleset import Rule

# language -> adapter module; a language reusing another's adapter (TypeScript: JavaScript's) names it here.
ADAPTERS = {
    "python": "lang_python",
    "javascript": "lang_javascript",
    "typescript": "lang_typescript",
    "java": "lang_java",
    "go": "lang_go",
    "php": "lang_php",
    "ruby": "lang_ruby",
    "c": "lang_c",
    "cpp": "lang_cpp",
    "csharp": "lang_csharp",
    "rust": "lang_rust",
}


def adapter(language: str):
    module = ADAPTERS.get(language)
    return importlib.import_module(f"curator.engines.dataflow.{module}") if module else None


class TaintAnalyzer:
    """What the tree-sitter engine calls for `kind: taint` rules: one compiled model per language."""

    def __init__(self, rules_by_language: dict[str, list[Rule]]) -> None:
        self.models = {}
        for language, rules in rules_by_language.items():
            module = adapter(language)
            if module is None:
                raise UsageError(f"{rules[0].path}: taint rules have no data-flow adapter for {language} "
                                 f"(adapters: {', '.join(sorted(ADAPTERS))})")
            self.models[language] = module.model(rules)

    def analyze(self, language: str, tree: ts.Tree, code: bytes) -> Iterable[tuple[Rule, ts.Node, str]]:
        model = self.models.get(language)
        if model is None:
            return ()
        try:
            return list(model.analyze(tree, code))
        except RecursionError:  # pathological nesting: report nothing rather than crash the run
            return ()
