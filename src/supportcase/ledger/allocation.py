"""Allocation policies: in which order a payment is credited, as dated, cited rule data.

A policy is an ordered list of buckets, chosen by the payment's date from the rule's versions:

- `current` — the installment whose period contains the payment date (California's "current
  month's support");
- `principal_oldest_first` — unpaid principal of installments already due, oldest first;
- `interest_oldest_first` — accrued, unpaid interest, oldest installment first.

Rules shipped: `cn.allocation.delayed_performance` (SPC 2014 interpretation art. 4: principal,
then double-portion interest) and `us.ca.allocation.support_payments` (CCP § 695.221: since
2009-01-01 current, principal, interest; before, current, interest, principal). A named custom
policy is written `custom:<bucket>,<bucket>,...` in the case file's `settings.allocation`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from supportcase.casefile.model import CaseFile
from supportcase.errors import UserError
from supportcase.law.instruments import case_origin
from supportcase.law.rules import RuleBook

BUCKETS = ("current", "principal_oldest_first", "interest_oldest_first")
CN_POLICY = "cn.allocation.delayed_performance"
CA_POLICY = "us.ca.allocation.support_payments"


@dataclass(frozen=True, slots=True)
class Policy:
    id: str
    starts: tuple[date, ...]
    orders: tuple[tuple[str, ...], ...]
    custom: bool = False

    def order_on(self, day: date) -> tuple[str, ...]:
        i = bisect_right(self.starts, day)
        # Before the rule's first version the earliest order is used (flagged by the caller).
        return self.orders[max(i - 1, 0)]

    def order_until(self, day: date) -> tuple[tuple[str, ...], date | None]:
        """The order on `day` and the day the next version starts (None: the last version),
        so a run of payments in date order looks the order up once per version."""
        i = bisect_right(self.starts, day)
        return self.orders[max(i - 1, 0)], self.starts[i] if i < len(self.starts) else None


def default_policy_id(case: CaseFile) -> str:
    if case.settings.allocation:
        return case.settings.allocation
    if case.interest.regime == "us-ca-legal" or case_origin(case) == "US-CA":
        return CA_POLICY
    return CN_POLICY


def load_policy(policy_id: str, book: RuleBook) -> Policy:
    if policy_id.startswith("custom:"):
        order = tuple(b.strip() for b in policy_id.removeprefix("custom:").split(",") if b.strip())
        unknown = [b for b in order if b not in BUCKETS]
        if unknown or not order:
            raise UserError(f"allocation policy '{policy_id}': unknown bucket(s) "
                            f"{', '.join(unknown) or '(none given)'}",
                            hint=f"use custom:{','.join(BUCKETS)} in any order",
                            zh=f"冲抵顺序 '{policy_id}' 含未知项目 "
                               f"{'、'.join(unknown) or '（未填写）'}",
                            hint_zh=f"请使用 custom:{','.join(BUCKETS)}，顺序可任意排列")
        return Policy(policy_id, (date.min,), (order,), custom=True)
    rule = book.get(policy_id)
    if rule.topic != "allocation":
        raise UserError(f"rule '{policy_id}' is not an allocation policy",
                        zh=f"规则 '{policy_id}' 不是冲抵顺序规则")
    starts = tuple(v.from_date for v in rule.versions)
    orders = tuple(tuple(str(b) for b in v.parameters["order"]) for v in rule.versions)
    return Policy(policy_id, starts, orders)
