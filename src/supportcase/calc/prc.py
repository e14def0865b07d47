"""PRC child-support standard: the income-ratio guide a court starts from (抚养费标准).

The SPC Interpretation (I) on the Marriage and Family Book of the Civil Code (art. 49)
says the amount depends on the child's actual needs, both parents' ability to pay and the
local standard of living; with a fixed income it is generally 20–30 % of the obligor's
monthly total income for one child, and for two or more children the ratio may be raised but
generally not above 50 %; without a fixed income, that year's total income or the average
income of the same trade is used with the same ratios; special circumstances may move it
either way. This module turns an income into that *range* with its citation and the factors
a court weighs — never one "right" number.

>>> from datetime import date
>>> from decimal import Decimal as D
>>> r = support_standard(PrcInput(on=date(2025, 1, 1), children=1, monthly_income=D(15000)))
>>> r.monthly_range
(Decimal('3000.00'), Decimal('4500.00'))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any, Literal

from supportcase.calc.explanation import NOT_ADVICE, RuleUse, Step, show
from supportcase.casefile.reasons_zh import message_zh
from supportcase.errors import UserError
from supportcase.law.rules import RuleBook, default_rulebook
from supportcase.money import MoneyError, check_currency, percent, round_to_unit

__all__ = ["PrcInput", "PrcResult", "support_standard"]

RATIO = "cn.support_standard.amount_ratio"
COMPOSITION = "cn.support_standard.composition"
INCREASE = "cn.support_standard.increase_grounds"

Basis = Literal["fixed_monthly_income", "annual_income", "industry_average"]

FACTORS: tuple[Mapping[str, str], ...] = (
    {"en": "The child's actual needs (living, education and medical costs, among others).",
     "zh": "子女的实际需要（包括生活费、教育费、医疗费等）。"},
    {"en": "Both parents' ability to pay — the parent the child lives with also contributes.",
     "zh": "父母双方的负担能力——直接抚养一方同样负担。"},
    {"en": "The actual standard of living where the child lives.",
     "zh": "当地的实际生活水平。"},
    {"en": "Special circumstances may raise or lower the ratios.",
     "zh": "有特殊情况的，可以适当提高或者降低比例。"},
    {"en": "Later, a court raises support when the amount no longer covers local living costs, "
           "when illness or schooling needs exceed it, or for another good reason (art. 58).",
     "zh": "此后原定数额不足以维持当地实际生活水平、子女因患病或上学实际需要超过原定数额，或有其他正当理由的，"
           "子女可以要求增加（第五十八条）。"},
)

RATIO_NOTICE = {
    "en": "The ratios are a guide a court starts from, not a formula: the court decides the "
          "amount on the facts and may go above or below the range.",
    "zh": "上述比例是法院的参考起点而非公式：法院根据案件事实确定金额，可以高于或低于该幅度。",
}


@dataclass(frozen=True, slots=True)
class PrcInput:
    """The obligor's income: a fixed monthly total income, or (without a fixed income) that
    year's total income or the annual average income of the same trade."""

    on: dt.date
    children: int
    monthly_income: Decimal | None = None
    annual_income: Decimal | None = None
    industry_average_annual: Decimal | None = None
    currency: str = "CNY"


@dataclass(frozen=True, slots=True)
class PrcResult:
    on: dt.date
    children: int
    currency: str
    basis: Basis
    monthly_income_basis: Decimal
    ratio_range: tuple[Decimal, Decimal]
    base_ratio_range: tuple[Decimal, Decimal]
    monthly_range: tuple[Decimal, Decimal]
    yearly_range: tuple[Decimal, Decimal]
    factors: tuple[Mapping[str, str], ...]
    steps: tuple[Step, ...]
    rules: tuple[RuleUse, ...]
    warnings: tuple[str, ...]
    notices: tuple[Mapping[str, str], ...]
    warnings_zh: tuple[str, ...] = ()  # `warnings` in Chinese, one for one

    @property
    def citation(self) -> str:
        return next(r.citation for r in self.rules if r.id == RATIO)

    @property
    def citation_zh(self) -> str:
        return next(r.citation_original for r in self.rules if r.id == RATIO)

    def to_dict(self) -> dict[str, Any]:
        return {
            "calculator": "cn-support-standard",
            "on": self.on,
            "children": self.children,
            "currency": self.currency,
            "basis": self.basis,
            "monthly_income_basis": self.monthly_income_basis,
            "ratio_range": list(self.ratio_range),
            "base_ratio_range": list(self.base_ratio_range),
            "monthly_range": list(self.monthly_range),
            "yearly_range": list(self.yearly_range),
            "citation": self.citation,
            "citation_zh": self.citation_zh,
            "factors": [dict(f) for f in self.factors],
            "steps": [s.to_dict() for s in self.steps],
            "rules": [r.to_dict() for r in self.rules],
            "warnings": list(self.warnings),
            "warnings_zh": list(self.warnings_zh),
            "notices": [dict(n) for n in self.notices],
        }


