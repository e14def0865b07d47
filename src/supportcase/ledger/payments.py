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

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import compress, islice, repeat
from operator import attrgetter, eq, itemgetter, methodcaller, ne
from typing import Any

from supportcase.casefile.model import CaseFile, Payment, payment_ref
from supportcase.casefile.words import ref_zh, status_word
from supportcase.fx import Conversion, MissingRate, Rates
from supportcase.ledger.entries import BookedPayment, Note, Records, first_ten
from supportcase.money import minor_unit, quantum, round_to_unit

ZERO = Decimal(0)

PAYER_WORDS = {"obligor": ("the obligor", "义务人"), "relative": ("a relative", "亲属"),
               "other": ("someone else", "他人"), "obligee": ("the obligee", "权利人")}


# One booked payment as the booking keeps it: (the payment, its 1-based position, amount in
# the ledger currency, ledger currency, amount before conversion, obligation it names,
# conversion).
_Entry = tuple[Payment, int, Decimal, str, Decimal, str | None, Conversion | None]


class Paid:
    """Booked payments as columns the engine reads (day ordinal, amount and currency of the
    ledger, and the same-day sort key's parts) and as `BookedPayment` records, made when
    read. In the order the case file lists them."""

    __slots__ = ("_refs", "amount", "currency", "day", "entries")

    def __init__(self, entries: list[_Entry], day: list[int], amount: list[Decimal],
                 currency: list[str]) -> None:
        self.entries, self.day, self.amount, self.currency = entries, day, amount, currency
        self._refs: list[str] | None = None

    @property
    def records(self) -> Records[BookedPayment]:
        """The payments as records (made anew on each call: Paid keeps no reference to them,
        so nothing here forms a cycle the garbage collector must break)."""
        self.spell_refs()
        return Records(len(self.entries), self._record)

    def __len__(self) -> int:
        return len(self.entries)

    def __add__(self, other: Paid) -> Paid:
        return Paid(self.entries + other.entries, self.day + other.day,
                    self.amount + other.amount, self.currency + other.currency)

    def ref(self, k: int) -> str:
        refs = self._refs
        if refs is None:
            p, n = self.entries[k][0], self.entries[k][1]
            return p.id or f"payment #{n}"
        return refs[k]

    def spell_refs(self) -> None:
        """Spell out every ref once, before many records are made."""
        if self._refs is None:
            self._refs = [p.id or f"payment #{n}" for p, n, *_ in self.entries]

    def paid_on(self, k: int) -> date:
        return self.entries[k][0].date

    def conversion(self, k: int) -> Conversion | None:
        return self.entries[k][6]

    def order_key(self, k: int) -> tuple[date, str, Decimal, str]:
        """Same-day payments are credited in this order, so the order they were entered in
        changes nothing: (date, original currency, original amount, ref)."""
        p, _, _, _, original, _, _ = self.entries[k]
        return (p.date, p.currency, original, self.ref(k))

    def in_order(self, picks: Sequence[int], tie: Callable[[int], Any]) -> list[int]:
        """`picks` (indexes) by payment day, payments of the same day by `tie`."""
        day = self.day
        order = sorted(picks, key=day.__getitem__)
        days = list(map(day.__getitem__, order))
        # Positions whose day equals the one before: the tail of each same-day run.
        repeats = list(compress(range(1, len(days)), map(eq, days[1:], days)))
        i = 0
        while i < len(repeats):  # sort each run of same-day payments by the tie key
            j = i
            while j + 1 < len(repeats) and repeats[j + 1] == repeats[j] + 1:
                j += 1
            lo, hi = repeats[i] - 1, repeats[j] + 1
            order[lo:hi] = sorted(order[lo:hi], key=tie)
            i = j + 1
        return order

    def _record(self, k: int) -> BookedPayment:
        p, _, amount, currency, original, obligation, conversion = self.entries[k]
        return BookedPayment(self.ref(k), p.date, amount, currency, original, p.currency,
                             p.payer, p.kind, conversion, obligation,
                             p.status not in _UNDOUBTED, p.proof)


@dataclass(frozen=True, slots=True)
class Booking:
    counted: Paid
    unknown: Paid  # counted only in the "if counted" alternative
    excluded: tuple[Note, ...]
    questions: tuple[Note, ...]
    assumptions: tuple[Note, ...]
    problems: tuple[Note, ...]


