"""Booking payments: which payments reduce the arrears, in which currency, and why not the rest.

Only performance of the obligation reduces arrears, whoever paid it (the obligor, or a
relative paying on the obligor's behalf). A gift or a loan to the child or the obligee is not
performance; a payment whose nature is unknown is a question to resolve, and the statement
shows both totals (counted and not counted). A reversal (a bounced or recalled transfer)
undoes the payment it names as if it had never been made; a refund by the obligee reduces
the payment it names by the refunded amount. A payment in another currency is converted at
the rate of its own date, with the rate and its source kept on the booking.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from supportcase.casefile.model import CaseFile, Payment
from supportcase.fx import MissingRate, Rates
from supportcase.ledger.entries import BookedPayment, Note
from supportcase.money import quantum, round_to_unit

ZERO = Decimal(0)

PAYER_WORDS = {"obligor": ("the obligor", "义务人"), "relative": ("a relative", "亲属"),
               "other": ("someone else", "他人"), "obligee": ("the obligee", "权利人")}


@dataclass(frozen=True, slots=True)
class Booking:
    counted: tuple[BookedPayment, ...]
    unknown: tuple[BookedPayment, ...]  # counted only in the "if counted" alternative
    excluded: tuple[Note, ...]
    questions: tuple[Note, ...]
    assumptions: tuple[Note, ...]
    problems: tuple[Note, ...]


def payment_ref(payment: Payment, position: int) -> str:
    return payment.id or f"payment #{position}"


def _target_currency(payment: Payment, case: CaseFile) -> tuple[str, str | None]:
    """(ledger currency, obligation id) for a payment: the obligation it names, else one in
    its own currency, else the first obligation's."""
    if payment.obligation is not None:
        for ob in case.obligations:
            if ob.id == payment.obligation:
                return ob.currency, ob.id
    for ob in case.obligations:
        if ob.currency == payment.currency:
            return ob.currency, None
    return case.obligations[0].currency, None