def support_standard(inp: PrcInput, book: RuleBook | None = None) -> PrcResult:
    """The guideline range under Interpretation (I) art. 49 on `inp.on`."""
    book = book or default_rulebook()
    if inp.children < 1:
        raise UserError("the number of children must be at least 1", zh="子女人数至少为 1")
    given = [(name, value) for name, value in (
        ("fixed_monthly_income", inp.monthly_income),
        ("annual_income", inp.annual_income),
        ("industry_average", inp.industry_average_annual)) if value is not None]
    if len(given) != 1:
        raise UserError("give exactly one income: the monthly income (fixed income), or that "
                        "year's total income, or the same trade's annual average income",
                        zh="请只填写一项收入：每月收入（有固定收入的），或当年总收入，"
                           "或同行业年平均收入")
    basis_name, income = given[0]
    if income < 0:
        raise UserError("income cannot be negative", zh="收入不能为负数")
    try:
        currency = check_currency(inp.currency)
    except MoneyError as exc:
        raise UserError(str(exc), zh=message_zh(str(exc))) from None
    with localcontext() as ctx:
        ctx.prec = 28
        return _compute(inp, book, basis_name, income, currency)


def _compute(inp: PrcInput, book: RuleBook, basis_name: str, income: Decimal,
             currency: str) -> PrcResult:
    on = inp.on
    params = book.parameters(RATIO, on=on)
    one_low = Decimal(str(params["one_child_low"]))
    one_high = Decimal(str(params["one_child_high"]))
    ceiling = Decimal(str(params["several_children_ceiling"]))
    steps: list[Step] = []
    warnings: list[str] = []
    warnings_zh: list[str] = []
    basis: Basis
    if basis_name == "fixed_monthly_income":
        basis = "fixed_monthly_income"
        monthly = income
        steps.append(Step(key="monthly_income", label="Obligor's monthly total income (fixed)",
                          value=income, working=f"{show(income)} {currency}", rule=RATIO))
    else:
        basis = "annual_income" if basis_name == "annual_income" else "industry_average"
        label = ("Obligor's total income for the year" if basis == "annual_income" else
                 "Average annual income of the obligor's trade")
        steps.append(Step(key="annual_income", label=label, value=income,
                          working=f"{show(income)} {currency}", rule=RATIO))
        monthly = income / 12
        steps.append(Step(key="monthly_income", label="Monthly equivalent", value=monthly,
                          working=f"{show(income)} ÷ 12", rule=RATIO,
                          note="dividing by 12 is this program's reading; the interpretation "
                               "says to apply the ratios 'by reference'",
                          note_zh="除以12是本程序的理解；司法解释规定“参照”上述比例"))
    if inp.children == 1:
        low_ratio, high_ratio = one_low, one_high
        steps.append(Step(key="ratio", label="Guide ratio for one child",
                          value=f"{percent(low_ratio)} – {percent(high_ratio)}",
                          working="generally 20–30 % of monthly total income",
                          working_zh="一般为月总收入的20%–30%", rule=RATIO))
    else:
        low_ratio, high_ratio = one_low, ceiling
        steps.append(Step(
            key="ratio", label=f"Guide ratio for {inp.children} children",
            value=f"{percent(low_ratio)} – {percent(high_ratio)}",
            working=(f"the {percent(one_low)}–{percent(one_high)} guide may be raised, "
                     f"generally not above {percent(ceiling)} of monthly total income"),
            working_zh=(f"{percent(one_low)}–{percent(one_high)} 的参考比例可以适当提高，"
                        f"但一般不超过月总收入的 {percent(ceiling)}"),
            rule=RATIO,
            note="the ceiling is for all the children together; the interpretation sets no "
                 "separate lower figure for several children",
            note_zh="该上限为全部子女合计；司法解释未对多名子女另定下限"))
    monthly_range = (round_to_unit(monthly * low_ratio, currency),
                     round_to_unit(monthly * high_ratio, currency))
    steps.append(Step(key="monthly_range", label="Monthly guide range",
                      value=f"{monthly_range[0]} – {monthly_range[1]} {currency}",
                      working=(f"{show(monthly)} × {percent(low_ratio)} to "
                               f"{show(monthly)} × {percent(high_ratio)}, rounded to the "
                               "minor unit"),
                      working_zh=(f"{show(monthly)} × {percent(low_ratio)} 至 "
                                  f"{show(monthly)} × {percent(high_ratio)}，四舍五入到最小货币单位"),
                      rule=RATIO))
    if inp.children > 1:
        steps.append(Step(key="base_range", label="For comparison: the one-child guide",
                          value=(f"{round_to_unit(monthly * one_low, currency)} – "
                                 f"{round_to_unit(monthly * one_high, currency)} {currency}"),
                          working=f"{percent(one_low)} – {percent(one_high)}", rule=RATIO))
    yearly_range = (round_to_unit(monthly * low_ratio * 12, currency),
                    round_to_unit(monthly * high_ratio * 12, currency))
    if income == 0:
        warnings.append("With no income entered the ratios give zero; a court may still order "
                        "support from property (art. 51) or on the trade's average income.")
        warnings_zh.append("未填写收入时按比例计算为零；法院仍可从财产中确定抚养费（第51条），"
                           "或按同行业平均收入计算。")
    rules = tuple(RuleUse.of(book, rule_id, on) for rule_id in (RATIO, COMPOSITION, INCREASE))
    return PrcResult(
        on=on, children=inp.children, currency=currency, basis=basis,
        monthly_income_basis=monthly, ratio_range=(low_ratio, high_ratio),
        base_ratio_range=(one_low, one_high), monthly_range=monthly_range,
        yearly_range=yearly_range, factors=FACTORS, steps=tuple(steps), rules=rules,
        warnings=tuple(warnings), notices=(NOT_ADVICE, RATIO_NOTICE),
        warnings_zh=tuple(warnings_zh),
    )
