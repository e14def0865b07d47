"""The booking engine: credit payments to installments day by day and accrue interest.

One currency at a time. Amounts run as integers of the currency's minor unit (fen, cents) so
the arithmetic is exact and fast; interest accrues as an exact fraction per installment and
is rounded once, half-up, when the row is closed or when a payment pays it. Days are counted
after the due day up to and including the payment (or as-of) day, as the interest rules'
`first_day_counted: false`, `last_day_counted: true` say.

Each day: installments falling due are first paid from any credit (an earlier overpayment);
then that day's payments are credited in the order the allocation policy in force on that
day gives. Same-day payments are credited one after another; because no interest accrues
between them, their order and whether they are split change nothing.

Interest is simple, so an installment's interest is a sum of terms — each amount paid × the
days it was unpaid × the rate, and what is still unpaid × the days to the as-of day × the rate
— added as exact integers over one common denominator when the principal is paid.

Why it is fast (bench/ledger_bench.py): the engine works on integer columns (one list per
figure, one entry per installment), not on an object per installment; one pass over payments
in date order; a pointer to the oldest installment with unpaid principal, so a payment never
re-scans settled ones; the allocation order looked up once per rule version. What was
credited is logged as small tuples; the rows, their payments applied and their day-by-day
interest stretches are spelled out from the columns and the log only when a renderer or
`to_json()` reads them (`Records`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cache, partial
from itertools import compress
from math import lcm
from operator import itemgetter
from typing import Any

from supportcase.fx import Conversion, FxQuote
from supportcase.ledger.allocation import Policy
from supportcase.ledger.entries import (
    Application,
    Bucket,
    InterestSegment,
    Records,
    Row,
)
from supportcase.ledger.interest import InterestPlan
from supportcase.ledger.payments import Paid
from supportcase.ledger.schedule import Dues
from supportcase.money import minor_unit


@dataclass(frozen=True, slots=True)
class _Period:
    """A rate period of one interest component, as the engine uses it."""

    name: str  # the component: "double_portion", "general", "legal", "custom"
    start: int  # ordinal of the first day counted
    until: int  # ordinal of the first day no longer counted (a far day when open-ended)
    rate: Decimal | None  # None: no rule in force (days flagged, not computed)
    num: int
    den: int  # rate = num / den per day (the year basis folded in)
    per: int
    rule: str


_NEVER = date.max.toordinal() + 1


@cache
def _periods(plan: InterestPlan) -> tuple[_Period, ...]:
    out = []
    for comp in plan.components:
        for p in comp.periods:
            if p.rate is None:
                num, den = 0, 1
            else:
                n, d = p.rate.as_integer_ratio()
                num, den = n, d * p.per
            out.append(_Period(comp.name, p.start.toordinal(),
                               _NEVER if p.until is None else p.until.toordinal(),
                               p.rate, num, den, p.per, p.rule))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class InterestIn:
    """Interest accrued in another currency than the debt (PRC SPC 2014 art. 5: RMB at the
    rate of the day the doubled interest starts). `factor_on(day)` gives how many units of
    `currency` one unit of the debt's currency is worth that day, or None with no rate."""

    currency: str
    factor_on: Callable[[date], tuple[Fraction, FxQuote] | None]


class _Figures:
    """Turns the engine's integers (minor units, day ordinals) into the statement's Decimals
    and dates. Many figures repeat (0.00, the monthly amount, the as-of day): each is made
    once per ledger."""

    __slots__ = ("days", "decimals", "i_decimals", "i_places", "places")

    def __init__(self, places: int, i_places: int) -> None:
        self.places, self.i_places = places, i_places
        self.decimals: dict[int, Decimal] = {}
        self.i_decimals: dict[int, Decimal] = {}
        self.days: dict[int, date] = {}

    def amount(self, units: int) -> Decimal:
        found = self.decimals.get(units)
        if found is None:
            found = self.decimals[units] = Decimal(units).scaleb(-self.places)
        return found

    def interest(self, units: int) -> Decimal:
        found = self.i_decimals.get(units)
        if found is None:
            found = self.i_decimals[units] = Decimal(units).scaleb(-self.i_places)
        return found

    def day(self, ordinal: int) -> date:
        found = self.days.get(ordinal)
        if found is None:
            found = self.days[ordinal] = date.fromordinal(ordinal)
        return found


