"""`curator rules list|show`: the rule registry, explained."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from curator.errors import UsageError
from curator.ruleset import load_rules, rules_by_id


def list_rules(engine: str | None = None, language: str | None = None) -> None:
    table = Table(show_lines=False)
    for name in ("rule", "CWE", "severity", "confidence", "engine", "language"):
        table.add_column(name)
    count = 0
    for rule in sorted(load_rules(), key=lambda r: r.id):
        if (engine and rule.engine != engine) or (language and rule.language != language):
            continue
        table.add_row(rule.id, rule.cwe, rule.severity, rule.confidence, rule.engine, rule.language)
        count += 1
    console = Console(highlight=False)
    console.print(table)
    console.print(f"{count} rules")


def show_rule(rule_id: str) -> None:
    rules = rules_by_id()
    rule = rules.get(rule_id)
    if rule is None:
        close = [r for r in rules if rule_id in r]
        hint = f"; did you mean {', '.join(sorted(close)[:5])}?" if close else "; see `curator rules list`"
        raise UsageError(f"no rule {rule_id!r}{hint}")
    console = Console(highlight=False)
    console.print(f"[bold]{escape(rule.id)}[/]  {rule.cwe}  severity {rule.severity}, confidence "
                  f"{rule.confidence}  ({rule.engine}, {rule.language or 'any language'})")
    console.print(f"\n{escape(rule.message)}")
    console.print("\n[bold]What it does[/]")
    console.print(escape(rule.what))
    console.print("\n[bold]Why is this bad?[/]")
    console.print(escape(rule.why))
    console.print("\n[bold]Example[/]")
    console.print(escape(rule.bad.rstrip()))
    console.print("\n[bold]Use instead[/]")
    console.print(escape(rule.good.rstrip()))
    if rule.fix:
        console.print(f"\n[bold]Automatic fix[/]: {escape(str(rule.fix.get('transform', rule.fix)))}"
                      " (curator scrub --recipe remediate)")
