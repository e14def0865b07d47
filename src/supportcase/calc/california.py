"""California statewide uniform guideline child support (Family Code § 4055).

CS = K[HN − (H%)(TN)] for one child, then the multiplier for the number of children:

- TN is both parents' total net monthly disposable income (§ 4059), HN the high earner's;
- H% is the high earner's approximate share of primary physical responsibility for the
  children (averaged when children have different time-shares; § 4055(b)(6) sets it in some
  default proceedings);
- K = T × F(TN), T = 1 + H% when H% ≤ 50 %, else 2 − H%; F(TN) comes from the band table in
  force on the date asked (the pre-2024 table, or SB 343's from 2024-09-01);
- a negative result means the lower earner pays its absolute value (§ 4055(b)(5)).

Then: the low-income adjustment *range* the court may order (§ 4055(b)(7), (c)), the
allocation among children (§ 4055(b)(8)) and the add-ons with their split (§§ 4061–4062).
Every table, threshold and default is read from the rule data on the date asked; a value
that is not in the verified data is reported missing, never guessed.

>>> from datetime import date
>>> from decimal import Decimal as D
>>> r = guideline_support(CaliforniaInput(on=date(2025, 1, 1),
...     parent_a=ParentIncome(net=D(8000)), parent_b=ParentIncome(net=D(3000)),
...     children=2, parent_a_time=(D(20),)))
>>> r.payer, r.monthly_support
('A', Decimal('2631.13'))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Any, Literal

from supportcase.bilingual import Text
from supportcase.calc.explanation import NOT_ADVICE, RuleUse, Step, cents, show
from supportcase.calc.labels_zh import ADD_ONS_ZH
from supportcase.calc.net_income import NET_INCOME_RULE, ParentIncome, derive_net_income
from supportcase.errors import UserError
from supportcase.law.rules import RuleBook, RuleNotInForce, default_rulebook, rule_status_word

__all__ = [
    "AddOns",
    "CaliforniaInput",
    "CaliforniaResult",
    "DefaultProceeding",
    "ParentIncome",
    "guideline_support",
]

Parent = Literal["A", "B"]

FORMULA = "us.ca.guideline.formula"
K_FACTOR = "us.ca.guideline.k_factor"
BAND_READING = "us.ca.guideline.non_integer_income_band"
MULTIPLIERS = "us.ca.guideline.child_multipliers"
ALLOCATION = "us.ca.guideline.allocation_among_children"
DEFAULT_TIMESHARE = "us.ca.guideline.default_timeshare"
LOW_INCOME = "us.ca.guideline.low_income_adjustment"
MINIMUM_WAGE = "us.ca.guideline.minimum_wage"
ADD_ONS = "us.ca.guideline.add_ons"
ADD_ON_SPLIT = "us.ca.guideline.add_on_apportionment"

HUNDRED = Decimal(100)

TAX_NOTICE = {
    "en": "Full tax modelling is out of scope: net incomes are used as entered, or as gross "
          "income less the § 4059 deductions you entered. Taxes are not computed.",
    "zh": "本程序不计算税款：净收入按输入值使用，或按总收入减去您输入的第4059条扣除项计算。",
}
ROUNDING_NOTICE = {
    "en": "Intermediate figures are exact decimals (28 significant digits); money amounts are "
          "rounded once, to the cent, half-up, where shown.",
    "zh": "中间数值以精确十进制计算（28位有效数字）；金额仅在列示处按四舍五入保留到分。",
}
PRESUMPTION_NOTICE = {
    "en": "The guideline amount is a rebuttable presumption (Fam. Code § 4057); certified "
          "guideline software used by courts may differ in detail.",
    "zh": "指引金额是可推翻的推定（家庭法典第4057条）；法院使用的认证软件在细节上可能有所不同。",
}


def _other(parent: Parent) -> Parent:
    return "B" if parent == "A" else "A"


@dataclass(frozen=True, slots=True)
class DefaultProceeding:
    """A default proceeding (§ 2336 affidavit, or a duly noticed party failed to appear)."""

    custodial_parent: Parent
    moving_party: Parent


@dataclass(frozen=True, slots=True)
class AddOns:
    """Monthly add-on expenses (§ 4062): two mandatory, two discretionary."""

    childcare: Decimal = Decimal(0)
    uninsured_health: Decimal = Decimal(0)
    education_special_needs: Decimal = Decimal(0)
    travel: Decimal = Decimal(0)

    def amounts(self) -> dict[str, Decimal]:
        return {
            "childcare": self.childcare,
            "uninsured_health": self.uninsured_health,
            "education_special_needs": self.education_special_needs,
            "travel": self.travel,
        }


@dataclass(frozen=True, slots=True)
class CaliforniaInput:
    """What the guideline needs. Amounts are monthly, in US dollars.

    `parent_a_time` is the percentage (0–100) of time parent A has primary physical
    responsibility: one value for all children, or one per child (youngest first).
    """

    on: dt.date
    parent_a: ParentIncome
    parent_b: ParentIncome
    children: int
    parent_a_time: tuple[Decimal, ...] = ()
    default_proceeding: DefaultProceeding | None = None
    add_ons: AddOns = field(default_factory=AddOns)
    # Values the user checked themselves, used in place of (or where there is no) rule data.
    minimum_wage_hourly: Decimal | None = None
    low_income_threshold: Decimal | None = None


@dataclass(frozen=True, slots=True)
class LowIncomeAdjustment:
    """The § 4055(b)(7) test and the range of support it permits."""

    status: Literal["applies", "not_applicable", "unknown", "no_payer"]
    threshold: Decimal | None
    maximum_reduction: Decimal | None
    range: tuple[Decimal, Decimal] | None
    explanation: str
    explanation_zh: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "threshold": self.threshold,
            "maximum_reduction": self.maximum_reduction,
            "range": list(self.range) if self.range else None,
            "explanation": self.explanation,
            "explanation_zh": self.explanation_zh or self.explanation,
        }


@dataclass(frozen=True, slots=True)
class ChildAllocation:
    child: int  # 1 = youngest
    amount: Decimal
    working: str

    def to_dict(self) -> dict[str, Any]:
        return {"child": self.child, "amount": self.amount, "working": self.working}


@dataclass(frozen=True, slots=True)
class AddOnShare:
    category: str
    kind: Literal["mandatory", "discretionary"]
    amount: Decimal
    share_a: Decimal | None
    share_b: Decimal | None
    basis: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "kind": self.kind,
            "amount": self.amount,
            "share_a": self.share_a,
            "share_b": self.share_b,
            "basis": self.basis,
        }


@dataclass(frozen=True, slots=True)
class CaliforniaResult:
    on: dt.date
    children: int
    payer: Parent | None
    recipient: Parent | None
    one_child_amount: Decimal  # signed, unrounded CS before the multiplier
    monthly_support: Decimal  # rounded to the cent, paid by `payer`
    low_income: LowIncomeAdjustment
    allocation: tuple[ChildAllocation, ...]
    add_ons: tuple[AddOnShare, ...]
    steps: tuple[Step, ...]
    rules: tuple[RuleUse, ...]
    warnings: tuple[str, ...]
    notices: tuple[Mapping[str, str], ...]
    warnings_zh: tuple[str, ...] = ()  # `warnings` in Chinese, one for one

    @property
    def low_income_range(self) -> tuple[Decimal, Decimal] | None:
        return self.low_income.range

    def to_dict(self) -> dict[str, Any]:
        return {
            "calculator": "us-ca-guideline",
            "on": self.on,
            "children": self.children,
            "payer": self.payer,
            "recipient": self.recipient,
            "monthly_support": self.monthly_support,
            "low_income_range": list(self.low_income.range) if self.low_income.range else None,
            "low_income_adjustment": self.low_income.to_dict(),
            "allocation": [a.to_dict() for a in self.allocation],
            "add_ons": [a.to_dict() for a in self.add_ons],
            "steps": [s.to_dict() for s in self.steps],
            "rules": [r.to_dict() for r in self.rules],
            "warnings": list(self.warnings),
            "warnings_zh": list(self.warnings_zh),
            "notices": [dict(n) for n in self.notices],
        }


@dataclass(frozen=True, slots=True)
class Band:
    index: int
    label: str
    fraction: Decimal
    working: str


def k_fraction(tn: Decimal, bands: Sequence[Mapping[str, Any]]) -> Band:
    """F(TN) from a band table. A band holds TN when TN is at or below its upper figure
    (rule us.ca.guideline.non_integer_income_band); the last band has no upper figure."""
    for index, band in enumerate(bands):
        upper = band.get("up_to")
        if upper is not None and tn > Decimal(str(upper)):
            continue
        base = Decimal(str(band["base"]))
        fraction, working = base, str(base)
        if band.get("plus_tn_over") is not None:
            divisor = Decimal(str(band["plus_tn_over"]))
            fraction += tn / divisor
            working += f" + {show(tn)} / {divisor:,}"
        if band.get("plus_over_tn") is not None:
            numerator = Decimal(str(band["plus_over_tn"]))
            fraction += numerator / tn  # these bands start well above zero income
            working += f" + {numerator:,} / {show(tn)}"
        return Band(index + 1, str(band["label"]), fraction, working)
    raise ValueError("K-factor table has no open-ended last band")  # a broken rule file


def _timeshare(inp: CaliforniaInput, high: Parent, book: RuleBook, steps: list[Step],
               used: list[str]) -> tuple[Decimal, bool]:
    """H% as a fraction, and whether the children's time-shares are all equal."""
    shares = inp.parent_a_time
    if shares:
        if inp.default_proceeding is not None:
            # § 4055(b)(6) applies only without evidence of time-share; a statement counts.
            steps.append(Step(key="default_timeshare", label="Default-proceeding time-share",
                              value="not applied", value_zh="不适用", rule=DEFAULT_TIMESHARE,
                              note="time-share evidence was entered, so § 4055(b)(6) does "
                                   "not set H%",
                              note_zh="已输入照管时间的证据，H% 不按第4055(b)(6)条确定"))
        if len(shares) not in (1, inp.children):
            raise UserError(f"give one time-share for all children or one per child "
                            f"({inp.children}), not {len(shares)}",
                            zh=f"请填写一个适用于所有子女的照管时间比例，或每个子女各一个（{inp.children} 个），"
                            f"而不是 {len(shares)} 个")
        for share in shares:
            if not Decimal(0) <= share <= HUNDRED:
                raise UserError(f"time-share {share} is not a percentage between 0 and 100",
                                zh=f"照管时间比例 {share} 不在 0 至 100 之间")
        high_shares = [s if high == "A" else HUNDRED - s for s in shares]
        pct = sum(high_shares, Decimal(0)) / len(high_shares)
        working_zh = ""
        if len(shares) == 1:
            working = (f"{show(shares[0])} % (parent A's time)" if high == "A" else
                       f"100 − {show(shares[0])} (parent A's time)")
            working_zh = (f"{show(shares[0])} %（A方的照管时间）" if high == "A" else
                          f"100 − {show(shares[0])}（A方的照管时间）")
        else:
            working = f"({' + '.join(show(s) for s in high_shares)}) / {len(high_shares)}"
        steps.append(Step(key="H%", label=f"H%: high earner's (parent {high}) time-share, percent",
                          value=pct, working=working, working_zh=working_zh, rule=FORMULA,
                          note="averaged over the children" if len(shares) > 1 else None,
                          note_zh="各子女的平均值" if len(shares) > 1 else None))
        return pct / HUNDRED, len(set(shares)) == 1
    default = inp.default_proceeding
    if default is None:
        raise UserError("the time-share is missing: give parent A's percentage of time with "
                        "the children (or the default-proceeding facts)",
                        zh="缺少照管时间比例：请填写A方照管子女的时间百分比（或缺席程序的事实）")
    try:
        params = book.parameters(DEFAULT_TIMESHARE, on=inp.on)
    except RuleNotInForce:
        raise UserError(f"the default-proceeding time-share rule (§ 4055(b)(6)) is encoded "
                        f"only from 2024-09-01 (the earlier text was not verified); enter "
                        f"the time-share for {inp.on.isoformat()}",
                        zh=f"缺席程序的照管时间比例规则（§ 4055(b)(6)）仅收录 2024-09-01 起的文本（此前文本"
                        f"未经核实）；请填写 {inp.on.isoformat()} 的照管时间比例") from None
    used.append(DEFAULT_TIMESHARE)
    noncustodial = _other(default.custodial_parent)
    if default.moving_party == noncustodial:
        raise UserError("§ 4055(b)(6) does not apply when the moving party is the "
                        "noncustodial parent: enter the time-share",
                        zh="申请方为非监护方时不适用 § 4055(b)(6)：请填写照管时间比例")
    # The moving party is the custodial parent, so the party who failed to appear is the
    # noncustodial one; the rule then fixes H% by who earns more.
    if high == noncustodial:
        pct, who = Decimal(str(params["noncustodial_higher_earner"])), "noncustodial"
    else:
        pct, who = Decimal(str(params["custodial_higher_earner"])), "custodial"
    who_zh = "非直接抚养方" if who == "noncustodial" else "直接抚养方"
    steps.append(Step(key="H%", label=f"H%: high earner's (parent {high}) time-share, percent",
                      value=pct, working=f"default proceeding, the {who} parent earns more",
                      working_zh=f"缺席程序，{who_zh}收入较高", rule=DEFAULT_TIMESHARE))
    return pct / HUNDRED, True


