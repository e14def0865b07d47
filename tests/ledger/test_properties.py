"""Properties every arrears statement keeps, whatever the payments (hypothesis).

- each row: amount due = paid + unpaid;
- paying earlier never raises interest (PRC art. 4 order; California within the same month —
  across a month end CCP § 695.221 changes which month is "current", so money that would
  have paid next month's support pays accrued interest instead, and interest can rise);
- the order in which payments are entered changes nothing;
- splitting a payment into two on the same day changes nothing;
- no float anywhere in the statement.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from supportcase.casefile.model import CaseFile
from supportcase.ledger import build_statement

START = dt.date(2022, 1, 1)
AS_OF = dt.date(2023, 12, 31)
REGIMES = {"cn": ("CN", "cn-delayed-performance"), "ca": ("US-CA", "us-ca-legal")}

days = st.integers(min_value=0, max_value=(AS_OF - START).days)
cents = st.integers(min_value=1, max_value=500_000)
payment = st.tuples(days, cents)
payments = st.lists(payment, max_size=12)
regime = st.sampled_from(sorted(REGIMES))


def _case(pays: list[tuple[int, int]], which: str, *, amount: str = "2000.00") -> CaseFile:
    jurisdiction, interest = REGIMES[which]
    return CaseFile.model_validate({
        "case": {"title": "property", "order_jurisdiction": jurisdiction},
        "obligations": [{"id": "main", "basis": {"type": "judgment"}, "amount": amount,
                         "currency": "CNY", "due_day": 10, "start": START.isoformat(),
                         "end": "2023-06-30"}],
        "payments": [{"date": (START + dt.timedelta(days=d)).isoformat(),
                      "amount": str(Decimal(c).scaleb(-2)), "currency": "CNY"}
                     for d, c in pays],
        "interest": {"regime": interest},
    })


def _totals(case: CaseFile) -> dict[str, Any]:
    data = build_statement(case, AS_OF).to_json()
    keys = ("total_due", "total_paid", "principal_outstanding", "interest_outstanding",
            "total_outstanding", "credit", "interest")
    return {k: data[k] for k in keys} | {
        "rows": [(r["id"], r["paid"], r["shortfall"], r["interest"], r["interest_paid"])
                 for r in data["rows"]]}


@settings(max_examples=60, deadline=None)
@given(payments, regime)
def test_due_equals_paid_plus_unpaid(pays: list[tuple[int, int]], which: str) -> None:
    statement = build_statement(_case(pays, which), AS_OF)
    for row in statement.rows:
        assert row.installment.amount == row.principal_paid + row.shortfall
        assert row.shortfall >= 0 and row.interest_paid <= row.interest
    total = statement.total
    assert total is not None
    paid_in = sum((Decimal(c).scaleb(-2) for _, c in pays), Decimal(0))
    # Every yuan paid is either credited to a row or held as credit.
    assert total.total_paid + total.credit == paid_in


@settings(max_examples=60, deadline=None)
@given(payments, regime, st.data())
def test_paying_earlier_never_raises_interest(pays: list[tuple[int, int]], which: str,
                                              data: st.DataObject) -> None:
    if not pays:
        return
    i = data.draw(st.integers(min_value=0, max_value=len(pays) - 1))
    shift = data.draw(st.integers(min_value=1, max_value=120))
    earlier = list(pays)
    day = START + dt.timedelta(days=pays[i][0])
    floor = (day.replace(day=1) - START).days if which == "ca" else 0
    earlier[i] = (max(0, floor, pays[i][0] - shift), pays[i][1])
    late = build_statement(_case(pays, which), AS_OF)
    early = build_statement(_case(earlier, which), AS_OF)
    # Exactly (before the once-per-row rounding) interest never rises ...
    assert _exact_interest(early) <= _exact_interest(late)
    # ... and after rounding it can differ only by the rounding of the rows the payment
    # moved between (California credits the current month first, so the row can change).
    assert early.total is not None and late.total is not None
    assert early.total.interest <= late.total.interest + Decimal("0.01")
    # What is owed in all can differ only by that rounding too (a payment made before the next
    # installment falls due may pay accrued interest instead of that installment's principal).
    assert early.total.total_outstanding <= late.total.total_outstanding + Decimal("0.01")


def _exact_interest(statement: Any) -> Decimal:
    return sum((s.exact for r in statement.rows for s in r.segments), Decimal(0))


@settings(max_examples=40, deadline=None)
@given(payments, regime, st.randoms(use_true_random=False))
def test_entry_order_changes_nothing(pays: list[tuple[int, int]], which: str,
                                     rnd: Any) -> None:
    shuffled = list(pays)
    rnd.shuffle(shuffled)
    assert _totals(_case(pays, which)) == _totals(_case(shuffled, which))


@settings(max_examples=40, deadline=None)
@given(payments, regime, st.data())
def test_splitting_a_payment_on_the_same_day_changes_nothing(
        pays: list[tuple[int, int]], which: str, data: st.DataObject) -> None:
    if not pays:
        return
    i = data.draw(st.integers(min_value=0, max_value=len(pays) - 1))
    day, amount = pays[i]
    if amount < 2:
        return
    part = data.draw(st.integers(min_value=1, max_value=amount - 1))
    split = [*pays[:i], (day, part), (day, amount - part), *pays[i + 1:]]
    whole = _totals(_case(pays, which))
    parts = _totals(_case(split, which))
    assert {k: v for k, v in whole.items()} == {k: v for k, v in parts.items()}


def _floats(value: Any) -> list[Any]:
    if isinstance(value, float):
        return [value]
    if isinstance(value, dict):
        return [f for v in value.values() for f in _floats(v)]
    if isinstance(value, list | tuple):
        return [f for v in value for f in _floats(v)]
    return []


@settings(max_examples=30, deadline=None)
@given(payments, regime)
def test_no_float_anywhere(pays: list[tuple[int, int]], which: str) -> None:
    statement = build_statement(_case(pays, which), AS_OF)
    assert _floats(statement.to_json()) == []
    for row in statement.rows:
        for value in (row.installment.amount, row.principal_paid, row.shortfall, row.interest):
            assert isinstance(value, Decimal)