class Ledger:
    """One currency's booked installments: totals as Decimals, and rows as records made
    when read (by `_Book`, which keeps the columns and never refers back, so a statement
    dropped is freed at once rather than by the garbage collector)."""

    __slots__ = ("book", "credit", "credit_sources", "currency", "interest_currency", "rows")

    def __init__(self, book: _Book, credit: Decimal, credit_sources: tuple[str, ...]) -> None:
        self.book = book
        self.currency, self.interest_currency = book.currency, book.interest_currency
        self.rows: Records[Row] = Records(book.n, book.row)
        self.credit = credit  # paid beyond everything due (held for future installments)
        self.credit_sources = credit_sources

    def due_days(self) -> list[int]:
        """The due day ordinal of each row."""
        return self.book.due[:self.book.n]

    def days_not_computed(self) -> list[int]:
        """Per row, the days late on which no interest rule was in force."""
        return self.book.not_computed[:self.book.n]

    def _sum(self, column: list[int], interest: bool = False) -> Decimal:
        f = self.book.figures
        places = f.i_places if interest else f.places
        return Decimal(sum(column[:self.book.n])).scaleb(-places)

    @property
    def total_due(self) -> Decimal:
        # Every amount due is in whole minor units, so the sum of the units is exact.
        return self._sum(self.book.amount)

    @property
    def principal_paid(self) -> Decimal:
        return self._sum(self.book.paid)

    @property
    def interest(self) -> Decimal:
        return self._sum(self.book.interest_units, True)

    @property
    def interest_paid(self) -> Decimal:
        return self._sum(self.book.ipaid, True)


class _Book:
    """The engine's columns, one entry per installment in ledger order, and how a row and
    its explanation are made from them."""

    __slots__ = ("_apps", "amount", "currency", "due", "dues", "end", "figures", "fx_quote",
                 "ids", "interest_currency", "interest_units", "ipaid", "log", "marks", "n",
                 "not_computed", "out", "paid", "paid_off", "payments", "periods")

    def __init__(self, currency: str, interest_currency: str, dues: Dues, ids: Sequence[int],
                 payments: Paid, figures: _Figures) -> None:
        self.currency, self.interest_currency = currency, interest_currency
        self.dues, self.ids, self.payments, self.figures = dues, ids, payments, figures
        self._apps: list[list[_Credited]] | None = None
        self.n = 0  # installments due by the as-of day: the rows
        self.due: list[int] = []  # due day ordinals
        self.amount: list[int] = []  # minor units due
        self.out: list[int] = []
        self.paid: list[int] = []
        self.paid_off: list[int] = []  # ordinal of the day it was paid in full, 0: not paid
        self.end = 0  # the as-of day's ordinal
        self.interest_units: list[int] = []
        self.ipaid: list[int] = []
        self.not_computed: list[int] = []
        self.fx_quote: list[FxQuote | None] = []
        self.periods: list[tuple[_Period, ...]] = []  # each installment's rate periods
        self.log: list[_Credited] = []
        self.marks: list[tuple[int, int]] = []  # (installment, day) interest was looked at

    def _credited(self, a: int) -> list[_Credited]:
        if self._apps is None:  # group the log by installment, once
            apps: list[list[_Credited]] = [[] for _ in range(self.n)]
            for entry in self.log:
                apps[entry[0]].append(entry)
            self._apps = apps
        return self._apps[a]

    def applications(self, a: int) -> tuple[Application, ...]:
        f, paid = self.figures, self.payments
        paid.spell_refs()
        amount, interest, ref, paid_on = f.amount, f.interest, paid.ref, paid.paid_on
        return tuple(
            Application(ref(k), paid_on(k),
                        amount(units) if bucket == "principal" else interest(units),
                        bucket, paid.conversion(k) if conv is None else conv)
            for _, k, units, bucket, conv, _ in self._credited(a))

    def segments(self, a: int) -> tuple[InterestSegment, ...]:
        """The stretches of days on one unpaid amount at one rate, replayed from what was
        credited: interest was counted up to each day principal was paid, interest was looked
        at, or the ledger closed — and a stretch ends there only when something changed
        (the amount, the rate, or, with two interest components, every time)."""
        periods, paid_off = self.periods[a], self.paid_off[a]
        if not periods or (paid_off and paid_off <= self.due[a]):
            return ()  # paid in full by its due day: no day was ever unpaid
        events = [(when, units) for _, _, units, bucket, _, when in self._credited(a)
                  if bucket == "principal"]
        marks = [(day, 0) for b, day in self.marks if b == a]
        if marks:
            events = sorted(events + marks, key=itemgetter(0))
        out, last = self.amount[a], self.due[a]
        stretches: list[list[Any]] = []
        # Each day principal changed (or interest was looked at), then the as-of day.
        for to, paid_then in [*events, (self.end, 0)]:
            if to > last and out:
                first = last + 1
                for p in periods:
                    lo = first if first > p.start else p.start
                    hi = to if to < p.until else p.until - 1
                    if hi < lo:
                        continue
                    if stretches and stretches[-1][4] is p and stretches[-1][1] == lo - 1 \
                            and stretches[-1][3] == out:
                        stretches[-1][1] = hi
                        stretches[-1][2] += hi - lo + 1
                    else:
                        stretches.append([lo - 1, hi, hi - lo + 1, out, p])
            last = max(last, to)
            out -= paid_then
        f = self.figures
        return tuple(
            InterestSegment(p.name, f.day(start), f.day(end), days, f.amount(principal),
                            p.rate if p.rate is not None else Decimal(0), p.per, p.rule,
                            p.rate is not None)
            for start, end, days, principal, p in stretches)

    def row(self, a: int) -> Row:
        f = self.figures
        paid_off = self.paid_off[a]
        # Late until paid in full; still unpaid (or nothing was due): until the as-of day.
        late_until = paid_off or self.end
        return Row(self.dues.installments[self.ids[a]], partial(self.applications, a),
                   f.amount(self.paid[a]), f.amount(self.out[a]),
                   f.day(paid_off) if paid_off else None, max(0, late_until - self.due[a]),
                   f.interest(self.interest_units[a]), f.interest(self.ipaid[a]),
                   self.interest_currency, partial(self.segments, a), self.not_computed[a],
                   self.fx_quote[a])


