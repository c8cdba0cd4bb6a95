"""The CWE table (curator/cwe.py): names and parent classes of every CWE we report, in SARIF tags and in
the report's `cwe_ancestors` table, so that a question about CWE-330 also finds CWE-338 findings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema

import curator
from curator.cwe import CWE_NAMES, PARENTS, ancestor_rows, ancestors, cwe_name, cwe_tags, most_specific, related
from curator.merging import merge_findings
from curator.model import Finding
from curator.report import render
from curator.report.query import run_query
from curator.ruleset import load_rules
from curator.store import open_report

SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0.schema.json"
TOKEN = "import random, string\n\ndef reset_token():\n    return ''.join(random.choice(string.ascii_letters) for _ in range(32))\n"


def reported_cwes() -> set[str]:
    from bandit.core.issue import Cwe

    used = {rule.cwe for rule in load_rules() if rule.cwe}
    return used | {f"CWE-{v}" for k, v in vars(Cwe).items() if k.isupper() and isinstance(v, int) and v}


def test_every_cwe_we_report_and_every_parent_is_in_the_table():
    numbers = {int(c.split("-")[1]) for c in reported_cwes()}
    missing = sorted(numbers - set(PARENTS))
    assert missing == [], (f"CWE-{missing[0]} is reported but not in curator/cwe.py: add its short name and its "
                           "parents (MITRE's ChildOf in the Research Concepts view, CWE-1000)")
    assert sorted({p for parents in PARENTS.values() for p in parents} - set(PARENTS)) == []
    assert set(CWE_NAMES) == {f"CWE-{n}" for n in PARENTS}  # a name for each, parents included
    assert len(set(CWE_NAMES.values())) == len(CWE_NAMES)


def test_the_hierarchy_has_no_cycle_and_ends_in_pillars():
    pillars = {n for n, parents in PARENTS.items() if not parents}
    assert pillars <= {284, 435, 664, 682, 691, 693, 697, 703, 707, 710}  # MITRE's pillars
    for number in PARENTS:
        chain = ancestors(f"CWE-{number}")
        assert f"CWE-{number}" not in chain and len(chain) == len(set(chain))
        assert number in pillars or {int(c.split("-")[1]) for c in chain} & pillars


def test_parents_are_the_classes_a_query_for_the_class_should_reach():
    assert ancestors("CWE-338") == ["CWE-330", "CWE-693"]
    assert ancestors("cwe-916")[:3] == ["CWE-328", "CWE-326", "CWE-327"]  # password hash -> weak hash -> crypto
    assert "CWE-74" in ancestors("CWE-89") and "CWE-943" in ancestors("CWE-89")
    assert "CWE-77" in ancestors("CWE-78") and "CWE-94" in ancestors("CWE-1336")
    assert "CWE-798" in ancestors("CWE-259") and "CWE-798" in ancestors("CWE-321")
    assert ancestors("CWE-707") == [] and ancestors("") == [] and ancestors("not a cwe") == []
    assert cwe_tags("CWE-338") == ["external/cwe/cwe-338", "external/cwe/cwe-330", "external/cwe/cwe-693"]
    assert cwe_tags("CWE-99999") == ["external/cwe/cwe-99999"]  # unknown to the table: itself only
    assert cwe_name("cwe-338") == "non-cryptographic random for secrets"


def test_ancestor_rows_hold_each_cwe_at_depth_zero_and_its_parents_deeper():
    rows = ancestor_rows()
    assert ("CWE-338", "CWE-338", 0) in rows and ("CWE-338", "CWE-330", 1) in rows and ("CWE-338", "CWE-693", 2) in rows
    assert len(rows) == len(set(rows))
    assert {c for c, _, d in rows if d == 0} == set(CWE_NAMES)


def lint_token_corpus(tmp_path: Path) -> curator.Report:
    answer = f"Here is the helper:\n\n```python\n{TOKEN}```\n"
    rows = [{"messages": [{"role": "user", "content": "make a reset token"}, {"role": "assistant", "content": answer}]}]
    return curator.lint(rows, engines=["tree-sitter"], cache=False, db=tmp_path / "report.duckdb")


def test_sarif_tags_carry_the_cwe_and_its_parent_classes(tmp_path):
    report = lint_token_corpus(tmp_path)
    con = open_report(report.path)
    out = io.StringIO()
    render("sarif", con, report.run_id, out, {})
    con.close()
    log = json.loads(out.getvalue())
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    run = log["runs"][0]
    rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "py.crypto.insecure-random")
    assert rule["properties"]["tags"] == ["security", "external/cwe/cwe-338", "external/cwe/cwe-330",
                                          "external/cwe/cwe-693"]
    result = next(r for r in run["results"] if r["ruleId"] == "py.crypto.insecure-random")
    assert result["properties"]["cwe"] == "CWE-338"
    assert result["properties"]["tags"][:2] == ["external/cwe/cwe-338", "external/cwe/cwe-330"]


def test_a_query_for_a_parent_class_finds_its_members(tmp_path):
    report = lint_token_corpus(tmp_path)
    by_class = ("SELECT f.rule_id, f.cwe, a.depth FROM findings f JOIN cwe_ancestors a ON a.cwe = f.cwe"
                " WHERE a.ancestor = 'CWE-330'")
    columns, rows = run_query(str(report.path), by_class)  # what `curator query` runs, read-only
    assert columns == ["rule_id", "cwe", "depth"]
    assert ("py.crypto.insecure-random", "CWE-338", 1) in rows
    _, none = run_query(str(report.path), by_class.replace("CWE-330", "CWE-89"))
    assert none == []


def finding(rule_id: str, engine: str, cwe: str, *, line: int = 4, confidence: str = "medium") -> Finding:
    return Finding(record_id="r:1", snippet_id="r:1#0", engine=engine, rule_id=rule_id, cwe=cwe, severity="medium",
                   confidence=confidence, message=rule_id, line=line, column=1, message_index=1, engines=(engine,))


def test_related_and_most_specific():
    assert related("CWE-338", "CWE-330") and related("cwe-330", "CWE-338") and related("CWE-89", "CWE-89")
    assert not related("CWE-259", "CWE-321") and not related("CWE-89", "CWE-78") and not related("", "CWE-89")
    assert most_specific(["CWE-330", "CWE-338", "CWE-693"]) == "CWE-338"
    assert most_specific(["CWE-798", "CWE-321", "CWE-259"], prefer="CWE-321") == "CWE-321"  # siblings: the lead's
    assert most_specific(["CWE-798", "CWE-321", "CWE-259"], prefer="CWE-798") == "CWE-259"


def test_engines_reporting_one_flaw_at_two_cwe_levels_merge_into_the_more_specific_cwe():
    ours = finding("py.secrets.hardcoded-credential", "tree-sitter", "CWE-798", confidence="high")
    bandit = finding("py.bandit.B105", "bandit", "CWE-259")
    (merged,) = merge_findings([ours, bandit])
    assert merged.rule_id == "py.secrets.hardcoded-credential" and merged.cwe == "CWE-259"
    assert merged.engines == ("bandit", "tree-sitter")
    # unrelated CWEs on one line stay two findings
    sql = finding("py.injection.sql-string", "tree-sitter", "CWE-89")
    shell = finding("py.bandit.B602", "bandit", "CWE-78")
    assert sorted(f.cwe for f in merge_findings([sql, shell])) == ["CWE-78", "CWE-89"]


def test_a_lint_run_merges_bandits_hard_coded_password_with_our_credential_rule():
    code = 'import requests\n\nDB_PASSWORD = "hunter2-prod-secret"\n\ndef login(user):\n    return requests.post("https://x", auth=(user, DB_PASSWORD))\n'
    rows = [{"messages": [{"role": "user", "content": "log in"}, {"role": "assistant", "content": f"```python\n{code}```\n"}]}]
    findings = curator.lint(rows, engines=["tree-sitter", "bandit"], cache=False).findings.to_pylist()
    (password,) = [f for f in findings if f["line"] == 4]
    assert password["cwe"] == "CWE-259" and set(password["engines"]) == {"bandit", "tree-sitter"}
    assert {"py.bandit.B105", "py.secrets.hardcoded-credential"} <= {password["rule_id"], *password["detail"].split("also: ")[-1].split(", ")}
