"""The CWE table (curator/cwe.py): names and parent classes of every CWE we report, in SARIF tags and in
the report's `cwe_ancestors` table, so that a question about CWE-330 also finds CWE-338 findings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema

import curator
from curator.cwe import CWE_NAMES, PARENTS, ancestor_rows, ancestors, cwe_name, cwe_tags
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
    assert sorted(numbers - set(PARENTS)) == []
    assert sorted({p for parents in PARENTS.values() for p in parents} - set(PARENTS)) == []
    assert set(CWE_NAMES) == {f"CWE-{n}" for n in PARENTS}  # a name for each, parents included
    assert len(set(CWE_NAMES.values())) == len(CWE_NAMES)


def test_the_hierarchy_has_no_cycle_and_ends_in_pillars():
    pillars = {n for n, parents in PARENTS.items() if not parents}
    assert pillars == {284, 664, 682, 693, 703, 707, 710}
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
