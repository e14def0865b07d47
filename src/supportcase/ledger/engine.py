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

Why it is fast (bench/ledger_bench.py): one pass over payments in date order; a pointer to the
oldest installment with unpaid principal, so a payment never re-scans settled ones; interest
accrued per event (a payment, the as-of day) over whole stretches of days, not day by day; the
allocation order looked up once per rule version; repeated figures turned into Decimals once.
The explanation of a row (its applications and interest segments) is kept as raw integers and
spelled out only when a renderer or `to_json()` reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cache
from math import lcm
from operator import attrgetter

from supportcase.fx import Conversion, FxQuote
from supportcase.ledger.allocation import Policy
from supportcase.ledger.entries import (
    Application,
    BookedPayment,
    Bucket,
    Installment,
    InterestSegment,
    Row,
)
from supportcase.ledger.interest import InterestPlan
from supportcase.money import minor_unit


def _units(amount: Decimal, places: int) -> int:
    return int(amount.scaleb(places))


def _half_up(value: Fraction) -> int:
    return (2 * value.numerator + value.denominator) // (2 * value.denominator)


@dataclass(frozen=True, slots=True)
class _Period:
    start: int  # ordinal of the first day counted
    until: int | None
    rate: Decimal | None
    num: int
    den: int  # rate = num / den per day (the year basis folded in)
    per: int
    rule: str


class _Segment:
    """A stretch of days on one unpaid amount at one rate (merged while nothing changes)."""

    __slots__ = ("days", "end", "name", "period", "principal", "start")

    def __init__(self, name: str, start: int, end: int, days: int, principal: int,
                 period: _Period) -> None:
        self.name, self.start, self.end, self.days = name, start, end, days
        self.principal, self.period = principal, period


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


# A payment credited to an installment, as the engine records it: (payment ref, payment day,
# minor units — of the interest currency for the interest bucket —, bucket, conversion).
_Credited = tuple[str, date, int, Bucket, Conversion | None]