def _target_currency(named: str | None, currency: str,
                     case: CaseFile) -> tuple[str, str | None]:
    """(ledger currency, obligation id) for a payment in `currency` naming obligation
    `named`: the obligation it names, else one in its own currency, else the first one's."""
    if named is not None:
        for ob in case.obligations:
            if ob.id == named:
                return ob.currency, ob.id
    for ob in case.obligations:
        if ob.currency == currency:
            return ob.currency, None
    return case.obligations[0].currency, None


def _payer_named(p: Payment) -> tuple[str, str]:
    """The payer's name after who they are, bracketed as each language brackets it."""
    return (f" ({p.payer_name})", f"（{p.payer_name}）") if p.payer_name else ("", "")


def _not_counted(p: Payment, n: int, amount: Decimal, currency: str) -> Note:
    """Why a payment by the obligee, a gift or a loan does not reduce the arrears."""
    ref = payment_ref(p, n)
    if p.payer == "obligee":
        return Note("paid_by_obligee", f"{ref}: paid by the obligee; not a payment of support",
                    f"{ref_zh(ref)}：由权利人支付，不属于抚养费给付",
                    amount=amount, currency=currency, date=p.date, ref=ref)
    who_en, who_zh = PAYER_WORDS[p.payer]
    name, name_zh = _payer_named(p)
    kind_zh = "赠与" if p.kind == "gift" else "借款"
    return Note(
        f"not_performance_{p.kind}",
        f"{ref}: {amount} {currency} on {p.date.isoformat()} from {who_en}{name} is recorded "
        f"as a {p.kind}, not performance of the obligation; it does not reduce the arrears.",
        f"{ref_zh(ref)}：{p.date.isoformat()} {who_zh}{name_zh}支付的 {amount} {currency} 记录为"
        f"{kind_zh}，不是履行给付义务，不冲抵欠款。",
        amount=amount, currency=currency, date=p.date, ref=ref)


# A payment is an assumption of the ledger only when the case file writes it so (assumed,
# disputed). One the parent reports as received, with no status and no proof, is credited as
# stated, since crediting it lowers the parent's own claim; `_stated_note` counts those.
_UNDOUBTED = (None, "proven")
_PLAIN = {("performance", "obligor", status, None) for status in _UNDOUBTED}
_plain_key = attrgetter("kind", "payer", "status", "obligation")


def _book_plain(case: CaseFile, as_of: date, rates: Rates) -> Booking | None:
    """Book every payment at once when all are plain — performance by the obligor, proven,
    naming no obligation, on or before the as-of day, positive, in whole minor units: the
    usual long case, where no payment needs a note of its own except a missing rate. The
    result is what `book_each` gives (tests/ledger/test_booking.py); None when a payment is
    not plain."""
    pays = case.payments
    if not pays or not set(map(_plain_key, pays)) <= _PLAIN:
        return None
    dates = list(map(attrgetter("date"), pays))
    amounts = list(map(attrgetter("amount"), pays))
    currencies = list(map(attrgetter("currency"), pays))
    kinds = set(currencies)
    if max(dates) > as_of or min(amounts) <= 0 or len({minor_unit(c) for c in kinds}) != 1:
        return None
    whole = methodcaller("quantize", quantum(currencies[0]), ROUND_HALF_UP)
    if list(map(whole, amounts)) != amounts:
        return None
    target = {c: _target_currency(None, c, case)[0] for c in kinds}
    booked, ledger_currency = amounts, currencies
    conversions: list[Conversion | None] = [None] * len(pays)
    problems: list[Note] = []
    missing: list[int] = []
    if any(target[c] != c for c in kinds):
        booked, ledger_currency = amounts[:], list(map(target.__getitem__, currencies))
        for k in compress(range(len(pays)), map(ne, currencies, ledger_currency)):
            c = currencies[k]
            try:
                conversion = rates.convert(amounts[k], c, target[c], dates[k])
            except MissingRate as exc:
                ref = payment_ref(pays[k], k + 1)
                problems.append(Note(
                    "missing_rate", f"{ref}: {exc}; the payment is not counted until a rate "
                    "is given.", f"{ref_zh(ref)}：缺少 {c}/{target[c]} 汇率（{dates[k].isoformat()}），"
                    "补充汇率前该付款暂不计入。", amount=amounts[k], currency=c,
                    date=dates[k], ref=ref))
                missing.append(k)
                continue
            conversions[k] = conversion
            booked[k] = conversion.amount
    entries: list[_Entry] = list(zip(pays, range(1, len(pays) + 1), booked, ledger_currency,
                                     amounts, repeat(None), conversions, strict=False))
    days = list(map(date.toordinal, dates))
    if missing:
        keep = sorted(set(range(len(pays))) - set(missing))
        entries = [entries[k] for k in keep]
        days, booked = [days[k] for k in keep], [booked[k] for k in keep]
        ledger_currency = [ledger_currency[k] for k in keep]
    return Booking(Paid(entries, days, booked, ledger_currency), Paid([], [], [], []),
                   (), (), (), tuple(problems))