def guideline_support(inp: CaliforniaInput, book: RuleBook | None = None) -> CaliforniaResult:
    """California guideline support on `inp.on`, with every step and rule shown."""
    book = book or default_rulebook()
    if inp.children < 1:
        raise UserError("the number of children must be at least 1", zh="子女人数至少为 1")
    with localcontext() as ctx:
        ctx.prec = 28  # stated on the result; independent of the caller's context
        return _compute(inp, book)


def _compute(inp: CaliforniaInput, book: RuleBook) -> CaliforniaResult:
    on = inp.on
    steps: list[Step] = []
    warnings: list[Text] = []
    used: list[str] = [FORMULA, K_FACTOR, MULTIPLIERS, NET_INCOME_RULE]

    # Net disposable income per parent (§ 4059), derived from what was entered.
    nets: dict[Parent, Decimal] = {}
    pairs: tuple[tuple[Parent, ParentIncome], ...] = (("A", inp.parent_a), ("B", inp.parent_b))
    for parent, income in pairs:
        derived = derive_net_income(parent, income)
        nets[parent] = derived.amount
        steps.extend(derived.steps)
        warnings.extend(map(Text, derived.warnings, derived.warnings_zh))

    tn = nets["A"] + nets["B"]
    steps.append(Step(key="TN", label="TN: total net monthly disposable income", value=tn,
                      working=f"{show(nets['A'])} + {show(nets['B'])}", rule=FORMULA))
    high: Parent = "A" if nets["A"] >= nets["B"] else "B"
    low = _other(high)
    hn = nets[high]
    steps.append(Step(
        key="high_earner", label="High earner", value=high,
        working=f"{show(nets[high])} {'=' if nets['A'] == nets['B'] else '>'} {show(nets[low])}",
        rule=FORMULA,
        note=("equal incomes: parent A is treated as the high earner; the result is the "
              "same either way") if nets["A"] == nets["B"] else None,
        note_zh="双方收入相同：以A方为高收入方，结果不变" if nets["A"] == nets["B"] else None))
    steps.append(Step(key="HN", label="HN: high earner's net monthly disposable income",
                      value=hn, working=show(hn), rule=FORMULA))

    h, equal_shares = _timeshare(inp, high, book, steps, used)

    # The K-factor table in force on the date: two dated versions of one rule.
    k_params = book.parameters(K_FACTOR, on=on)
    k_version = book.get(K_FACTOR).version_on(on)
    assert k_version is not None  # parameters() raised otherwise
    table = (f"table in force from {k_version.from_date.isoformat()}"
             + (f" until {k_version.until.isoformat()}" if k_version.until else ""))
    table_zh = (f"自 {k_version.from_date.isoformat()} 起施行的系数表"
                + (f"（至 {k_version.until.isoformat()} 止）" if k_version.until else ""))
    k_citation = book.get(K_FACTOR).citation_on(on)
    steps.append(Step(key="k_table", label="K-factor table used", value=table,
                      working=f"chosen by the date {on.isoformat()}", rule=K_FACTOR,
                      note=k_citation.label(), value_zh=table_zh,
                      working_zh=f"按日期 {on.isoformat()} 选定", note_zh=k_citation.label_zh()))
    if not k_params.get("start_verified", True):
        warnings.append(Text("The start date of the pre-2024-09-01 K-factor table is not "
                             "verified (copies from 2004 and 2023 show it); for earlier dates "
                             "check the text in force.",
                             "2024-09-01之前K系数表的起始日期未经核实（2004年和2023年的文本载有该表）；"
                             "更早的日期请核对当时施行的文本。"))
    band = k_fraction(tn, k_params["bands"])
    band_note = None
    if tn != tn.to_integral_value():
        used.append(BAND_READING)
        band_note = ("TN is not a whole-dollar amount; it is placed in the band whose upper "
                     "figure it does not exceed — an interpretation, not the statute's words "
                     f"(rule {BAND_READING})")
    steps.append(Step(key="band", label="Income band of TN", value=band.label,
                      working=f"band {band.index} for TN {show(tn)}", rule=K_FACTOR,
                      note=band_note, working_zh=f"TN {show(tn)} 属第{band.index}档",
                      note_zh=None if band_note is None else (
                          "TN 不是整美元金额；归入上限不低于 TN 的收入档——这是本程序的解释，"
                          f"并非法条原文（规则 {BAND_READING}）")))
    steps.append(Step(key="F", label="F(TN): fraction for the band", value=band.fraction,
                      working=band.working, rule=K_FACTOR))
    switch = book.decimal(f"{FORMULA}.time_factor_switch", on=on)
    if h <= switch:
        t, t_working = 1 + h, f"1 + {show(h, 4)} (H% ≤ 50 %)"
    else:
        t, t_working = 2 - h, f"2 − {show(h, 4)} (H% > 50 %)"
    steps.append(Step(key="T", label="Time factor T", value=t, working=t_working, rule=K_FACTOR))
    k = t * band.fraction
    steps.append(Step(key="K", label="K = T × F(TN)", value=k,
                      working=f"{show(t, 4)} × {show(band.fraction, 6)}", rule=K_FACTOR))

    cs_one = k * (hn - h * tn)
    steps.append(Step(key="CS_one_child", label="CS for one child = K[HN − (H%)(TN)]",
                      value=cs_one,
                      working=f"{show(k, 6)} × [{show(hn)} − {show(h, 4)} × {show(tn)}]",
                      rule=FORMULA))

    multipliers: Mapping[str, Any] = book.value(f"{MULTIPLIERS}.multipliers", on=on)
    if str(inp.children) not in multipliers:
        raise UserError(f"the guideline lists multipliers for up to {len(multipliers)} "
                        f"children; none is given for {inp.children}",
                        hint="Fam. Code § 4055(b)(4)",
                        zh=f"指引只列出最多 {len(multipliers)} 名子女的乘数；未给出 {inp.children} 名子女的乘数",
                        hint_zh="《加州家庭法》§ 4055(b)(4)")
    m = Decimal(str(multipliers[str(inp.children)]))
    steps.append(Step(key="multiplier", label=f"Multiplier for {inp.children} "
                      f"child{'ren' if inp.children > 1 else ''}", value=m, working=str(m),
                      rule=MULTIPLIERS))
    cs_total = cs_one * m
    steps.append(Step(key="CS_total", label="Guideline support for all children (signed)",
                      value=cs_total, working=f"{show(cs_one)} × {m}", rule=MULTIPLIERS))

    monthly = cents(abs(cs_total))
    payer: Parent | None
    if monthly == 0:
        payer = None
        sign_working = "the formula gives zero: no guideline support either way"
    elif cs_total > 0:
        payer = high
        sign_working = "positive: the high earner pays the lower earner"
    else:
        payer = low
        sign_working = ("negative: the lower earner pays the absolute value to the high "
                        "earner (§ 4055(b)(5))")
    recipient = _other(payer) if payer else None
    sign_zh = ("按公式计算为零：双方均无须支付指引抚养费" if payer is None else
               "为正：高收入方向低收入方支付" if cs_total > 0 else
               "为负：低收入方向高收入方支付其绝对值（第4055(b)(5)条）")
    steps.append(Step(key="payer", label="Who pays", value=payer or "nobody",
                      working=sign_working, rule=FORMULA, value_zh="" if payer else "无",
                      working_zh=sign_zh))
    steps.append(Step(key="monthly_support", label="Monthly guideline support (rounded)",
                      value=monthly, working=f"|{show(cs_total, 4)}| rounded to the cent",
                      working_zh=f"|{show(cs_total, 4)}| 四舍五入到分", rule=FORMULA))

    lia = _low_income(inp, book, abs(cs_total), payer, nets, steps, warnings, used)
    allocation = _allocate(inp, book, abs(cs_one), equal_shares, steps, used)
    add_ons = _add_ons(inp, book, nets, payer, monthly, steps, warnings, used)

    rules = tuple(RuleUse.of(book, rule_id, on) for rule_id in dict.fromkeys(used))
    for use in rules:
        if use.status != "settled":
            warnings.append(Text(f"Rule {use.id} is marked {use.status}: {use.title}.",
                                 f"规则 {use.id} 标记为“{rule_status_word(use.status, 'zh')}”："
                                 f"{book.get(use.id).title.zh}。"))
    return CaliforniaResult(
        on=on, children=inp.children, payer=payer, recipient=recipient,
        one_child_amount=cs_one, monthly_support=monthly, low_income=lia,
        allocation=allocation, add_ons=add_ons, steps=tuple(steps), rules=rules,
        warnings=tuple(w.en for w in warnings), warnings_zh=tuple(w.zh for w in warnings),
        notices=(NOT_ADVICE, TAX_NOTICE, ROUNDING_NOTICE, PRESUMPTION_NOTICE),
    )