class _Account:
    """Mutable working state of one installment while the engine runs."""

    __slots__ = ("acc_d", "acc_n", "apps", "comps", "due", "figures", "fx", "fx_quote", "inst",
                 "ipaid", "last", "not_computed", "out", "paid", "paid_off", "segs")

    def __init__(self, inst: Installment, out: int,
                 comps: Sequence[tuple[str, tuple[_Period, ...]]], figures: _Figures) -> None:
        self.inst = inst
        self.figures = figures
        self.due = inst.due_date.toordinal()
        self.out = out
        self.paid = 0
        self.last = self.due  # interest counted from the day after the due day
        self.acc_n = 0  # accrued interest = acc_n / acc_d minor units, exactly
        self.acc_d = 1
        self.ipaid = 0
        self.paid_off: int | None = None
        self.apps: list[_Credited] = []
        self.segs: list[_Segment] = []
        self.not_computed = 0
        self.comps = comps
        self.fx: Fraction | None = None  # debt minor units → interest-currency minor units
        self.fx_quote: FxQuote | None = None

    def accrue(self, to: int) -> None:
        last = self.last
        if to <= last:
            return
        out = self.out
        if out:
            first = last + 1
            for name, periods in self.comps:
                for p in periods:
                    lo = first if first > p.start else p.start
                    until = p.until
                    hi = to if until is None or to < until else until - 1
                    if hi < lo:
                        continue
                    days = hi - lo + 1
                    if p.rate is None:
                        self.not_computed += days
                    elif self.fx is None:
                        self._add(out * days * p.num, p.den)
                    else:
                        self._add(out * days * p.num * self.fx.numerator,
                                  p.den * self.fx.denominator)
                    self._segment(name, lo - 1, hi, days, p)
        self.last = to

    def _segment(self, name: str, start: int, end: int, days: int, p: _Period) -> None:
        if self.segs:
            s = self.segs[-1]
            if s.name == name and s.end == start and s.principal == self.out and s.period is p:
                s.end = end
                s.days += days
                return
        self.segs.append(_Segment(name, start, end, days, self.out, p))

    def _add(self, num: int, den: int) -> None:
        if den == self.acc_d:
            self.acc_n += num
        else:  # a new rate denominator (a change of rule): move to a common one
            common = lcm(self.acc_d, den)
            self.acc_n = self.acc_n * (common // self.acc_d) + num * (common // den)
            self.acc_d = common

    def interest(self) -> int:
        """Accrued interest, rounded half-up once to the minor unit."""
        return (2 * self.acc_n + self.acc_d) // (2 * self.acc_d)

    def interest_owed(self) -> int:
        return self.interest() - self.ipaid

    # The row's explanation, made only when a renderer or `to_json()` reads it.
    def applications(self) -> tuple[Application, ...]:
        f = self.figures
        return tuple(Application(ref, day, f.amount(units) if bucket == "principal"
                                 else f.interest(units), bucket, conv)
                     for ref, day, units, bucket, conv in self.apps)

    def segments(self) -> tuple[InterestSegment, ...]:
        f = self.figures
        return tuple(
            InterestSegment(g.name, f.day(g.start), f.day(g.end), g.days, f.amount(g.principal),
                            g.period.rate if g.period.rate is not None else Decimal(0),
                            g.period.per, g.period.rule, g.period.rate is not None)
            for g in self.segs)


class _Credit:
    """Money paid beyond what was due, waiting for the next installment."""

    __slots__ = ("conversion", "day", "ref", "units")

    def __init__(self, ref: str, day: date, units: int, conversion: Conversion | None) -> None:
        self.ref, self.day, self.units, self.conversion = ref, day, units, conversion


@dataclass(frozen=True, slots=True)
class Ledger:
    rows: tuple[Row, ...]
    credit: Decimal  # paid beyond everything due (held for future installments)
    credit_sources: tuple[str, ...]


@cache
def _periods(plan: InterestPlan) -> tuple[tuple[str, tuple[_Period, ...]], ...]:
    out = []
    for comp in plan.components:
        periods = []
        for p in comp.periods:
            if p.rate is None:
                num, den = 0, 1
            else:
                n, d = p.rate.as_integer_ratio()
                num, den = n, d * p.per
            periods.append(_Period(p.start.toordinal(),
                                   None if p.until is None else p.until.toordinal(),
                                   p.rate, num, den, p.per, p.rule))
        out.append((comp.name, tuple(periods)))
    return tuple(out)


def run_ledger(installments: Sequence[Installment], payments: Sequence[BookedPayment],
               plans: dict[str, InterestPlan], policy: Policy, as_of: date,
               currency: str, interest_in: InterestIn | None = None) -> Ledger:
    """Credit `payments` to `installments` (all in `currency`) and close the rows on `as_of`."""
    places = minor_unit(currency)
    i_currency = currency if interest_in is None else interest_in.currency
    i_places = minor_unit(i_currency)
    unit_shift = Fraction(10) ** (i_places - places)
    figures = _Figures(places, i_places)

    def factor(day: date) -> tuple[Fraction, FxQuote] | None:
        assert interest_in is not None
        found = interest_in.factor_on(day)
        return None if found is None else (found[0] * unit_shift, found[1])
    comp_cache = {ob: _periods(plan) for ob, plan in plans.items()}
    units_of: dict[Decimal, int] = {}  # most installments have the same amount
    accounts = []
    for i in sorted(installments, key=attrgetter("due_date", "obligation", "id")):
        units = units_of.get(i.amount)
        if units is None:
            units = units_of[i.amount] = _units(i.amount, places)
        accounts.append(_Account(i, units, comp_cache.get(i.obligation, ()), figures))
    # Deterministic same-day order: the order payments were entered must not matter.
    pays = sorted(payments, key=attrgetter("date", "original_currency", "original_amount",
                                           "ref"))
    end = as_of.toordinal()
    credit: list[_Credit] = []  # overpayments, oldest first
    n_acc = len(accounts)
    next_due = 0  # accounts[:next_due] are due
    open_from = 0  # no unpaid principal before this index
    interest_open: list[_Account] = []  # due accounts whose interest may still be owed

    def pay_principal(acct: _Account, t: int, rem: int, ref: str, day: date,
                      conv: Conversion | None) -> int:
        take = min(rem, acct.out)
        if take <= 0:
            return rem
        acct.accrue(t)
        acct.out -= take
        acct.paid += take
        if acct.out == 0:
            acct.paid_off = t
        acct.apps.append((ref, day, take, "principal", conv))
        return rem - take

    def pay_foreign_interest(acct: _Account, owed: int, rem: int, pay: BookedPayment) -> int:
        """Pay interest kept in another currency: convert at the payment day's rate."""
        found = factor(pay.date)
        if found is None or found[0] == 0:
            return rem
        rate, quote = found
        capacity = _half_up(rem * rate)
        take = min(owed, capacity)
        used = rem if take == capacity else min(rem, _half_up(take / rate))
        acct.ipaid += take
        conv = Conversion(Decimal(used).scaleb(-places), currency, i_currency,
                          Decimal(take).scaleb(-i_places), quote, pay.date)
        acct.apps.append((pay.ref, pay.date, take, "interest", conv))
        return rem - used

    def release_credit(acct: _Account) -> None:
        while credit and acct.out:
            c = credit[0]
            take = min(c.units, acct.out)
            acct.out -= take
            acct.paid += take
            if acct.out == 0:
                acct.paid_off = acct.due
            acct.apps.append((c.ref, c.day, take, "principal", c.conversion))
            if take == c.units:
                credit.pop(0)
            else:
                c.units -= take

    def fall_due(acct: _Account) -> None:
        if credit:
            release_credit(acct)
        if acct.comps:
            if interest_in is not None:
                # Art. 5: the debt converts at the rate of the day interest starts to run.
                found = factor(acct.inst.due_date)
                acct.fx, acct.fx_quote = found if found else (Fraction(0), None)
            if acct.out:  # paid in full on its due day: no interest can ever run
                interest_open.append(acct)

    # Payments in date order; before each, the installments falling due up to its day
    # (an installment due on a payment's day falls due first, so the payment can pay it).
    due_days = [acct.due for acct in accounts]
    order: tuple[str, ...] = ()
    order_until: date | None = date.min  # the allocation order holds until this day
    for pay in pays:
        t = pay.date.toordinal()
        if t > end:
            break
        while next_due < n_acc and due_days[next_due] <= t:
            fall_due(accounts[next_due])
            next_due += 1
        if order_until is not None and pay.date >= order_until:
            order, order_until = policy.order_until(pay.date)
        rem = _units(pay.amount, places)
        for bucket in order:
            if rem <= 0:
                break
            if bucket == "current":
                # The periodic installment whose period contains the payment date, due or not.
                k = open_from
                while k < n_acc and rem > 0:
                    acct = accounts[k]
                    k += 1
                    if acct.inst.period_start > pay.date:
                        break
                    if (acct.out and acct.inst.kind == "installment"
                            and acct.inst.period_end >= pay.date):
                        rem = pay_principal(acct, t, rem, pay.ref, pay.date, pay.conversion)
            elif bucket == "principal_oldest_first":
                while open_from < next_due and accounts[open_from].out == 0:
                    open_from += 1
                k = open_from
                while k < next_due and rem > 0:
                    acct = accounts[k]
                    k += 1
                    if acct.out:
                        rem = pay_principal(acct, t, rem, pay.ref, pay.date, pay.conversion)
            else:  # interest_oldest_first
                still_open = []
                for n, acct in enumerate(interest_open):
                    if rem <= 0:
                        # The rest stay as they are; dropping the settled ones only saves work.
                        still_open.extend(interest_open[n:])
                        break
                    acct.accrue(t)
                    owed = acct.interest_owed()
                    if owed > 0 and interest_in is None:
                        take = min(owed, rem)
                        acct.ipaid += take
                        rem -= take
                        owed -= take
                        acct.apps.append((pay.ref, pay.date, take, "interest",
                                          pay.conversion))
                    elif owed > 0:
                        rem = pay_foreign_interest(acct, owed, rem, pay)
                        owed = acct.interest_owed()
                    if acct.out or owed:
                        still_open.append(acct)
                interest_open = still_open
        if rem > 0:
            credit.append(_Credit(pay.ref, pay.date, rem, pay.conversion))
    while next_due < n_acc and due_days[next_due] <= end:
        fall_due(accounts[next_due])
        next_due += 1

    rows = []
    amount, interest, day = figures.amount, figures.interest, figures.day
    for acct in accounts[:next_due]:
        if acct.out:  # still unpaid: interest runs to the as-of day
            acct.accrue(end)
            days_late = max(0, end - acct.due)
            paid_off = None
        elif acct.paid_off is not None:
            days_late = max(0, acct.paid_off - acct.due)
            paid_off = day(acct.paid_off)
        else:  # nothing was due (an installment of 0.00)
            days_late = max(0, end - acct.due)
            paid_off = None
        rows.append(Row(
            acct.inst, acct.applications, amount(acct.paid), amount(acct.out), paid_off,
            days_late, interest(acct.interest() if acct.acc_n else 0), interest(acct.ipaid),
            i_currency, acct.segments, acct.not_computed, acct.fx_quote))
    left = sum(c.units for c in credit)
    return Ledger(tuple(rows), Decimal(left).scaleb(-places), tuple(c.ref for c in credit))
