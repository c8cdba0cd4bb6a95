"""The language-neutral part of the data-flow engine: taint labels, rule specs compiled for lookup.

A rule with `kind: taint` declares, in YAML (the shape of semgrep's taint mode, our own vocabulary):

    sources:     dotted prefixes of untrusted values (`request.args`, `req.query`, `$_GET`, `os.Args`) and
                 special sources: `route-parameters` (parameters of a web handler), `function-parameters`
                 (parameters of any function: any caller's value), `string-formatting` (a string built by
                 interpolation, `+`, `%`, `.format`, `sprintf` from a part that is not a constant) and
                 `shared-temp-path` (a constant path in a world-writable temp folder);
    sinks:       `{call: [patterns], args: [0, "name"], kwarg: {shell: "True"}}` (the listed arguments of a
                 matching call, `receiver` for the object a method is called on; every argument when `args`
                 is absent), `{return: route}` (what a web handler returns), `{assign: [patterns]}` (a value
                 stored into a matching name or under it: `req.session` catches `req.session.role = x`);
    sanitizers:  call patterns whose result is clean for this rule, markers the walk sets (`@validated`:
                 checked against an allow-list, a pattern or an exact host on a branch that leaves when the
                 check fails; `@parsed`: passed through a number/UUID/IP parser; `@after-double-dash`;
                 `@fixed-prefix`) or `{containment: [normalizers]}` (normalized, then checked with a prefix test);
    converters:  calls whose result carries no taint for any rule (`int`, `parseInt`, `Integer.parseInt`);
    propagators: calls whose result carries the taint of their arguments and receiver (the default for any
                 call that is neither a source, a sanitizer nor a converter: listed for documentation only).

Patterns are dotted names after import aliases are resolved; `*.name` matches any callee whose last part is
`name` (`*.execute`). A value is a set of labels (source, markers applied); a sink reports the first label of
its rule's sources that none of its sanitizers cleaned, as `detail = "request.args -> subprocess.run"`.

Each language has an adapter module (`lang_<language>.py`) that walks its syntax tree with this model.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Iterator

import tree_sitter as ts

from curator.errors import UsageError
from curator.ruleset import Rule

# -- labels: special sources ----------------------------------------------------------------------
ROUTE_PARAMETERS = "route-parameters"
STRING_FORMATTING = "string-formatting"
SHARED_TEMP_PATH = "shared-temp-path"  # a constant path in a world-writable temp folder (`"/tmp/cache.json"`)
FUNCTION_PARAMETERS = "function-parameters"  # parameters of a function that is not a route: any caller's value
SPECIAL_SOURCES = frozenset({ROUTE_PARAMETERS, STRING_FORMATTING, SHARED_TEMP_PATH, FUNCTION_PARAMETERS})

# -- markers: what happened to a labelled value ---------------------------------------------------
CONTAINMENT = "@containment"
NORMALIZED = "@normalized"
HTML = "@html"  # the value was formatted into a string literal holding markup
SQL = "@sql"  # the value was formatted into a string whose text reads as a SQL statement
PARSED = "@parsed"  # passed through (or re-derived by) a parser that accepts only an IP address, a UUID, a number
UPLOAD = "@upload"  # a route parameter annotated as an uploaded file
FILE_NAME = "@file-name"  # the client-chosen name of an uploaded file
VALIDATED = "@validated"  # checked against an allow-list, a pattern or a host test; the failing branch left
END_OF_OPTIONS = "@after-double-dash"  # placed after `--` in an argument list
CLEAN = "@clean"  # a sanitizer's result on a value with no known source: carries only the sanitizer's marker
FIXED_PREFIX = "@fixed-prefix"  # inserted after a constant local path or scheme://host/ prefix
# Uploaded files (Python web frameworks): file objects, not paths; only their name is text that names a file.
UPLOAD_SOURCES = frozenset({"request.files", "request.FILES", "self.request.files"})

MARKUP = re.compile(rb"<[A-Za-z/!]")
SQL_TEXT = re.compile(rb"(?i)\b(?:select\b[^;]*?\bfrom|insert\s+into|delete\s+from|update\s+\w+\s+set)\b")

Label = tuple[str, frozenset]  # (source, markers applied)
UPLOAD_MARK = frozenset({UPLOAD})
Taint = frozenset  # of Label
EMPTY: Taint = frozenset()
MISSING = object()


class Patterns:
    """Callee patterns -> values: exact dotted names and `*.suffix` wildcards."""

    def __init__(self) -> None:
        self.exact: dict[str, list] = {}
        self.suffix: dict[str, list] = {}
        self._cache: dict[str, list] = {}  # name -> lookup result (read-only lists)

    def add(self, pattern: str, value) -> None:
        if pattern.startswith("*."):
            self.suffix.setdefault(pattern[1:], []).append(value)
        else:
            self.exact.setdefault(pattern, []).append(value)
        self._cache.clear()

    def lookup(self, name: str) -> list:
        found = self._cache.get(name)
        if found is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            found = self._cache[name] = self._lookup(name)
        return found

    def _lookup(self, name: str) -> list:
        found = list(self.exact.get(name, ()))
        if self.suffix:
            dot = name.find(".")
            while dot != -1:
                found.extend(self.suffix.get(name[dot:], ()))
                dot = name.find(".", dot + 1)
        return found

    def words(self) -> set[bytes]:
        """Last parts of every pattern: a snippet without any of them cannot match.

        A method of a class (`requests.Session.get`) only resolves where the snippet builds the object
        (`requests.Session()`), so its word is the class name: `get` alone is in almost every snippet. A
        dunder (`session.__setitem__`, what `session[k] = v` calls) is never written: its object's name is.
        """
        words = set()
        for pattern in list(self.exact) + list(self.suffix):
            parts = pattern.rsplit(".", 2)
            word = parts[-2] if len(parts) == 3 and parts[-2][:1].isupper() else parts[-1]
            if word.startswith("[") and word.endswith("]=") and len(parts) > 1:  # `session.[]=`, `session.[role]=`
                word = parts[-2]
            if word.startswith("__") and len(parts) > 1 and parts[-2]:
                word = parts[-2]  # `session.__setitem__` (a store `session[k] = v`): the object's name is written
            words.add(word.encode())
        return words


@dataclass
class Sink:
    rule: "TaintRule"
    args: tuple = ()  # positions (int), keyword names (str), "receiver" (the object); empty: every argument
    kwarg: dict = field(default_factory=dict)  # keyword -> required value text
    html: bool = False  # only values formatted into markup count
    sql: bool = False  # only strings whose text reads as SQL count (`conn.fetch(...)`: also an HTTP client's)
    writes: bool = False  # only when the mode (argument 1 or `mode=`) is a literal that writes (`"w"`, `"a+"`)
    # `unless_function`: a regex over the enclosing function's text before the sink; a match means the sink
    # cannot take effect there (a response declared `text/plain` or JSON is no HTML sink)
    unless_function: re.Pattern | None = None
    # `unless_kwarg`: keyword -> value text that disarms the sink (`redirect_to url, allow_other_host: false`)
    unless_kwarg: dict = field(default_factory=dict)
    # `when_args`: position -> regex the argument's text must match for the sink to apply
    # (`exec.Command("sh", "-c", script)`: the script is shell code only after a shell and `-c`)
    when_args: dict = field(default_factory=dict)
    # `unless_target`: a regex over the whole name an assignment sink stores into; a match disarms it there
    # (`req.session.theme = x` is a preference, not an identity the server trusts)
    unless_target: re.Pattern | None = None


@dataclass
class TaintRule:
    rule: Rule
    sources: frozenset  # source patterns and special sources this rule accepts
    sanitizers: frozenset  # sanitizer markers that clean a label for this rule
    returns_route: bool = False
    return_html: bool = False
    names_of_uploads: bool = False  # an uploaded file object counts only through its name (a path sink)
    # `unless_snippet`: a regex over the whole snippet; a match disarms every sink of the rule there (a
    # middleware of the whole app cleans every request: `app.use(mongoSanitize())`)
    unless_snippet: re.Pattern | None = None
    # `when_snippet`: a regex over the whole snippet that must match for the rule's sinks to count there (a mass
    # assignment needs a model with a field the client must not set)
    when_snippet: re.Pattern | None = None

    def first_unclean(self, taint: Taint, html: bool = False, sql: bool = False) -> Label | None:
        best = None
        for label in taint:
            source, applied = label
            if html and HTML not in applied:
                continue
            if sql and SQL not in applied:
                continue
            if self.names_of_uploads and (source in UPLOAD_SOURCES or UPLOAD in applied) and FILE_NAME not in applied:
                continue
            if source in self.sources and not (applied & self.sanitizers):
                # A total order, so the reported label never depends on set iteration (hash seed).
                if best is None or (source, sorted(applied)) < (best[0], sorted(best[1])):
                    best = label
        return best


def called_outside(code: bytes, name: str, start: int, end: int, *, methods: bool = True,
                   between: bytes = rb"") -> bool:
    """Whether `code` calls `name(` outside bytes [start, end) (a function's own definition and body): a helper
    the snippet calls itself. `methods=False` leaves `obj.name(` (another object's method) out; `between` is
    what may stand between the name and its `(` (Rust's turbofish)."""
    word = name.encode()
    if not word or code.count(word) < 2:
        return False  # named only where it is defined
    return any(not start <= found.start() < end for found in _call_of(word, methods, between).finditer(code))


@functools.lru_cache(maxsize=512)
def _call_of(word: bytes, methods: bool, between: bytes) -> re.Pattern:
    # a definition is no call: `def name(` (another class's method of the same name), `fn name(`
    return re.compile(rb"(?<!def )(?<!fn )" + (rb"(?<![\w])" if methods else rb"(?<![\w.])") + re.escape(word)
                      + rb"\s*" + between + rb"\(")


def any_word(words: set[bytes]) -> re.Pattern:
    """One regex that finds any of `words` (never matches when there are none).

    Built as a trie (`ch(?:eck_call|mod)`), each word ending at an identifier boundary: it matches where a
    flat alternation would, and the `re` engine tries one branch per byte instead of every word.
    """
    if not words:
        return re.compile(rb"(?!)")
    trie: dict = {}
    for word in words:
        node = trie
        for byte in word:
            node = node.setdefault(byte, {})
        node[None] = {}  # a word ends here
    return re.compile(_trie_pattern(trie))


def _trie_pattern(node: dict, last: int = 0) -> bytes:
    """The regex of a trie node reached by byte `last`: its branches, optional when a word may end here."""
    ends = None in node
    branches = [re.escape(bytes([byte])) + _trie_pattern(child, byte) for byte, child in sorted(
        (k, v) for k, v in node.items() if k is not None)]
    # A word that ends in an identifier character counts only at the identifier's end: `fetch` must not
    # fire on every `fetchall`. (`/tmp/` ends in a slash, so whatever follows it is fine.)
    end = _WORD_END if chr(last).isalnum() or last == ord("_") else b""
    if not branches:
        return end
    body = branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"
    if ends:
        return b"(?:" + end + b"|" + body + b")" if end else b""
    return body


_WORD_END = rb"(?![A-Za-z0-9_])"


def as_list(value) -> list:
    """A YAML scalar or list as a flat list: `[*web-sources, string-formatting]` nests an anchor's list."""
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        return [value]
    flat = []
    for item in value:
        flat.extend(item if isinstance(item, (list, tuple)) else [item])
    return flat


class TaintModel:
    """The sources, sinks and sanitizers of one language's taint rules, compiled for one walk per snippet.

    `walker(model, code)` is the language adapter's walk; `.run(root)` returns (rule, node, detail) findings.
    """

    def __init__(self, rules: list[Rule], walker) -> None:
        self.walker = walker
        self.rules: list[TaintRule] = []
        self.sources = Patterns()  # prefix -> source name
        self.sinks = Patterns()  # callee -> Sink
        self.sanitizers = Patterns()  # callee -> marker
        self.normalizers = Patterns()
        self.converters = Patterns()
        self.out_sources = Patterns()  # callee -> (argument position it fills, source name): `fgets(buf, ...)`
        self.assign_sinks = Patterns()  # assigned name or its prefix -> Sink: `req.session.role = x`, `*.innerHTML`
        self.route_sinks: list[TaintRule] = []
        self.wants_formatting = False
        self.wants_routes = False
        self.wants_parameters = False
        self.wants_temp = False
        for rule in rules:
            self._add_rule(rule)
        self.trigger_words = any_word(self.sinks.words() | self.assign_sinks.words())
        # Sinks of the rules that take the string-formatting source: a function with no source word and
        # no route parameter can only reach those, and only if it builds a string.
        formatting_sinks = Patterns()
        for pattern, entries in list(self.sinks.exact.items()) + [("*" + k, v) for k, v in self.sinks.suffix.items()]:
            if any(STRING_FORMATTING in e.rule.sources for e in entries):
                formatting_sinks.add(pattern, True)
        if any(STRING_FORMATTING in t.sources for t in self.route_sinks):
            self.formatting_words = re.compile(rb"")
        else:
            self.formatting_words = any_word(formatting_sinks.words())
        # A function holding none of these cannot produce a label other than string formatting.
        self.source_words = any_word({p.split(".", 1)[0].encode() for p in self.sources.exact}
                                      | ({b"/tmp/", b"/var/tmp/", b"/dev/shm/"} if self.wants_temp else set())
                                      | {p[1:].encode() for p in self.sources.suffix}
                                      | {p.rsplit(".", 1)[-1].encode() for p in self.out_sources.exact}
                                      | {p.rsplit(".", 1)[-1].encode() for p in self.out_sources.suffix})
        self.source_cache: dict[tuple[str, str], str | None] = {}  # (name, resolved name) -> source
        # A function gets parameter labels only when it calls a sink of a rule that takes them (`eval(`).
        parameter_words = {pattern.rsplit(".", 1)[-1].encode()
                           for pattern, entries in list(self.sinks.exact.items()) + list(self.sinks.suffix.items())
                           if any(FUNCTION_PARAMETERS in e.rule.sources for e in entries)}
        self.parameter_calls = (re.compile(rb"\b(?:" + b"|".join(sorted(map(re.escape, parameter_words)))
                                           + rb")\s*\(") if parameter_words else None)
        self._callees: dict[str, tuple] = {}  # resolved callee name -> `callee()`

    def _add_rule(self, rule: Rule) -> None:
        spec = rule.spec
        sources = set()
        for source in as_list(spec.get("sources")):
            if isinstance(source, dict):  # `{call: fgets, fills: 0}`: the call writes untrusted data into an argument
                if "call" not in source or not isinstance(source.get("fills"), int):
                    raise UsageError(f"{rule.path}: taint rule {rule.id}: a source mapping needs `call:` and an "
                                     f"integer `fills:`, got {source!r}")
                for pattern in as_list(source["call"]):
                    self.out_sources.add(str(pattern), (source["fills"], str(pattern)))
                    sources.add(str(pattern))
                continue
            sources.add(str(source))
            if source == STRING_FORMATTING:
                self.wants_formatting = True
            elif source == ROUTE_PARAMETERS:
                self.wants_routes = True
            elif source == FUNCTION_PARAMETERS:
                self.wants_parameters = True
            elif source == SHARED_TEMP_PATH:
                self.wants_temp = True
            else:
                self.sources.add(str(source), str(source))
        if not sources:
            raise UsageError(f"{rule.path}: taint rule {rule.id} needs `sources:`")
        markers = set()
        for sanitizer in as_list(spec.get("sanitizers")):
            if isinstance(sanitizer, dict) and "containment" in sanitizer:
                for pattern in as_list(sanitizer["containment"]):
                    self.normalizers.add(str(pattern), NORMALIZED)
                markers.add(CONTAINMENT)
            elif isinstance(sanitizer, str):
                self.sanitizers.add(sanitizer, sanitizer)
                markers.add(sanitizer)
            else:
                raise UsageError(f"{rule.path}: taint rule {rule.id}: bad sanitizer {sanitizer!r}")
        for converter in as_list(spec.get("converters")):
            self.converters.add(str(converter), True)
        for propagator in as_list(spec.get("propagators")):  # any unknown call propagates: names are documentation
            if not isinstance(propagator, str):
                raise UsageError(f"{rule.path}: taint rule {rule.id}: a propagator is a call pattern, got {propagator!r}")
        trule = TaintRule(rule, frozenset(sources), frozenset(markers),
                          names_of_uploads=spec.get("uploads") == "names")
        for key in ("unless_snippet", "when_snippet"):
            if spec.get(key):
                try:
                    setattr(trule, key, re.compile(str(spec[key]).encode()))
                except re.error as exc:
                    raise UsageError(f"{rule.path}: taint rule {rule.id}: bad `{key}` regex: {exc}") from None
        sinks = as_list(spec.get("sinks"))
        if not sinks:
            raise UsageError(f"{rule.path}: taint rule {rule.id} needs `sinks:`")
        for sink in sinks:
            if not isinstance(sink, dict):
                raise UsageError(f"{rule.path}: taint rule {rule.id}: a sink is a mapping, got {sink!r}")
            if sink.get("return") == "route":
                trule.returns_route = True
                trule.return_html = bool(sink.get("html"))
                self.route_sinks.append(trule)
                self.wants_routes = True
                continue
            calls = as_list(sink.get("call"))
            assigned = as_list(sink.get("assign"))  # a value stored there: `{assign: [req.session, "*.innerHTML"]}`
            if not calls and not assigned:
                raise UsageError(f"{rule.path}: taint rule {rule.id}: a sink needs `call:`, `assign:` or `return: route`")
            unless = sink.get("unless_function")
            try:
                unless_pattern = re.compile(str(unless).encode()) if unless else None
            except re.error as exc:
                raise UsageError(f"{rule.path}: taint rule {rule.id}: bad `unless_function` regex: {exc}") from None
            entry = Sink(trule, tuple(as_list(sink.get("args"))), dict(sink.get("kwarg") or {}),
                         bool(sink.get("html")), bool(sink.get("sql")), bool(sink.get("writes")), unless_pattern,
                         {str(k): str(v).lower() if isinstance(v, bool) else str(v)
                          for k, v in (sink.get("unless_kwarg") or {}).items()})
            try:
                entry.when_args = {int(k): re.compile(str(v)) for k, v in (sink.get("when_args") or {}).items()}
            except (re.error, ValueError) as exc:
                raise UsageError(f"{rule.path}: taint rule {rule.id}: bad `when_args` (position: regex): {exc}") from None
            try:
                entry.unless_target = re.compile(str(sink["unless_target"])) if sink.get("unless_target") else None
            except re.error as exc:
                raise UsageError(f"{rule.path}: taint rule {rule.id}: bad `unless_target` regex: {exc}") from None
            for pattern in calls:
                self.sinks.add(str(pattern), entry)
            for pattern in assigned:
                self.assign_sinks.add(str(pattern), entry)
        self.rules.append(trule)

    def callee(self, name: str) -> tuple[list, bool, list, list]:
        """(sinks, is a converter, sanitizer markers, normalizer markers) of a resolved callee name."""
        found = self._callees.get(name)
        if found is None:
            if len(self._callees) > 50_000:
                self._callees.clear()
            found = self._callees[name] = (self.sinks.lookup(name), bool(self.converters.lookup(name)),
                                           self.sanitizers.lookup(name), self.normalizers.lookup(name))
        return found

    def analyze(self, tree: ts.Tree, code: bytes) -> Iterator[tuple[Rule, ts.Node, str]]:
        if not self.route_sinks and not self.trigger_words.search(code):
            return iter(())
        walk = self.walker(self, code)
        return iter(walk.run(tree.root_node))



def mark(taint: Taint, *markers: str) -> Taint:
    extra = frozenset(markers)
    return frozenset((src, applied | extra) for src, applied in taint)


HOW = {"f-string", "%-formatting", "string concatenation", ".format()", "template string", "interpolation",
       "sprintf"}


def describe(label: Label) -> str:
    source, applied = label
    if source == STRING_FORMATTING:
        return next((a for a in sorted(applied) if a in HOW), "string formatting")
    if source == ROUTE_PARAMETERS:
        return "route parameter"
    if source == FUNCTION_PARAMETERS:
        return "function parameter"
    if source == SHARED_TEMP_PATH:
        return "fixed path in a shared temp folder"
    return source[2:] if source.startswith("*.") else source
