"""Assertions: an agency's statement or a court's finding checked against the ledger.

An assertion says "on date D the arrears were X". The ledger computes its own figure as of D
(principal only, or principal and interest when the assertion includes interest) and, on a
mismatch, looks for what explains the difference: a payment the other side counted and the
ledger did not (a gift, an unknown payment), an installment one side left out, a number of
whole months, or the interest. That list is the basis of a dispute letter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from supportcase.casefile.model import Assertion, CaseFile
from supportcase.casefile.words import ref_zh
from supportcase.ledger.entries import Note

if TYPE_CHECKING:
    from supportcase.ledger.statement import Reconciliation, Statement


def reconcile(case: CaseFile, assertion: Assertion, statement: Statement,
              build: Callable[[date], Statement]) -> Reconciliation:
    from supportcase.ledger.statement import Reconciliation

    at = statement if assertion.date == statement.as_of else build(assertion.date)
    totals = at.totals_in(assertion.currency)
    if totals is None and at.total is not None and at.total.currency == assertion.currency:
        totals = at.total
    if totals is None:
        note = Note("currency_not_in_ledger",
                    f"The ledger has no figures in {assertion.currency} to compare with.",
                    f"本明细没有以 {assertion.currency} 计的金额可供比较。")
        return Reconciliation(assertion.date, assertion.source, assertion.currency,
                              assertion.amount, None, assertion.includes_interest, (note,))
    ledger = (totals.total_outstanding if assertion.includes_interest
              else totals.principal_outstanding)
    diff = assertion.amount - ledger
    if diff == 0:
        return Reconciliation(assertion.date, assertion.source, assertion.currency,
                              assertion.amount, ledger, assertion.includes_interest, ())
    return Reconciliation(assertion.date, assertion.source, assertion.currency,
                          assertion.amount, ledger, assertion.includes_interest,
                          tuple(_explain(diff, at, assertion)))


def _explain(diff: Decimal, at: Statement, assertion: Assertion) -> list[Note]:
    cur = assertion.currency
    size = abs(diff)
    higher = diff > 0
    out: list[Note] = []
    side_en = "higher" if higher else "lower"
    side_zh = "高" if higher else "低"
    out.append(Note("difference", f"{assertion.source} states {assertion.amount} {cur} on "
                    f"{assertion.date.isoformat()}; the ledger has {assertion.amount - diff} "
                    f"{cur}: {size} {cur} {side_en}.",
                    f"{assertion.source} 称 {assertion.date.isoformat()} 欠款 {assertion.amount} "
                    f"{cur}；本明细为 {assertion.amount - diff} {cur}，对方{side_zh} {size} {cur}。",
                    amount=diff, currency=cur, date=assertion.date))
    # The other side lower: it may have counted a payment the ledger did not.
    if not higher:
        for n in (*at.excluded, *at.questions):
            if n.amount is not None and n.currency == cur and n.amount == size and \
                    n.code not in ("suspended", "not_in_legal_basis", "not_yet_due"):
                out.append(Note("explained_by_payment",
                                f"It matches {n.ref} exactly, which the ledger does not count: "
                                f"{n.en}", f"差额与{ref_zh(n.ref or '')}完全一致，本明细未计入该笔：{n.zh}",
                                amount=n.amount, currency=cur, date=n.date, ref=n.ref))
        unknown = sum((n.amount for n in at.questions if n.amount is not None
                       and n.currency == cur), Decimal(0))
        if unknown == size and len(at.questions) > 1:
            out.append(Note("explained_by_unknown", "It matches the payments of unknown kind "
                            "taken together.", "差额与全部性质不明的付款合计一致。",
                            amount=unknown, currency=cur))
    else:
        for n in at.excluded:
            if n.amount is not None and n.currency == cur and n.amount == size and \
                    n.code in ("not_in_legal_basis", "suspended"):
                out.append(Note("explained_by_due",
                                f"It matches {n.ref}, which the ledger does not treat as due: "
                                f"{n.en}", f"差额与{ref_zh(n.ref or '')}一致，本明细不将其计为应付：{n.zh}",
                                amount=n.amount, currency=cur, date=n.date, ref=n.ref))
    rows = [r for r in at.rows if r.installment.currency == cur]
    for r in rows:
        if r.installment.amount == size or (r.shortfall == size and r.shortfall):
            out.append(Note("explained_by_row", f"It equals installment {r.installment.id} "
                            f"(due {r.installment.due_date.isoformat()}, {r.installment.amount} "
                            f"{cur}, unpaid {r.shortfall}): check whether both sides count it "
                            "and its payments the same way.",
                            f"差额等于 {r.installment.id} 一期（{r.installment.due_date.isoformat()}"
                            f"到期，{r.installment.amount} {cur}，未付 {r.shortfall}）：请核对双方对该期"
                            "及其付款的计算是否一致。", amount=r.installment.amount, currency=cur,
                            ref=r.installment.id))
            break
    regular = [r.installment.amount for r in rows if r.installment.kind == "installment"]
    if regular:
        monthly = regular[-1]
        if monthly and size % monthly == 0 and size // monthly > 1:
            months = int(size // monthly)
            out.append(Note("explained_by_periods", f"It is exactly {months} installments of "
                            f"{monthly} {cur}: the sides may count a different start, end or "
                            "suspension.", f"差额恰为 {months} 期×{monthly} {cur}：双方对起止时间或"
                            "中止期间的认定可能不同。", amount=size, currency=cur))
    totals = at.totals_in(cur)
    if totals is not None and totals.interest_outstanding == size:
        out.append(Note("explained_by_interest", "It equals the interest outstanding: one side "
                        "includes interest and the other does not.",
                        "差额等于未付利息：一方计入了利息，另一方没有。", amount=size,
                        currency=cur))
    if len(out) == 1:
        out.extend(_combinations(size, higher, at, cur))
    if len(out) == 1:
        out.append(Note("unexplained", "No single installment, payment or interest figure "
                        "explains it; compare the rows and payments line by line.",
                        "没有单独一期、一笔付款或利息金额可以解释该差额；请逐行核对。"))
    return out


def _combinations(size: Decimal, higher: bool, at: Statement, cur: str) -> list[Note]:
    """Two or three items that together make the difference (payments the other side may
    have counted, expenses it may have added, the interest)."""
    from itertools import combinations

    # (name in English, name in Chinese, amount) of each item
    items: list[tuple[str, str, Decimal]] = []
    if higher:
        items += [(n.ref or n.code, ref_zh(n.ref or n.code), n.amount) for n in at.excluded
                  if n.amount is not None and n.currency == cur
                  and n.code in ("not_in_legal_basis", "suspended")]
    else:
        items += [(n.ref or n.code, ref_zh(n.ref or n.code), n.amount)
                  for n in (*at.excluded, *at.questions)
                  if n.amount is not None and n.currency == cur
                  and n.code not in ("suspended", "not_in_legal_basis", "not_yet_due")]
    totals = at.totals_in(cur)
    if totals is not None and totals.interest_outstanding:
        items.append(("the interest outstanding", "未付利息", totals.interest_outstanding))
    items = items[:12]
    for k in (2, 3):
        for combo in combinations(items, k):
            if sum((c[2] for c in combo), Decimal(0)) == size:
                refs = " + ".join(f"{c[0]} ({c[2]})" for c in combo)
                refs_zh = " + ".join(f"{c[1]}（{c[2]}）" for c in combo)
                return [Note("explained_by_combination",
                             f"It equals {refs} together.", f"差额等于{refs_zh}之和。",
                             amount=size, currency=cur)]
    return []
