"""Interest regimes as dated rule data turned into rate periods.

An `InterestPlan` is, per component (PRC double-portion interest, general interest set by the
document, California legal interest, a custom rate), a list of `RatePeriod`s: from which day,
until which day, at which rate per how many days. Days for which no rule was in force (PRC
delay before 2014-08-01) form a period with no rate: the ledger counts and flags those days
rather than invent a figure. The rates themselves come from the rule files:

- `cn.interest.delayed_performance` — 0.0175 % a day (CPL 2023 art. 264; SPC 2014 art. 1–3);
- `us.ca.interest.legal_rate` — 10 % a year ÷ 365 (CCP §§ 685.010, 685.020, 685.030).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from supportcase.casefile.model import CaseFile, Obligation
from supportcase.law.rules import RuleBook

CN_RULE = "cn.interest.delayed_performance"
CA_RULE = "us.ca.interest.legal_rate"
CUSTOM_RULE = "case.interest.custom"
GENERAL_RULE = "case.interest.general"
EPOCH = date(1900, 1, 1)
# Support agreed between the parents and never made a legal document: double-portion interest
# (CPL 2023 art. 264) runs only from the time a judgment, ruling or other legal document sets
# for performance, so an agreement alone carries none (the claim in court may ask for interest).
AGREEMENTS = ("divorce_agreement", "private_agreement")


@dataclass(frozen=True, slots=True)
class RatePeriod:
    start: date  # first day counted
    until: date | None  # first day no longer counted
    rate: Decimal | None  # None: no rule in force (days flagged, not computed)
    per: int  # days the rate is for: 1 (daily) or the year basis (365)
    rule: str


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    rule: str
    periods: tuple[RatePeriod, ...]


@dataclass(frozen=True, slots=True)
class InterestPlan:
    regime: str
    components: tuple[Component, ...]


def _rule_periods(book: RuleBook, rule_id: str, rate_key: str) -> tuple[RatePeriod, ...]:
    rule = book.get(rule_id)
    periods: list[RatePeriod] = []
    first = rule.versions[0].from_date
    periods.append(RatePeriod(EPOCH, first, None, 1, rule_id))
    for i, version in enumerate(rule.versions):
        nxt = rule.versions[i + 1].from_date if i + 1 < len(rule.versions) else version.until
        params = version.parameters
        rate = Decimal(str(params[rate_key]))
        per = 1 if params.get("rate_per") == "day" else int(params.get("day_basis", 365))
        periods.append(RatePeriod(version.from_date, nxt, rate, per, rule_id))
        if version.until is not None and i + 1 == len(rule.versions):
            periods.append(RatePeriod(version.until, None, None, 1, rule_id))
    return tuple(periods)


def interest_plan(case: CaseFile, obligation: Obligation, book: RuleBook) -> InterestPlan:
    regime = case.interest.regime
    components: list[Component] = []
    if regime == "cn-delayed-performance" and obligation.basis.type in AGREEMENTS:
        pass
    elif regime == "cn-delayed-performance":
        components.append(Component("double_portion", CN_RULE,
                                    _rule_periods(book, CN_RULE, "daily_rate")))
        if obligation.general_interest_rate is not None:
            # SPC 2014 art. 1: general interest only as the document sets it; read here as a
            # simple annual rate on the same unpaid principal (stated on the statement).
            components.append(Component("general", GENERAL_RULE, (RatePeriod(
                EPOCH, None, obligation.general_interest_rate, 365, GENERAL_RULE),)))
    elif regime == "us-ca-legal":
        components.append(Component("legal", CA_RULE, _rule_periods(book, CA_RULE, "annual_rate")))
    elif regime == "custom" and case.interest.rate is not None:
        components.append(Component("custom", CUSTOM_RULE, (RatePeriod(
            EPOCH, None, case.interest.rate, 365, CUSTOM_RULE),)))
    return InterestPlan(regime, tuple(components))
