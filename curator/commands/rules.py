"""`curator rules list|show`: the rule registry, explained."""

from __future__ import annotations

import click

from curator.errors import UsageError
from curator.ruleset import load_rules, rules_by_id


@click.group()
def rules() -> None:
    """List and explain detection rules."""


@rules.command("list")
@click.option("--engine", default=None, help="Only rules of this engine.")
@click.option("--language", default=None, help="Only rules for this language.")
def rules_list(engine, language) -> None:
    """List every rule: id, CWE, severity, engine, language."""
    list_rules(engine=engine, language=language)


@rules.command("show")
@click.argument("rule_id")
def rules_show(rule_id) -> None:
    """Explain one rule: what it catches, why it matters, a bad and a good example."""
    show_rule(rule_id)


def list_rules(engine: str | None = None, language: str | None = None) -> None:
    """One plain line per rule, so ids are never cut and the output greps well."""
    rows = [(r.id, r.cwe or "-", r.severity, r.confidence, r.engine, r.language or "-")
            for r in sorted(load_rules(), key=lambda r: r.id)
            if not (engine and r.engine != engine) and not (language and r.language != language)]
    header = ("rule", "CWE", "severity", "confidence", "engine", "language")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    print(f"{len(rows)} rules")


def show_rule(rule_id: str) -> None:
    from rich.console import Console  # only here: `curator --help` stays free of rich
    from rich.markup import escape

    known = rules_by_id()
    rule = known.get(rule_id)
    if rule is None:
        close = [r for r in known if rule_id in r]
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