# A payment credited to an installment, as the engine logs it: (installment, payment index,
# minor units — of the interest currency for the interest bucket —, bucket, conversion when
# it is not the payment's own (interest paid in another currency), the day it took effect —
# the payment's day, or the due day for an earlier overpayment).
_Credited = tuple[int, int, int, Bucket, Conversion | None, int]


def _half_up(value: Fraction) -> int:
    return (2 * value.numerator + value.denominator) // (2 * value.denominator)


def _weight(due: int, to: int, rated: tuple[tuple[int, int, int], ...]) -> int:
    """Σ over rate periods of (days after `due` up to `to` in the period) × its rate, in
    units of 1 / the common denominator: one unit of principal unpaid over those days
    accrues this much."""
    total = 0
    for start, until, coef in rated:
        hi = to if to < until else until - 1
        lo = due if due > start - 1 else start - 1
        if hi > lo:
            total += (hi - lo) * coef
    return total


def run_ledger(dues: Dues, ids: Sequence[int], paid: Paid, pays: Sequence[int],
               plans: dict[str, InterestPlan], policy: Policy, as_of: date, currency: str,
               interest_in: InterestIn | None = None) -> Ledger:
    """Credit the payments `pays` (indexes into `paid`, all in `currency`) to the
    installments `ids` (indexes into `dues`, in ledger order) and close the rows on `as_of`.

    Interest is simple, so an installment's interest is a sum over the principal paid of
    amount × days unpaid × rate, plus what is still unpaid × days to the as-of day × rate:
    each credit adds its term (exactly, as an integer over one common denominator) and the
    explanation's day-by-day stretches are replayed only when read."""
    places = minor_unit(currency)
    i_currency = currency if interest_in is None else interest_in.currency
    i_places = minor_unit(i_currency)
    unit_shift = Fraction(10) ** (i_places - places)
    figures = _Figures(places, i_places)
    book = _Book(currency, i_currency, dues, ids, paid, figures)

    def factor(day: date) -> tuple[Fraction, FxQuote] | None:
        assert interest_in is not None
        found = interest_in.factor_on(day)
        return None if found is None else (found[0] * unit_shift, found[1])

    n = len(ids)
    plan_periods = {ob: _periods(plan) for ob, plan in plans.items()}
    # Interest runs as acc[a] / (common * fx_den[a]) minor units: one denominator for every
    # rate, times the installment's own conversion rate (SPC 2014 art. 5) if any.
    common = lcm(1, *(p.den for ps in plan_periods.values() for p in ps))
    rated_of = {ob: tuple((p.start, p.until, p.num * (common // p.den)) for p in ps
                          if p.rate is not None) for ob, ps in plan_periods.items()}
    # Days no rule covered are counted, one per day (a rate of 1), not computed.
    unrated_of = {ob: tuple((p.start, p.until, 1) for p in ps if p.rate is None)
                  for ob, ps in plan_periods.items()}
    def column(values: list[Any]) -> list[Any]:
        return values[:] if len(ids) == len(values) else list(map(values.__getitem__, ids))
    due = column(dues.due)
    amounts = column(dues.amount)
    units_of = {amount: int(amount.scaleb(places)) for amount in set(amounts)}
    amount_units = list(map(units_of.__getitem__, amounts))
    out = amount_units[:]
    obligations = column(dues.obligation)
    if len(set(obligations)) == 1:  # one obligation: the same rate periods throughout
        periods = [plan_periods.get(obligations[0], ())] * n
        rated = [rated_of.get(obligations[0], ())] * n
    else:
        periods = [plan_periods.get(ob, ()) for ob in obligations]
        rated = [rated_of.get(ob, ()) for ob in obligations]
    paidu = [0] * n
    acc = [0] * n
    fx_num = [1] * n
    fx_den = [1] * n
    ipaid = [0] * n
    paid_off = [0] * n
    fx_quote: list[FxQuote | None] = [None] * n
    log: list[_Credited] = []
    record = log.append
    marks: list[tuple[int, int]] = []

    def interest_on(a: int, t: int) -> int:
        """Interest accrued on installment `a` by day `t`, rounded half-up once."""
        o = out[a]
        exact = acc[a] + o * _weight(due[a], t, rated[a]) * fx_num[a] if o else acc[a]
        d = common * fx_den[a]
        return (2 * exact + d) // (2 * d)

    def pay_foreign_interest(a: int, owed: int, rem: int, k: int) -> int:
        """Pay interest kept in another currency: convert at the payment day's rate."""
        found = factor(paid.paid_on(k))
        if found is None or found[0] == 0:
            return rem
        rate, quote = found
        capacity = _half_up(rem * rate)
        take = min(owed, capacity)
        used = rem if take == capacity else min(rem, _half_up(take / rate))
        ipaid[a] += take
        record((a, k, take, "interest", Conversion(
            Decimal(used).scaleb(-places), currency, i_currency,
            Decimal(take).scaleb(-i_places), quote, paid.paid_on(k)), day_col[k]))
        return rem - used

    # Payments in date order, same-day ones by a key that does not depend on entry order.
    day_col, amount_pay = paid.day, paid.amount
    scale = Decimal(10) ** places  # amounts are whole minor units: × 100 is exact
    order = paid.in_order(pays, paid.order_key)
    end = as_of.toordinal()
    credit: list[list[int]] = []  # [payment index, units] paid beyond what was due, oldest first
    head = 0  # credit[:head] is used up
    next_due = 0  # installments [:next_due] are due
    open_from = 0  # no unpaid principal before this index
    interest_open: list[int] = []  # due installments whose interest may still be owed
    buckets: tuple[str, ...] = ()
    buckets_until: int | None = 0  # the allocation order holds until this day (ordinal)
    current: tuple[list[int], list[int]] | None = None

    def fall_due(until: int) -> None:
        """Installments due up to `until` fall due: an earlier overpayment (credit) pays them
        as they do; those still unpaid start to accrue interest."""
        nonlocal next_due, head
        while next_due < n and due[next_due] <= until:
            a = next_due
            next_due += 1
            o = out[a]
            if head < len(credit) and o:
                before = o
                while head < len(credit) and o:
                    c = credit[head]
                    take = c[1] if c[1] < o else o
                    o -= take
                    record((a, c[0], take, "principal", None, due[a]))
                    if take == c[1]:
                        head += 1
                    else:
                        c[1] -= take
                out[a] = o
                paidu[a] += before - o
                if o == 0:
                    paid_off[a] = due[a]
            if periods[a]:
                if interest_in is not None:
                    # Art. 5: the debt converts at the rate of the day interest starts to run.
                    found = factor(date.fromordinal(due[a]))
                    if found is None:
                        fx_num[a] = 0
                    else:
                        fx_num[a], fx_den[a] = found[0].numerator, found[0].denominator
                        fx_quote[a] = found[1]
                if o:  # paid in full on its due day: no interest can ever run
                    interest_open.append(a)

    for k in order:
        t = day_col[k]
        if t > end:
            break
        # Installments falling due on the payment's day first, so the payment can pay them.
        if next_due < n and due[next_due] <= t:
            fall_due(t)
        if buckets_until is not None and t >= buckets_until:
            buckets, until = policy.order_until(paid.paid_on(k))
            buckets_until = None if until is None else until.toordinal()
        rem = int(amount_pay[k] * scale)
        for bucket in buckets:
            if rem <= 0:
                break
            if bucket == "principal_oldest_first":
                while open_from < next_due and out[open_from] == 0:
                    open_from += 1
                a = open_from
                while a < next_due and rem > 0:
                    o = out[a]
                    if o:
                        take = rem if rem < o else o
                        if rated[a] and t > due[a]:
                            acc[a] += take * _weight(due[a], t, rated[a]) * fx_num[a]
                        out[a] = o - take
                        paidu[a] += take
                        if take == o:
                            paid_off[a] = t
                        record((a, k, take, "principal", None, t))
                        rem -= take
                    a += 1
            elif bucket == "current":
                # The periodic installment whose period contains the payment day, due or not.
                if current is None:
                    starts, ends = dues.periods()
                    current = ([starts[i] for i in ids], [ends[i] for i in ids])
                p_start, p_end = current
                a = open_from
                while a < n and rem > 0:
                    if p_start[a] > t:
                        break
                    o = out[a]
                    if o and p_end[a] >= t and dues.kind[ids[a]] == "installment":
                        take = rem if rem < o else o
                        if rated[a] and t > due[a]:
                            acc[a] += take * _weight(due[a], t, rated[a]) * fx_num[a]
                        out[a] = o - take
                        paidu[a] += take
                        if take == o:
                            paid_off[a] = t
                        record((a, k, take, "principal", None, t))
                        rem -= take
                    a += 1
            elif interest_open:  # interest_oldest_first
                still_open = []
                for i, a in enumerate(interest_open):
                    if rem <= 0:
                        # The rest stay as they are; dropping the settled ones only saves work.
                        still_open.extend(interest_open[i:])
                        break
                    if out[a]:
                        marks.append((a, t))  # a stretch of the explanation ends here
                    owed = interest_on(a, t) - ipaid[a]
                    if owed > 0 and interest_in is None:
                        take = owed if owed < rem else rem
                        ipaid[a] += take
                        rem -= take
                        owed -= take
                        record((a, k, take, "interest", None, t))
                    elif owed > 0:
                        rem = pay_foreign_interest(a, owed, rem, k)
                        owed = interest_on(a, t) - ipaid[a]
                    if out[a] or owed:
                        still_open.append(a)
                interest_open = still_open
        if rem > 0:
            credit.append([k, rem])
    fall_due(end)

    # Close the rows: what is unpaid accrues to the as-of day; days no rule covered are
    # counted (while principal was unpaid) and flagged, not computed.
    for a in compress(range(next_due), out):
        if rated[a]:
            acc[a] += out[a] * _weight(due[a], end, rated[a]) * fx_num[a]
    interest = [0] * next_due
    for a in compress(range(next_due), acc):
        d = common * fx_den[a]
        interest[a] = (2 * acc[a] + d) // (2 * d)
    not_computed = [0] * next_due
    for ob, unrated in unrated_of.items():
        if not unrated:
            continue
        # Only installments falling due before the last day no rule covered can have any.
        last = max(u for _, u, _ in unrated)
        for a in range(bisect_left(due, last - 1, 0, next_due)):
            if obligations[a] == ob and (out[a] or paid_off[a]):
                to = end if out[a] else paid_off[a]
                not_computed[a] = _weight(due[a], to, unrated)
    book.due, book.amount, book.out, book.paid = due, amount_units, out, paidu
    book.paid_off, book.end, book.periods = paid_off, end, periods
    book.interest_units, book.ipaid, book.not_computed = interest, ipaid, not_computed
    book.fx_quote, book.log, book.marks = fx_quote, log, marks
    book.n = next_due
    rest = credit[head:]
    return Ledger(book, Decimal(sum(c[1] for c in rest)).scaleb(-places),
                  tuple(paid.ref(c[0]) for c in rest))