def _undoing_problem(p: Payment, ref: str, target: Payment | None) -> Note | None:
    """Why a reversal or refund cannot be applied to the payment it names, if it cannot.
    A case file read or a form sent now refuses one naming no payment of the case
    (`casefile.model.undoing_problem`); a case stored before that check is read as it was
    saved, and these notes say why its reversal is not applied."""
    what_zh = "冲正" if p.kind == "reversal" else "退款"
    if target is None and not p.reverses:
        return Note(
            "reversal_without_payment",
            f"{ref}: a {p.kind} of {p.amount} {p.currency} on {p.date.isoformat()} does not "
            "name the payment it undoes (field 'reverses'); it is not applied.",
            f"{ref_zh(ref)}：{p.date.isoformat()} 的{what_zh} {p.amount} {p.currency} 未注明对应的付款"
            "（reverses 字段），未予处理。",
            amount=p.amount, currency=p.currency, date=p.date, ref=ref)
    if target is None:
        return Note(
            "reversal_unknown_payment",
            f"{ref}: the {p.kind} of {p.amount} {p.currency} on {p.date.isoformat()} names "
            f"'{p.reverses}', which is not a payment in the case file; it is not applied.",
            f"{ref_zh(ref)}：{p.date.isoformat()} 的{what_zh} {p.amount} {p.currency} 所注明的"
            f"“{p.reverses}”不是案卷中的付款，未予处理。",
            amount=p.amount, currency=p.currency, date=p.date, ref=ref)
    if p.kind == "refund" and p.currency != target.currency:
        return Note(
            "refund_currency", f"{ref}: refund currency {p.currency} differs from the "
            f"payment it names ({target.currency}); it is not applied.",
            f"{ref_zh(ref)}：退款币种 {p.currency} 与原付款币种 {target.currency} 不同，未予处理。",
            ref=ref)
    if p.date < target.date:
        return Note(
            "undo_before_payment",
            f"{ref}: the {p.kind} on {p.date.isoformat()} is dated before the payment it "
            f"names ({p.reverses}, {target.date.isoformat()}); it is not applied — check "
            "the dates.",
            f"{ref_zh(ref)}：{p.date.isoformat()} 的{what_zh}早于其所注明的付款（{p.reverses}，"
            f"{target.date.isoformat()}），未予处理，请核对日期。",
            amount=p.amount, currency=p.currency, date=p.date, ref=ref)
    return None


def book_payments(case: CaseFile, as_of: date, rates: Rates) -> Booking:
    """Which payments count, converted to the currency of the obligation they pay."""
    booking = _book_plain(case, as_of, rates) or book_each(case, as_of, rates)
    stated = _stated_note(booking.counted)
    if stated is None:
        return booking
    return replace(booking, assumptions=(*booking.assumptions, stated))


# (status, proof) of a stated payment: `casefile.model.standing`'s "no status, no proof",
# tested in C because long cases have hundreds of payments.
_no_proof = {(None, None), (None, "")}.__contains__


def _stated_note(counted: Paid) -> Note | None:
    """How many counted payments rest on the parent's word alone: no status written and no
    proof document linked."""
    pays = list(map(itemgetter(0), counted.entries))
    marks = list(map(_no_proof, map(attrgetter("status", "proof"), pays)))
    count = marks.count(True)
    if not count:
        return None
    days = [p.date.isoformat() for p in islice(compress(pays, marks), 10)]
    listed, listed_zh = first_ten(days, count, ", "), first_ten(days, count, "、")
    return Note(
        "payments_stated",
        f"{count} payment(s) rest on the parent's own statement, with no proof linked: "
        f"{listed}. They are counted as received, which lowers the claim; link the bank, "
        "WeChat Pay or Alipay records that show them.",
        f"{count} 笔付款仅有当事人陈述、尚未关联凭证：{listed_zh}。已按收到计入（这会减少所主张的"
        "欠款）；请关联能证明这些付款的银行、微信支付或支付宝流水。")