def _low_income(inp: CaliforniaInput, book: RuleBook, cs: Decimal, payer: Parent | None,
                nets: Mapping[Parent, Decimal], steps: list[Step], warnings: list[Text],
                used: list[str]) -> LowIncomeAdjustment:
    """The § 4055(b)(7) presumption and the range § 4055(c) requires software to show."""
    on = inp.on
    used.append(LOW_INCOME)
    if payer is None:
        return LowIncomeAdjustment("no_payer", None, None, None,
                                   "no support is payable, so no adjustment arises",
                                   "无须支付抚养费，不发生低收入调整")
    params = book.parameters(LOW_INCOME, on=on)
    threshold: Decimal | None = None
    if params["method"] == "full_time_minimum_wage":
        hourly = inp.minimum_wage_hourly
        source = "entered by the user (checked by them)"
        source_zh = "用户输入（由用户核实）"
        if hourly is None:
            try:
                value = book.value(f"{MINIMUM_WAGE}.hourly", on=on)
                used.append(MINIMUM_WAGE)
            except RuleNotInForce:  # a year beyond the encoded data: missing, not guessed
                value = None
            if value is not None:
                hourly = Decimal(str(value))
                source = f"rule data for the year (rule {MINIMUM_WAGE}, as sourced there)"
                source_zh = f"该年度的规则数据（规则 {MINIMUM_WAGE}，以其中所列来源为准）"
        if hourly is None:
            message = (f"The California state minimum wage for {on.year} is not in the "
                       "verified data, so the low-income threshold cannot be computed; "
                       "check the wage (Labor Code § 1182.12) and enter it (command line: "
                       "--minimum-wage; web page: 'Figures you checked yourself').")
            message_zh = (f"已核实的数据中没有加州{on.year}年的州最低时薪，无法计算低收入调整门槛；"
                          "请核对最低时薪（劳动法典第1182.12条）后填写（命令行：--minimum-wage；网页：“您自行核实的数值”）。")
            warnings.append(Text(message, message_zh))
            steps.append(Step(key="LIA_threshold", label="Low-income threshold",
                              value=None, working="minimum wage × 40 × 52 ÷ 12",
                              rule=LOW_INCOME, note="missing: minimum wage for the year",
                              working_zh="最低时薪 × 40 × 52 ÷ 12", note_zh="缺少：该年度的最低时薪"))
            return LowIncomeAdjustment("unknown", None, None, None, message, message_zh)
        hours = Decimal(str(params["hours_per_week"]))
        weeks = Decimal(str(params["weeks_per_year"]))
        months = Decimal(str(params["months_per_year"]))
        threshold = hourly * hours * weeks / months
        steps.append(Step(key="minimum_wage", label="State minimum wage per hour", value=hourly,
                          working=source, working_zh=source_zh, rule=MINIMUM_WAGE))
        steps.append(Step(key="LIA_threshold",
                          label="Low-income threshold (full-time minimum wage, monthly gross)",
                          value=threshold,
                          working=f"{show(hourly)} × {hours} × {weeks} ÷ {months}",
                          rule=LOW_INCOME))
    else:
        threshold = inp.low_income_threshold
        if threshold is None and params.get("threshold") is not None:
            threshold = Decimal(str(params["threshold"]))
        if threshold is None:
            message = (f"The low-income threshold in force on {on.isoformat()} (set yearly "
                       "by the Judicial Council before 2024-09-01) is not in the verified "
                       "data; enter it to see the range (command line: --lia-threshold; "
                       "web page: 'Figures you checked yourself').")
            message_zh = (f"已核实的数据中没有 {on.isoformat()} 施行的低收入调整门槛"
                          "（2024-09-01之前由加州司法委员会逐年公布）；填写后可查看幅度"
                          "（命令行：--lia-threshold；网页：“您自行核实的数值”）。")
            warnings.append(Text(message, message_zh))
            steps.append(Step(key="LIA_threshold", label="Low-income threshold", value=None,
                              rule=LOW_INCOME, note="missing: published threshold",
                              note_zh="缺少：公布的门槛金额"))
            return LowIncomeAdjustment("unknown", None, None, None, message, message_zh)
        steps.append(Step(key="LIA_threshold", label="Low-income threshold (net, monthly)",
                          value=threshold, working="entered by the user",
                          working_zh="用户输入", rule=LOW_INCOME))

    obligor_net = nets[payer]
    if obligor_net >= threshold:
        explanation = (f"the obligor's (parent {payer}) net income {show(obligor_net)} is not "
                       f"below the threshold {show(threshold)}: no low-income adjustment")
        explanation_zh = (f"义务人（{payer}方）净收入 {show(obligor_net)} 不低于门槛 "
                          f"{show(threshold)}：不作低收入调整")
        steps.append(Step(key="LIA", label="Low-income adjustment", value="does not apply",
                          working=explanation, rule=LOW_INCOME, value_zh="不适用",
                          working_zh=explanation_zh))
        return LowIncomeAdjustment("not_applicable", threshold, None, None, explanation,
                                   explanation_zh)
    reduction = cs * (threshold - obligor_net) / threshold
    low, high = cents(cs - reduction), cents(cs)
    steps.append(Step(key="LIA_max_reduction", label="Largest reduction permitted",
                      value=reduction,
                      working=f"{show(cs)} × ({show(threshold)} − {show(obligor_net)}) ÷ "
                              f"{show(threshold)}",
                      rule=LOW_INCOME))
    explanation = (f"the obligor's (parent {payer}) net income {show(obligor_net)} is below "
                   f"{show(threshold)}: presumption of a low-income adjustment; the court may "
                   f"order from {show(low)} to {show(high)} a month (rebuttable)")
    explanation_zh = (f"义务人（{payer}方）净收入 {show(obligor_net)} 低于 {show(threshold)}："
                      f"推定应作低收入调整；法院可裁定每月 {show(low)} 至 {show(high)}（可推翻）")
    steps.append(Step(key="LIA_range", label="Range permitted (§ 4055(c))",
                      value=f"{low} – {high}", working=explanation, rule=LOW_INCOME,
                      note="applied to the guideline amount for all the children (the "
                           "amount 'otherwise determined under this section')",
                      working_zh=explanation_zh,
                      note_zh="适用于全部子女的指引金额（即“依本条另行确定的金额”）"))
    return LowIncomeAdjustment("applies", threshold, reduction, (low, high), explanation,
                               explanation_zh)


