"""`supportcase calc california|prc`: what a guideline would say, with every step shown.

`calc california` runs California's statewide uniform guideline (Fam. Code § 4055) on the
date given; `calc prc` gives the PRC income-ratio range (SPC Interpretation (I) art. 49).
Both print a table of every step and the rules applied, or JSON with `--json`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import typer

from supportcase.cli.options import date_or_today
from supportcase.cli.output import console, language, print_json
from supportcase.errors import UserError

calc_app = typer.Typer(help="Support calculators: California guideline, PRC standard.",
                       no_args_is_help=True)

JSON = typer.Option(False, "--json", help="Print JSON for scripts.")
LANG = typer.Option("en", "--lang", help="Language of the table: en or zh (简体中文).")


def register(app: typer.Typer) -> None:
    app.add_typer(calc_app, name="calc")


def _amount(value: str | None, what: str) -> Decimal | None:
    if value is None:
        return None
    from supportcase.casefile.reasons_zh import message_zh
    from supportcase.money import MoneyError, to_decimal

    try:
        return to_decimal(value)
    except MoneyError as exc:
        raise UserError(f"{what}: {exc}", zh=f"{what}：{message_zh(str(exc))}") from None


def _date(value: str | None) -> dt.date:
    return date_or_today(value, "--on")


def _parent(value: str | None, what: str) -> Any:
    if value is None:
        return None
    letter = value.strip().upper()
    if letter not in {"A", "B"}:
        raise UserError(f"{what}: '{value}' must be A or B", zh=f"{what}：“{value}”应为 A 或 B")
    return letter


def _deductions(items: list[str] | None, parent: str) -> dict[str, Decimal]:
    from supportcase.calc import DEDUCTION_KINDS

    found: dict[str, Decimal] = {}
    for item in items or []:
        kind, sep, value = item.partition("=")
        kind = kind.strip().lower().replace("-", "_")
        if not sep or kind not in DEDUCTION_KINDS:
            raise UserError(f"--parent-{parent.lower()}-deduction '{item}': write KIND=AMOUNT",
                            hint="KIND is one of " + ", ".join(DEDUCTION_KINDS),
                            zh=f"--parent-{parent.lower()}-deduction“{item}”：请写成 种类=金额",
                            hint_zh="种类可选：" + "、".join(DEDUCTION_KINDS))
        amount = _amount(value, f"deduction {kind}")
        assert amount is not None
        found[kind] = found.get(kind, Decimal(0)) + amount
    return found


def _income(net: str | None, gross: str | None, deductions: list[str] | None,
            parent: str) -> Any:
    from supportcase.calc import ParentIncome

    return ParentIncome(net=_amount(net, f"parent {parent} net"),
                        gross=_amount(gross, f"parent {parent} gross"),
                        deductions=_deductions(deductions, parent))


@calc_app.command("california")
def california(
    parent_a_net: str = typer.Option(None, "--parent-a-net",
                                     help="Parent A's net monthly disposable income (USD)."),
    parent_b_net: str = typer.Option(None, "--parent-b-net",
                                     help="Parent B's net monthly disposable income (USD)."),
    parent_a_gross: str = typer.Option(None, "--parent-a-gross",
                                       help="Parent A's gross monthly income, instead of net."),
    parent_b_gross: str = typer.Option(None, "--parent-b-gross",
                                       help="Parent B's gross monthly income, instead of net."),
    parent_a_deduction: list[str] = typer.Option(
        None, "--parent-a-deduction",
        help="A monthly § 4059 deduction from parent A's gross, KIND=AMOUNT (repeat): "
             "income_tax, fica, retirement_union, health_insurance, other_support, "
             "job_expenses, hardship."),
    parent_b_deduction: list[str] = typer.Option(
        None, "--parent-b-deduction", help="Same for parent B."),
    parent_a_time: list[str] = typer.Option(
        None, "--parent-a-time",
        help="Percent of time parent A has primary physical responsibility; once for all "
             "children, or once per child (youngest first) to average different shares."),
    children: int = typer.Option(1, "--children", min=1, help="Number of children."),
    on: str = typer.Option(None, "--on", help="Date the guideline is applied for (YYYY-MM-DD; "
                           "default today). Chooses the K table, LIA rule and add-on split."),
    default_custodial: str = typer.Option(
        None, "--default-custodial",
        help="Default proceeding without time-share evidence (§ 4055(b)(6)): the custodial "
             "parent, A or B."),
    default_moving: str = typer.Option(
        None, "--default-moving-party", help="Default proceeding: the moving party, A or B."),
    childcare: str = typer.Option(None, "--childcare", help="Monthly childcare add-on."),
    uninsured_health: str = typer.Option(None, "--uninsured-health",
                                         help="Monthly uninsured health-care add-on."),
    education: str = typer.Option(None, "--education",
                                  help="Monthly education / special-needs add-on."),
    travel: str = typer.Option(None, "--travel", help="Monthly visitation travel add-on."),
    minimum_wage: str = typer.Option(
        None, "--minimum-wage",
        help="State hourly minimum wage you checked, for a year the data lacks."),
    lia_threshold: str = typer.Option(
        None, "--lia-threshold",
        help="Low-income threshold you checked (before 2024-09-01: Judicial Council figure)."),
    lang: str = LANG,
    json_out: bool = JSON,
) -> None:
    """California guideline child support (Fam. Code § 4055), every step shown.

    Example: supportcase calc california --parent-a-net 8000 --parent-b-net 3000 --parent-a-time 20 --children 2 --on 2025-01-01
    """
    from supportcase.calc import AddOns, CaliforniaInput, DefaultProceeding, guideline_support

    lang = language(lang)
    default = None
    if default_custodial or default_moving:
        custodial = _parent(default_custodial, "--default-custodial")
        moving = _parent(default_moving, "--default-moving-party")
        if custodial is None or moving is None:
            raise UserError("a default proceeding needs both --default-custodial and "
                            "--default-moving-party",
                            zh="缺席程序须同时给出 --default-custodial 和 --default-moving-party")
        default = DefaultProceeding(custodial_parent=custodial, moving_party=moving)
    times = tuple(t for t in (_amount(v, "--parent-a-time") for v in parent_a_time or [])
                  if t is not None)
    add_ons = AddOns(**{name: amount for name, amount in (
        ("childcare", _amount(childcare, "--childcare")),
        ("uninsured_health", _amount(uninsured_health, "--uninsured-health")),
        ("education_special_needs", _amount(education, "--education")),
        ("travel", _amount(travel, "--travel"))) if amount is not None})
    result = guideline_support(CaliforniaInput(
        on=_date(on),
        parent_a=_income(parent_a_net, parent_a_gross, parent_a_deduction, "A"),
        parent_b=_income(parent_b_net, parent_b_gross, parent_b_deduction, "B"),
        children=children, parent_a_time=times, default_proceeding=default, add_ons=add_ons,
        minimum_wage_hourly=_amount(minimum_wage, "--minimum-wage"),
        low_income_threshold=_amount(lia_threshold, "--lia-threshold"),
    ))
    if json_out:
        print_json(result.to_dict())
        return
    _print_california(result, lang)


@calc_app.command("prc")
def prc(
    income: str = typer.Option(None, "--income",
                               help="Obligor's fixed monthly total income."),
    annual_income: str = typer.Option(None, "--annual-income",
                                      help="No fixed income: the obligor's total income for "
                                           "the year."),
    industry_average: str = typer.Option(None, "--industry-average",
                                         help="No fixed income: the average annual income of "
                                              "the obligor's trade."),
    children: int = typer.Option(1, "--children", min=1, help="Number of children supported."),
    currency: str = typer.Option("CNY", "--currency", help="Currency of the income."),
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD; default today)."),
    lang: str = LANG,
    json_out: bool = JSON,
) -> None:
    """PRC child-support guide range (SPC Interpretation (I) art. 49) and what a court weighs.

    Example: supportcase calc prc --income 15000 --children 1
    """
    from supportcase.calc import PrcInput, support_standard

    lang = language(lang)
    result = support_standard(PrcInput(
        on=_date(on), children=children,
        monthly_income=_amount(income, "--income"),
        annual_income=_amount(annual_income, "--annual-income"),
        industry_average_annual=_amount(industry_average, "--industry-average"),
        currency=currency,
    ))
    if json_out:
        print_json(result.to_dict())
        return
    _print_prc(result, lang)


def _cell(value: object) -> str:
    from supportcase.calc.explanation import display

    return display(value)


def _steps_table(title: str, steps: Any, lang: str) -> Any:
    from rich.table import Table

    from supportcase.calc.labels_zh import zh_label

    zh = lang == "zh"
    table = Table(title=title, show_lines=False, title_justify="left")
    table.add_column("#", justify="right", style="dim")
    table.add_column("步骤" if zh else "Step", overflow="fold")
    table.add_column("数值" if zh else "Value", justify="right", style="bold")
    table.add_column("算式" if zh else "Working")
    table.add_column("规则 / 说明" if zh else "Rule / note", style="dim", overflow="fold")
    for number, step in enumerate(steps, start=1):
        # The short rule name keeps the table readable; the full ids are in "Rules applied".
        short = step.rule.rsplit(".", 1)[-1] if step.rule else None
        extra = " · ".join(p for p in (short, step.note_in(lang)) if p)
        label = (zh_label(step.key) or step.label) if zh else step.label
        table.add_row(str(number), label, _cell(step.value_in(lang)), step.working_in(lang),
                      extra)
    return table


def _footer(out: Any, rules: Any, warnings: Any, notices: Any, lang: str) -> None:
    from rich.table import Table

    from supportcase.law.rules import rule_status_word

    zh = lang == "zh"
    table = Table(title="适用的规则" if zh else "Rules applied", title_justify="left")
    table.add_column("规则" if zh else "Rule", overflow="fold")
    table.add_column("引用（该日有效）" if zh else "Citation (on the date)", overflow="fold")
    table.add_column("版本" if zh else "Version")
    table.add_column("状态" if zh else "Status")
    for rule in rules:
        citation = rule.citation_original if zh and rule.citation_original else rule.citation
        if zh:
            until = f"，至 {rule.version_until} 止" if rule.version_until else ""
            version = f"自 {rule.version_from} 起{until}"
        else:
            until = f" until {rule.version_until}" if rule.version_until else ""
            version = f"from {rule.version_from}{until}"
        table.add_row(rule.id, citation, version, rule_status_word(rule.status, lang))
    out.print(table)
    for warning in warnings:
        out.print(f"[yellow]! {warning}[/yellow]", highlight=False)
    for notice in notices:
        out.print(f"[dim]{notice['en']}\n{notice['zh']}[/dim]", highlight=False)


def _print_california(result: Any, lang: str) -> None:
    from supportcase.calc.labels_zh import ADD_ONS_ZH

    zh = lang == "zh"
    out = console()
    title = (f"加州指引抚养费（{result.on}）" if zh else
             f"California guideline child support on {result.on}")
    out.print(_steps_table(title, result.steps, lang))
    if result.payer:
        amount = f"{result.monthly_support:,}"
        out.print(f"[bold]{result.payer}方每月向{result.recipient}方支付 {amount} 美元[/bold]"
                  "（指引金额，未计低收入调整）" if zh else
                  f"[bold]Parent {result.payer} pays parent {result.recipient} {amount} USD a "
                  "month[/bold] (guideline, before any low-income adjustment)", highlight=False)
    else:
        out.print("[bold]双方均无须支付指引抚养费。[/bold]" if zh else
                  "[bold]No guideline support is payable either way.[/bold]")
    lia = result.low_income
    if lia.range:
        low, high = (f"{v:,}" for v in lia.range)
        out.print(f"[bold]低收入调整：[/bold]法院可裁定每月 {low} 至 {high} 美元"
                  "（家庭法典第4055(b)(7)、(c)条）。" if zh else
                  f"[bold]Low-income adjustment:[/bold] the court may order from {low} to "
                  f"{high} USD a month (Fam. Code § 4055(b)(7), (c)).", highlight=False)
    elif lia.status == "unknown":
        out.print(f"[yellow]{'低收入调整：无法确定 — ' if zh else 'Low-income adjustment: not determined — '}"
                  f"{lia.explanation_zh if zh else lia.explanation}[/yellow]", highlight=False)
    for share in result.add_ons:
        if share.share_a is not None:
            split = f"A {share.share_a:,} / B {share.share_b:,}"
        else:
            split = "未确定分担" if zh else "split not determined"
        if zh:
            kind = "必须" if share.kind == "mandatory" else "可裁定"
            out.print(f"附加费用 {ADD_ONS_ZH.get(share.category, share.category)}（{kind}）："
                      f"{share.amount:,.2f} 美元 — {split}", highlight=False)
        else:
            out.print(f"Add-on {share.category} ({share.kind}): {share.amount:,.2f} USD — "
                      f"{split} ({share.basis})", highlight=False)
    _footer(out, result.rules, result.warnings_zh if zh else result.warnings, result.notices,
            lang)


def _print_prc(result: Any, lang: str) -> None:
    zh = lang == "zh"
    out = console()
    out.print(_steps_table(f"抚养费参考标准（{result.on}）" if zh else
                           f"PRC child-support guide on {result.on}", result.steps, lang))
    low, high = result.monthly_range
    if zh:
        out.print(f"[bold]参考幅度：每月 {low:,} – {high:,} {result.currency}[/bold]"
                  f"（{result.citation_zh}）——仅为参考起点，并非唯一正确的金额。",
                  highlight=False)
    else:
        out.print(f"[bold]Guide range: {low:,} – {high:,} {result.currency} a month[/bold] "
                  f"({result.citation}) — a starting point, not one right number.",
                  highlight=False)
    out.print("What the court weighs / 法院考虑的因素:")
    for factor in result.factors:
        out.print(f"  • {factor['en']}\n    {factor['zh']}", highlight=False)
    _footer(out, result.rules, result.warnings_zh if zh else result.warnings, result.notices,
            lang)