def book_each(case: CaseFile, as_of: date, rates: Rates) -> Booking:
    """Book the payments one by one, each with the notes it needs."""
    counted: list[_Entry] = []
    unknown: list[_Entry] = []
    c_day: list[int] = []
    c_amount: list[Decimal] = []
    c_currency: list[str] = []
    excluded: list[Note] = []
    questions: list[Note] = []
    assumptions: list[Note] = []
    problems: list[Note] = []
    undoing = not {"reversal", "refund"}.isdisjoint(map(attrgetter("kind"), case.payments))
    refs = ({payment_ref(p, n): p for n, p in enumerate(case.payments, start=1)} if undoing
            else {})
    # What reversals and refunds take away from the payment they name.
    taken: dict[str, Decimal] = {}
    for n, p in enumerate(case.payments if undoing else (), start=1):
        if p.kind not in ("reversal", "refund") or p.date > as_of:
            continue
        ref = payment_ref(p, n)
        note = _undoing_problem(p, ref, refs.get(p.reverses or ""))
        if note is not None:
            problems.append(note)
            continue
        named = p.reverses or ""
        target = refs[named]
        what_zh = "冲正" if p.kind == "reversal" else "退款"
        # A reversal undoes the whole payment; a refund gives back part of it. Neither can
        # take back more than is left of the payment (after earlier refunds).
        left = target.amount - taken.get(named, ZERO)
        whole = target.amount if p.kind == "reversal" else p.amount
        if whole > left:
            problems.append(Note(
                "undo_exceeds_payment",
                f"{ref}: the {p.kind} of {p.amount} {p.currency} is more than the {left} "
                f"{target.currency} left of {named}; only {left} is treated as never paid — "
                "check the bank record.",
                f"{ref_zh(ref)}：{what_zh} {p.amount} {p.currency} 超过 {named} 尚余的 {left} "
                f"{target.currency}；仅按 {left} 视为未曾支付，请核对银行记录。",
                amount=p.amount, currency=p.currency, date=p.date, ref=ref))
            whole = left
        elif p.kind == "reversal" and p.currency == target.currency and p.amount != whole:
            problems.append(Note(
                "reversal_amount_differs",
                f"{ref}: the reversal states {p.amount} {p.currency} but {named} was {whole} "
                f"{target.currency}; the whole payment is treated as never paid — check the "
                "bank record.",
                f"{ref_zh(ref)}：冲正金额 {p.amount} {p.currency} 与 {named} 的 {whole} "
                f"{target.currency} 不一致；整笔视为未曾支付，请核对银行记录。",
                amount=p.amount, currency=p.currency, date=p.date, ref=ref))
        if whole <= 0:
            continue
        taken[named] = taken.get(named, ZERO) + whole
        excluded.append(Note(
            p.kind, f"{ref}: {p.kind} of {p.reverses} on {p.date.isoformat()} "
            f"({whole} {target.currency}); the ledger treats that amount as never paid",
            f"{ref_zh(ref)}：{p.date.isoformat()} 对 {p.reverses} 的{what_zh}"
            f"（{whole} {target.currency}），视为该金额未曾支付",
            amount=whole, currency=target.currency, date=p.date, ref=ref))

    # A statement books hundreds of payments in a handful of currencies: look up each
    # currency's minor unit and each payment's ledger currency once, not once per payment.
    targets: dict[tuple[str | None, str], tuple[str, str | None]] = {}
    unit_of: dict[str, Decimal] = {}
    for n, p in enumerate(case.payments, start=1):
        # The usual payment (performance by the obligor, proven, in whole cents) takes the
        # shortest path: a statement books hundreds. Its ref is spelled out only for a note.
        kind, day = p.kind, p.date
        if kind in ("reversal", "refund"):
            continue
        if day > as_of:
            ref = payment_ref(p, n)
            excluded.append(Note("after_as_of", f"{ref}: {p.amount} {p.currency} on "
                                 f"{day.isoformat()} is after the as-of date",
                                 f"{ref_zh(ref)}：{day.isoformat()} 的 {p.amount} {p.currency} 晚于计算截止日",
                                 amount=p.amount, currency=p.currency, date=day, ref=ref))
            continue
        amount, pay_currency = p.amount, p.currency
        if taken:
            amount -= taken.get(payment_ref(p, n), ZERO)
        if amount <= 0:
            continue
        unit = unit_of.get(pay_currency)
        if unit is None:
            unit = unit_of[pay_currency] = quantum(pay_currency)
        if amount != amount.quantize(unit, ROUND_HALF_UP):
            ref = payment_ref(p, n)
            problems.append(Note("sub_unit_amount", f"{ref}: {amount} {pay_currency} has more "
                                 "decimals than the currency; rounded to its minor unit.",
                                 f"{ref_zh(ref)}：{amount} {pay_currency} 小数位超过货币最小单位，已四舍五入。",
                                 ref=ref))
            amount = round_to_unit(amount, pay_currency)
        payer = p.payer
        if payer == "obligee" or kind in ("gift", "loan"):
            excluded.append(_not_counted(p, n, amount, pay_currency))
            continue
        ledger_target = targets.get((p.obligation, pay_currency))
        if ledger_target is None:
            ledger_target = targets[(p.obligation, pay_currency)] = _target_currency(p.obligation, pay_currency, case)
        currency, obligation = ledger_target
        if p.obligation is not None and obligation is None:
            ref = payment_ref(p, n)
            problems.append(Note(
                "unknown_obligation", f"{ref}: names obligation '{p.obligation}', which is not "
                "in the case file; credited to the obligations in its currency.",
                f"{ref_zh(ref)}：所注明的给付义务“{p.obligation}”不在案卷中；按币种冲抵。", ref=ref))
        conversion = None
        booked_amount = amount
        if pay_currency != currency:
            try:
                conversion = rates.convert(amount, pay_currency, currency, day)
            except MissingRate as exc:
                ref = payment_ref(p, n)
                problems.append(Note(
                    "missing_rate", f"{ref}: {exc}; the payment is not counted until a rate "
                    "is given.", f"{ref_zh(ref)}：缺少 {pay_currency}/{currency} 汇率（{day.isoformat()}），"
                    "补充汇率前该付款暂不计入。", amount=amount, currency=pay_currency, date=day,
                    ref=ref))
                continue
            booked_amount = conversion.amount
        entry = (p, n, booked_amount, currency, amount, obligation, conversion)
        if kind != "performance" or payer != "obligor" or p.status not in _UNDOUBTED:
            ref = payment_ref(p, n)
            who_en, who_zh = PAYER_WORDS[payer]
            name, name_zh = _payer_named(p)
            if kind == "unknown":
                unknown.append(entry)
                questions.append(Note(
                    "unknown_kind",
                    f"{ref}: {amount} {pay_currency} on {day.isoformat()} from {who_en}{name} — "
                    "is it support, a gift or a loan? Not counted; the statement also shows the "
                    "totals if it were counted.",
                    f"{ref_zh(ref)}：{day.isoformat()} {who_zh}{name_zh}支付的 {amount} {pay_currency}——是抚养费、"
                    "赠与还是借款？暂不计入；明细同时列出计入时的合计。",
                    amount=amount, currency=pay_currency, date=day, ref=ref))
                continue
            if payer != "obligor":
                assumptions.append(Note(
                    "third_party_performance",
                    f"{ref}: paid by {who_en}{name} and recorded as performance of the "
                    "obligation; counted as if the obligor paid it.",
                    f"{ref_zh(ref)}：由{who_zh}{name_zh}支付并记录为履行给付义务，视为义务人支付计入。",
                    amount=amount, currency=pay_currency, date=day, ref=ref))
            if p.status not in _UNDOUBTED:
                assumptions.append(Note(
                    "payment_assumed", f"{ref}: {amount} {pay_currency} on {day.isoformat()} is "
                    f"recorded as {p.status}, not proven by a document.",
                    f"{ref_zh(ref)}：{day.isoformat()} 的 {amount} {pay_currency} 状态为“{status_word(p.status, 'zh')}”，"
                    "尚无凭证证明。",
                    amount=amount, currency=pay_currency, date=day, ref=ref))
        counted.append(entry)
        c_day.append(day.toordinal())
        c_amount.append(booked_amount)
        c_currency.append(currency)
    return Booking(Paid(counted, c_day, c_amount, c_currency),
                   Paid(unknown, [e[0].date.toordinal() for e in unknown],
                        [e[2] for e in unknown], [e[3] for e in unknown]),
                   tuple(excluded), tuple(questions), tuple(assumptions), tuple(problems))