def _allocate(inp: CaliforniaInput, book: RuleBook, cs_one: Decimal, equal_shares: bool,
              steps: list[Step], used: list[str]) -> tuple[ChildAllocation, ...]:
    """§ 4055(b)(8): youngest gets the one-child amount, the next the increment, and so on."""
    if inp.children < 2:
        return ()
    used.append(ALLOCATION)
    if not equal_shares:
        steps.append(Step(key="allocation", label="Allocation among children",
                          value="not applied", rule=ALLOCATION, value_zh="不适用",
                          note="the children have different time-shares, so § 4055(b)(8) "
                               "does not allocate the total",
                          note_zh="各子女的照管时间不同，第4055(b)(8)条不分配总额"))
        return ()
    multipliers: Mapping[str, Any] = book.value(f"{MULTIPLIERS}.multipliers", on=inp.on)
    result: list[ChildAllocation] = []
    previous = Decimal("0.00")
    for child in range(1, inp.children + 1):
        cumulative = cents(cs_one * Decimal(str(multipliers[str(child)])))
        amount = cumulative - previous
        working = (f"{show(cumulative)} ({child}-child amount) − {show(previous)}"
                   if child > 1 else f"{show(cumulative)} (one-child amount)")
        working_zh = (f"{show(cumulative)}（{child}名子女的金额）− {show(previous)}"
                      if child > 1 else f"{show(cumulative)}（一名子女的金额）")
        result.append(ChildAllocation(child, amount, working))
        steps.append(Step(key=f"child_{child}",
                          label=f"Child {child} ({'youngest' if child == 1 else 'next youngest'})",
                          value=amount, working=working, working_zh=working_zh,
                          rule=ALLOCATION))
        previous = cumulative
    return tuple(result)