def book_payments(case: CaseFile, as_of: date, rates: Rates) -> Booking:
    counted: list[BookedPayment] = []
    unknown: list[BookedPayment] = []
    excluded: list[Note] = []
    questions: list[Note] = []
    assumptions: list[Note] = []
    problems: list[Note] = []
    undoing = any(p.kind in ("reversal", "refund") for p in case.payments)
    refs = ({payment_ref(p, n): p for n, p in enumerate(case.payments, start=1)} if undoing
            else {})
    # What reversals and refunds take away from the payment they name.
    taken: dict[str, Decimal] = {}
    for n, p in enumerate(case.payments if undoing else (), start=1):
        if p.kind not in ("reversal", "refund") or p.date > as_of:
            continue
        ref = payment_ref(p, n)
        target = refs.get(p.reverses or "")
        if target is None:
            problems.append(Note(
                "reversal_without_payment",
                f"{ref}: a {p.kind} of {p.amount} {p.currency} on {p.date.isoformat()} does not "
                "name the payment it undoes (field 'reverses'); it is not applied.",
                f"{ref}：{p.date.isoformat()} 的{'冲正' if p.kind == 'reversal' else '退款'} "
                f"{p.amount} {p.currency} 未注明对应的付款（reverses 字段），未予处理。",
                amount=p.amount, currency=p.currency, date=p.date, ref=ref))
            continue
        whole = target.amount if p.kind == "reversal" else p.amount
        if p.currency != target.currency and p.kind == "refund":
            problems.append(Note(
                "refund_currency", f"{ref}: refund currency {p.currency} differs from the "
                f"payment it names ({target.currency}); it is not applied.",
                f"{ref}：退款币种 {p.currency} 与原付款币种 {target.currency} 不同，未予处理。",
                ref=ref))
            continue
        taken[p.reverses or ""] = taken.get(p.reverses or "", Decimal(0)) + whole
        excluded.append(Note(
            p.kind, f"{ref}: {p.kind} of {p.reverses} on {p.date.isoformat()} "
            f"({whole} {target.currency}); the ledger treats that amount as never paid",
            f"{ref}：{p.date.isoformat()} 对 {p.reverses} 的{'冲正' if p.kind == 'reversal' else '退款'}"
            f"（{whole} {target.currency}），视为该金额未曾支付",
            amount=whole, currency=target.currency, date=p.date, ref=ref))

    # A statement books hundreds of payments in a handful of currencies: look up each
    # currency's minor unit and each payment's ledger currency once, not once per payment.
    quanta: dict[str, Decimal] = {}
    targets: dict[tuple[str | None, str], tuple[str, str | None]] = {}
    for n, p in enumerate(case.payments, start=1):
        # Read each field once: a statement books hundreds of payments.
        kind, day, pay_currency, payer = p.kind, p.date, p.currency, p.payer
        if kind in ("reversal", "refund"):
            continue
        ref = payment_ref(p, n)
        if day > as_of:
            excluded.append(Note("after_as_of", f"{ref}: {p.amount} {pay_currency} on "
                                 f"{day.isoformat()} is after the as-of date",
                                 f"{ref}：{day.isoformat()} 的 {p.amount} {pay_currency} 晚于计算截止日",
                                 amount=p.amount, currency=pay_currency, date=day, ref=ref))
            continue
        amount = p.amount - taken.get(ref, ZERO)
        if amount <= 0:
            continue
        unit = quanta.get(pay_currency)
        if unit is None:
            unit = quanta[pay_currency] = quantum(pay_currency)
        if amount != amount.quantize(unit, ROUND_HALF_UP):
            problems.append(Note("sub_unit_amount", f"{ref}: {amount} {pay_currency} has more "
                                 "decimals than the currency; rounded to its minor unit.",
                                 f"{ref}：{amount} {pay_currency} 小数位超过货币最小单位，已四舍五入。",
                                 ref=ref))
            amount = round_to_unit(amount, pay_currency)
        who_en, who_zh = PAYER_WORDS[payer]
        name = f" ({p.payer_name})" if p.payer_name else ""
        if payer == "obligee":
            excluded.append(Note("paid_by_obligee", f"{ref}: paid by the obligee; not a payment "
                                 "of support", f"{ref}：由权利人支付，不属于抚养费给付",
                                 amount=amount, currency=pay_currency, date=day, ref=ref))
            continue
        if kind in ("gift", "loan"):
            kind_zh = "赠与" if kind == "gift" else "借款"
            excluded.append(Note(
                f"not_performance_{kind}",
                f"{ref}: {amount} {pay_currency} on {day.isoformat()} from {who_en}{name} is "
                f"recorded as a {kind}, not performance of the obligation; it does not reduce "
                "the arrears.",
                f"{ref}：{day.isoformat()} {who_zh}{name}支付的 {amount} {pay_currency} 记录为"
                f"{kind_zh}，不是履行给付义务，不冲抵欠款。",
                amount=amount, currency=pay_currency, date=day, ref=ref))
            continue
        ledger_target = targets.get((p.obligation, pay_currency))
        if ledger_target is None:
            ledger_target = targets[(p.obligation, pay_currency)] = _target_currency(p, case)
        currency, obligation = ledger_target
        if p.obligation is not None and obligation is None:
            problems.append(Note(
                "unknown_obligation", f"{ref}: names obligation '{p.obligation}', which is not "
                "in the case file; credited to the obligations in its currency.",
                f"{ref}：所注明的给付义务“{p.obligation}”不在案卷中；按币种冲抵。", ref=ref))
        conversion = None
        booked_amount = amount
        if pay_currency != currency:
            try:
                conversion = rates.convert(amount, pay_currency, currency, day)
            except MissingRate as exc:
                problems.append(Note(
                    "missing_rate", f"{ref}: {exc}; the payment is not counted until a rate "
                    "is given.", f"{ref}：缺少 {pay_currency}/{currency} 汇率（{day.isoformat()}），"
                    "补充汇率前该付款暂不计入。", amount=amount, currency=pay_currency, date=day,
                    ref=ref))
                continue
            booked_amount = conversion.amount
        booked = BookedPayment(ref, day, booked_amount, currency, amount, pay_currency, payer,
                               kind, conversion, obligation, p.status != "proven", p.proof)
        if kind == "unknown":
            unknown.append(booked)
            questions.append(Note(
                "unknown_kind",
                f"{ref}: {amount} {pay_currency} on {day.isoformat()} from {who_en}{name} — "
                "is it support, a gift or a loan? Not counted; the statement also shows the "
                "totals if it were counted.",
                f"{ref}：{day.isoformat()} {who_zh}{name}支付的 {amount} {pay_currency}——是抚养费、"
                "赠与还是借款？暂不计入；明细同时列出计入时的合计。",
                amount=amount, currency=pay_currency, date=day, ref=ref))
            continue
        if payer != "obligor":
            assumptions.append(Note(
                "third_party_performance",
                f"{ref}: paid by {who_en}{name} and recorded as performance of the obligation; "
                "counted as if the obligor paid it.",
                f"{ref}：由{who_zh}{name}支付并记录为履行给付义务，视为义务人支付计入。",
                amount=amount, currency=pay_currency, date=day, ref=ref))
        if p.status != "proven":
            assumptions.append(Note(
                "payment_assumed", f"{ref}: {amount} {pay_currency} on {day.isoformat()} is "
                f"recorded as {p.status}, not proven by a document.",
                f"{ref}：{day.isoformat()} 的 {amount} {pay_currency} 状态为“{p.status}”，尚无凭证证明。",
                amount=amount, currency=pay_currency, date=day, ref=ref))
        counted.append(booked)
    return Booking(tuple(counted), tuple(unknown), tuple(excluded), tuple(questions),
                   tuple(assumptions), tuple(problems))
