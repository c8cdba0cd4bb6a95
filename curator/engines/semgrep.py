"""The semgrep engine: our own rules in rules/semgrep/, one `semgrep scan` per batch over a temp folder."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Sequence

import yaml

from curator.engines import EngineConfig, EngineOutput, rule_selected, snippet_finding
from curator.errors import MissingExtraError, UsageError, yaml_error
from curator.model import CONFIDENCES, SEVERITIES, RecordResult, Snippet, SnippetStatus
from curator.ruleset import Rule, rules_root

ENGINE = "semgrep"

# snippet language -> (semgrep language, file extension)
LANGUAGES: dict[str, tuple[str, str]] = {
    "python": ("python", ".py"), "javascript": ("javascript", ".js"), "typescript": ("typescript", ".ts"),
    "go": ("go", ".go"), "java": ("java", ".java"), "ruby": ("ruby", ".rb"), "php": ("php", ".php"),
    "c": ("c", ".c"), "cpp": ("cpp", ".cpp"), "bash": ("bash", ".sh"),
}
SEVERITY_OF = {"ERROR": "high", "WARNING": "medium", "INFO": "low"}
DOC_KEYS = ("cwe", "confidence", "what", "why", "bad", "good")
ENV = {"SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}
# `nosemgrep` or `nosemgrep: rule-id, ...` on the flagged line or the line above (semgrep's own syntax);
# we run semgrep with --disable-nosem and mark such findings suppressed, so they stay counted.
_NOSEM = re.compile(r"\bnosemgrep\b(?::\s*(?P<ids>[\w.\-]+(?:\s*,\s*[\w.\-]+)*))?", re.IGNORECASE)
# semgrep error types that mean "this file did not parse", not "semgrep failed"
PARSE_ERRORS = ("Syntax error", "Lexical error", "PartialParsing", "Other syntax error")


def find_semgrep() -> str | None:
    """The semgrep binary: on PATH, or next to this Python (a venv whose bin/ is not on PATH)."""
    found = shutil.which("semgrep")
    if found:
        return found
    beside = Path(sys.executable).parent / "semgrep"
    return str(beside) if beside.is_file() and os.access(beside, os.X_OK) else None


def semgrep_rules_dir(rules_dir: str | None = None) -> Path:
    return (Path(rules_dir) if rules_dir else rules_root()) / "semgrep"


@functools.lru_cache(maxsize=8)
def _rule_documents(folder: str) -> tuple[tuple[dict, str], ...]:
    """Every semgrep rule mapping under `folder` (fixtures excepted), with the file it came from."""
    documents = []
    for path in sorted(Path(folder).rglob("*.yaml")):
        if "fixtures" in path.relative_to(folder).parts:
            continue
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise yaml_error(path, exc) from None
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
            raise UsageError(f"{path}: expected a semgrep rule file with a 'rules:' list")
        documents.extend((rule, str(path)) for rule in data["rules"])
    return tuple(documents)


def _as_rule(data: dict, path: str) -> Rule:
    rule_id = data.get("id", "?")
    meta = data.get("metadata") or {}
    missing = [k for k in DOC_KEYS if not meta.get(k)] + [k for k in ("message", "languages") if not data.get(k)]
    if missing:
        raise UsageError(f"{path}: semgrep rule {rule_id!r} lacks {', '.join(missing)}")
    if not str(rule_id).startswith("semgrep."):
        raise UsageError(f"{path}: semgrep rule id {rule_id!r} must start with 'semgrep.'")
    severity = meta.get("severity") or SEVERITY_OF.get(str(data.get("severity", "")).upper(), "medium")
    if severity not in SEVERITIES or meta["confidence"] not in CONFIDENCES:
        raise UsageError(f"{path}: semgrep rule {rule_id}: bad severity {severity!r} or confidence "
                         f"{meta['confidence']!r}")
    cwe = str(meta["cwe"])
    return Rule(
        id=rule_id, engine=ENGINE, language=",".join(data["languages"]),
        cwe=cwe if cwe.startswith("CWE-") else f"CWE-{cwe}",
        severity=severity, confidence=meta["confidence"], message=str(data["message"]).strip(),
        what=str(meta["what"]).strip(), why=str(meta["why"]).strip(), bad=meta["bad"], good=meta["good"],
        path=path, spec={"languages": list(data["languages"])},
    )


def load_semgrep_rules(rules_dir: str | None = None) -> tuple[Rule, ...]:
    """Our semgrep rules as documented `Rule`s (for `curator rules list/show`, SARIF, the engine)."""
    folder = semgrep_rules_dir(rules_dir)
    if not folder.is_dir():
        return ()
    return tuple(_as_rule(data, path) for data, path in _rule_documents(str(folder)))


class SemgrepEngine:
    """Writes a batch's snippets into a temp folder, runs semgrep once, maps results to snippet lines."""

    name = ENGINE

    def __init__(self, config: EngineConfig) -> None:
        binary = config.options.get("semgrep_path") or find_semgrep()
        if not binary:
            raise MissingExtraError("the semgrep engine", "semgrep", "no `semgrep` on PATH or beside Python")
        self.binary = str(binary)
        self.config = config
        self.jobs = int(config.options.get("semgrep_jobs", 1))
        self.timeout = float(config.options.get("semgrep_timeout", 900))
        folder = semgrep_rules_dir(config.rules_dir)
        selected = [(data, path) for data, path in (_rule_documents(str(folder)) if folder.is_dir() else ())
                    if rule_selected(str(data.get("id")), config)]
        self.rules = {rule.id: rule for rule in (_as_rule(data, path) for data, path in selected)}
        self.languages = {lang for lang, (sg_lang, _) in LANGUAGES.items()
                          if any(sg_lang in rule.spec["languages"] for rule in self.rules.values())}
        # One config file holding just the selected rules, written once for the engine's lifetime.
        self._config_dir = tempfile.TemporaryDirectory(prefix="curator-semgrep-rules-")
        self.config_file = Path(self._config_dir.name) / "rules.yaml"
        self.config_file.write_text(yaml.safe_dump({"rules": [data for data, _ in selected]}, sort_keys=False),
                                    encoding="utf-8")

    def scan(self, batch: Sequence[RecordResult]) -> EngineOutput:
        out = EngineOutput()
        targets: list[tuple[RecordResult, Snippet, int]] = []  # (result, snippet, lines added on top)
        for result in batch:
            for snippet in result.snippets:
                if snippet.language in self.languages:
                    targets.append((result, snippet, 0))
        if not targets or not self.rules:
            return out
        with tempfile.TemporaryDirectory(prefix="curator-semgrep-") as folder:
            files: dict[str, tuple[RecordResult, Snippet, int]] = {}
            for number, (result, snippet, _) in enumerate(targets):
                text, shift = snippet.text, 0
                if snippet.language == "php" and "<?php" not in text[:200]:
                    text, shift = "<?php\n" + text, 1  # semgrep parses PHP only after an opening tag
                name = f"{number:06d}{LANGUAGES[snippet.language][1]}"
                Path(folder, name).write_text(text, encoding="utf-8", errors="surrogatepass")
                files[name] = (result, snippet, shift)
            report, failure = self._run(folder)
        if failure:
            for _, snippet, _ in files.values():
                out.statuses.append(SnippetStatus(snippet.snippet_id, ENGINE, "engine_error", failure))
            return out
        self._collect(report, files, out)
        return out

    def _run(self, folder: str) -> tuple[dict, str]:
        """semgrep's JSON report, or an error line saying why there is none."""
        command = [self.binary, "scan", "--json", "--metrics=off", "--disable-version-check", "--quiet",
                   "--disable-nosem", "--no-git-ignore", "--jobs", str(self.jobs),
                   "--config", str(self.config_file), "."]
        try:
            done = subprocess.run(command, cwd=folder, capture_output=True, timeout=self.timeout,
                                  env={**os.environ, **ENV}, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return {}, f"semgrep did not finish within {self.timeout:.0f} s"
        except OSError as exc:
            return {}, f"semgrep could not be started ({self.binary}): {exc}"
        try:
            report = json.loads(done.stdout)
        except (json.JSONDecodeError, UnicodeDecodeError):
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            return {}, f"semgrep exited with {done.returncode} without a JSON report: {' | '.join(tail)}"
        if not isinstance(report, dict):
            return {}, f"semgrep exited with {done.returncode}: unexpected report"
        if done.returncode not in (0, 1) and not report.get("errors"):
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
            return {}, f"semgrep exited with {done.returncode}: {' | '.join(tail)}"
        return report, ""

    def _rule_for(self, check_id: str) -> Rule | None:
        # semgrep prefixes ids with the config file's folder ("tmp.x.semgrep.py..."): match the end
        rule = self.rules.get(check_id)
        if rule is None:
            for rule_id, candidate in self.rules.items():
                if check_id.endswith("." + rule_id):
                    return candidate
        return rule

    def _collect(self, report: dict, files: dict[str, tuple[RecordResult, Snippet, int]],
                 out: EngineOutput) -> None:
        problems: dict[str, tuple[str, str]] = {}  # file -> (status, error)
        general: list[str] = []
        for error in report.get("errors") or []:
            path = os.path.basename(str(error.get("path") or ""))
            kind = error.get("type")
            kind = kind[0] if isinstance(kind, list) and kind else str(kind or "error")
            message = " ".join(str(error.get("message", "")).split())[:300]
            if path in files:
                status = "parse_error" if any(p in kind for p in PARSE_ERRORS) else "engine_error"
                line = ((error.get("spans") or [{}])[0].get("start") or {}).get("line")
                where = f" at snippet line {line - files[path][2]}" if isinstance(line, int) else ""
                if problems.get(path, ("",))[0] != "engine_error":
                    problems[path] = (status, f"semgrep {kind}{where}: {message}")
            else:
                general.append(f"semgrep {kind}: {message}")
        if general:  # a rule error or crash concerns the whole batch: every snippet says so
            text = "; ".join(dict.fromkeys(general))
            problems = {name: ("engine_error", text) for name in files}
        scanned = {os.path.basename(p) for p in (report.get("paths") or {}).get("scanned", [])}
        for name, (_, snippet, _) in files.items():
            if name in problems:
                status, error = problems[name]
            elif name not in scanned:
                status, error = "skipped", "semgrep did not scan this snippet (too large or ignored)"
            else:
                status, error = "ok", ""
            out.statuses.append(SnippetStatus(snippet.snippet_id, ENGINE, status, error))
        seen: set[tuple[str, str, int]] = set()
        for item in report.get("results") or []:
            name = os.path.basename(str(item.get("path", "")))
            rule = self._rule_for(str(item.get("check_id", "")))
            if name not in files or rule is None:
                continue
            result, snippet, shift = files[name]
            start, end = item.get("start") or {}, item.get("end") or {}
            first = max(1, int(start.get("line", 1)) - shift)
            last = max(first, int(end.get("line", first + shift)) - shift)
            key = (snippet.snippet_id, rule.id, first)
            if key in seen:
                continue
            seen.add(key)
            lines = snippet.text.splitlines()
            out.findings.append(snippet_finding(
                result, snippet, rule, ENGINE, first=first, last=last, column=int(start.get("col", 1)),
                end_column=int(end.get("col", 1)), lines=lines,
                suppressed="inline" if _nosem(lines, first, rule.id) else None))


def _nosem(lines: list[str], line: int, rule_id: str) -> bool:
    candidates = lines[line - 1 : line]
    if line >= 2 and lines[line - 2].lstrip().startswith(("#", "//", "/*")):  # a comment line above
        candidates.append(lines[line - 2])
    for text in candidates:
        match = _NOSEM.search(text)
        if match and (not match.group("ids") or any(
                rule_id == wanted or rule_id.endswith("." + wanted) or wanted.endswith("." + rule_id)
                for wanted in (part.strip() for part in match.group("ids").split(",")))):
            return True
    return False