def _add_ons(inp: CaliforniaInput, book: RuleBook, nets: Mapping[Parent, Decimal],
             payer: Parent | None, basic: Decimal, steps: list[Step], warnings: list[Text],
             used: list[str]) -> tuple[AddOnShare, ...]:
    """§§ 4061–4062: each add-on and each parent's share under the default split in force."""
    amounts = {k: v for k, v in inp.add_ons.amounts().items() if v != 0}
    if not amounts:
        return ()
    for name, value in amounts.items():
        if value < 0:
            raise UserError(f"add-on '{name}' cannot be negative",
                            zh=f"附加费用“{ADD_ONS_ZH.get(name, name)}”不能为负数")
    used.extend([ADD_ONS, ADD_ON_SPLIT])
    categories = book.parameters(ADD_ONS, on=inp.on)
    split = book.parameters(ADD_ON_SPLIT, on=inp.on)
    if not split.get("verified", True):
        warnings.append(Text("The add-on split default before 2024-09-01 (equal halves) is "
                             "not verified against the old text of § 4061.",
                             "2024-09-01之前附加费用的默认分担方式（各半）未对照第4061条旧文本核实。"))
    share_of_a: Decimal | None
    if split["default"] == "net_income_proportional":
        adjusted = dict(nets)
        basis = "in proportion to net incomes"
        if payer is not None and split.get("payer_net_reduced_by_basic_support"):
            # § 4061(d): the child-support payer's net income is reduced by the basic support.
            adjusted[payer] = max(adjusted[payer] - basic, Decimal(0))
            basis += f", parent {payer}'s reduced by the basic support {show(basic)}"
        total = adjusted["A"] + adjusted["B"]
        if total > 0:
            share_of_a = adjusted["A"] / total
            steps.append(Step(key="add_on_share_A", label="Parent A's share of add-ons",
                              value=share_of_a,
                              working=f"{show(adjusted['A'])} ÷ ({show(adjusted['A'])} + "
                                      f"{show(adjusted['B'])})", rule=ADD_ON_SPLIT))
        else:
            share_of_a = None
            warnings.append(Text("Add-ons cannot be split by income: the adjusted net incomes "
                                 "add up to zero; the court decides the split.",
                                 "附加费用无法按收入分担：调整后的净收入合计为零；由法院决定如何分担。"))
    else:
        share_of_a = Decimal("0.5")
        basis = "one half each (older default; a party could ask for a split by income)"
        steps.append(Step(key="add_on_share_A", label="Parent A's share of add-ons",
                          value=share_of_a, working="one half", rule=ADD_ON_SPLIT,
                          note="not verified", working_zh="各半", note_zh="未经核实"))
    result: list[AddOnShare] = []
    for name, value in amounts.items():
        kind: Literal["mandatory", "discretionary"] = (
            "mandatory" if name in categories["mandatory"] else "discretionary")
        working_zh = ""
        if share_of_a is None:
            share_a = share_b = None
            working, working_zh = "not split", "未分担"
        else:
            share_a = cents(value * share_of_a)
            share_b = value - share_a
            working = f"A {show(share_a)} / B {show(share_b)}"
        result.append(AddOnShare(name, kind, value, share_a, share_b, basis))
        steps.append(Step(key=f"add_on_{name}", label=f"Add-on: {name} ({kind})", value=value,
                          working=working, rule=ADD_ONS, working_zh=working_zh,
                          note=None if kind == "mandatory" else "the court may order it",
                          note_zh=None if kind == "mandatory" else "法院可以裁定"))
    return tuple(result)
