"""Net disposable income per parent per month (California Family Code § 4059).

A parent's income is either entered as net disposable income, or as gross income with the
§ 4059 deductions the user knows (taxes actually payable, FICA, mandatory retirement and
union dues, health premiums, support paid for other children, court-allowed job expenses,
hardship deductions). The program subtracts what is entered and shows the subtraction; it
does not compute taxes — full tax modelling is out of scope.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from supportcase.calc.explanation import Step, show
from supportcase.errors import UserError

NET_INCOME_RULE = "us.ca.guideline.net_disposable_income"

# The deduction kinds of § 4059, in the statute's order (a)–(g).
DEDUCTION_KINDS: tuple[str, ...] = (
    "income_tax",
    "fica",
    "retirement_union",
    "health_insurance",
    "other_support",
    "job_expenses",
    "hardship",
)


@dataclass(frozen=True, slots=True)
class ParentIncome:
    """One parent's monthly income: `net`, or `gross` with `deductions` by kind."""

    net: Decimal | None = None
    gross: Decimal | None = None
    deductions: Mapping[str, Decimal] = field(default_factory=dict)

    @classmethod
    def of_net(cls, net: Decimal) -> ParentIncome:
        return cls(net=net)


@dataclass(frozen=True, slots=True)
class NetIncome:
    """The net figure used and the steps that derived it."""

    amount: Decimal
    steps: tuple[Step, ...]
    warnings: tuple[str, ...] = ()
    warnings_zh: tuple[str, ...] = ()  # `warnings` in Chinese, one for one


def derive_net_income(parent: str, income: ParentIncome) -> NetIncome:
    """Net monthly disposable income of parent `parent` ("A" or "B") from what was entered."""
    who, who_zh = f"Parent {parent}", f"{parent}方"
    if income.net is not None and income.gross is not None:
        raise UserError(f"{who}: give either net income or gross income with deductions, not both",
                        zh=f"{who_zh}：请给出净收入，或给出总收入及扣除项，不能两者都给")
    if income.net is None and income.gross is None:
        raise UserError(f"{who}: net (or gross) monthly income is missing",
                        zh=f"{who_zh}：缺少每月净收入（或总收入）")
    if income.net is not None:
        if income.deductions:
            raise UserError(f"{who}: deductions apply to gross income; give gross income instead",
                            zh=f"{who_zh}：扣除项适用于总收入；请改为给出总收入")
        if income.net < 0:
            raise UserError(f"{who}: net income cannot be negative", zh=f"{who_zh}：净收入不能为负数")
        return NetIncome(income.net, (Step(
            key=f"net_{parent}", label=f"{who} net monthly disposable income (as entered)",
            value=income.net, working=show(income.net), rule=NET_INCOME_RULE,
        ),))
    gross = income.gross
    assert gross is not None  # narrowed above: exactly one of net/gross is set
    if gross < 0:
        raise UserError(f"{who}: gross income cannot be negative", zh=f"{who_zh}：总收入不能为负数")
    unknown = sorted(set(income.deductions) - set(DEDUCTION_KINDS))
    if unknown:
        raise UserError(f"{who}: unknown deduction '{unknown[0]}'",
                        hint="one of " + ", ".join(DEDUCTION_KINDS),
                        zh=f"{who_zh}：未知的扣除项“{unknown[0]}”",
                        hint_zh="可选：" + "、".join(DEDUCTION_KINDS))
    steps = [Step(key=f"gross_{parent}", label=f"{who} gross monthly income (as entered)",
                  value=gross, working=show(gross))]
    total = Decimal(0)
    for kind in DEDUCTION_KINDS:
        if kind not in income.deductions:
            continue
        amount = income.deductions[kind]
        if amount < 0:
            raise UserError(f"{who}: deduction '{kind}' cannot be negative",
                            zh=f"{who_zh}：扣除项“{kind}”不能为负数")
        total += amount
        steps.append(Step(key=f"deduction_{parent}_{kind}", label=f"{who} less {kind} (§ 4059)",
                          value=amount, working=f"− {show(amount)}", rule=NET_INCOME_RULE))
    net = gross - total
    warnings: list[str] = []
    warnings_zh: list[str] = []
    working = f"{show(gross)} − {show(total)}"
    note = None
    if net < 0:
        warnings.append(f"{who}: the deductions entered exceed gross income; net income "
                        "is taken as 0.00")
        warnings_zh.append(f"{parent}方：输入的扣除项超过总收入；净收入按0.00计")
        note = "deductions exceed gross income; taken as 0"
        net = Decimal(0)
    steps.append(Step(key=f"net_{parent}", label=f"{who} net monthly disposable income",
                      value=net, working=working, rule=NET_INCOME_RULE, note=note,
                      note_zh=None if note is None else "扣除项超过总收入；按0计"))
    return NetIncome(net, tuple(steps), tuple(warnings), tuple(warnings_zh))
