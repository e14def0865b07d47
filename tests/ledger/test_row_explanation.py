"""A row's explanation adds up to its figures, whenever it is read.

The booking engine spells out a row's applications and interest segments only when they are
first read (a statement's totals do not need them). Whatever the payments, and whether the
explanation is read before or after the JSON is made:

- the principal applications add up to the principal paid, the interest applications to the
  interest paid (same currency: PRC art. 4 order, California CCP § 695.221, custom);
- the segments' unrounded interest, rounded once half-up, is the row's interest (the
  once-per-row rounding the interest rules state) — unless days were flagged, not computed;
- the row's JSON shows exactly the records read from the row.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from supportcase.casefile.model import CaseFile
from supportcase.ledger import build_statement

START = dt.date(2014, 1, 1)
AS_OF = dt.date(2016, 6, 30)
REGIMES = {"cn": ("CN", "cn-delayed-performance"), "ca": ("US-CA", "us-ca-legal"),
           "custom": ("CN", "custom"),
           # interest before principal (as California before 2009, CCP § 695.221 as it was):
           # interest is looked at while principal is unpaid, which ends a stretch.
           "interest-first": ("CN", "cn-delayed-performance")}
ALLOCATION = {"interest-first": "custom:current,interest_oldest_first,principal_oldest_first"}

payments = st.lists(st.tuples(st.integers(0, (AS_OF - START).days),
                              st.integers(1, 600_000)), max_size=15)


def _case(pays: list[tuple[int, int]], which: str) -> CaseFile:
    jurisdiction, regime = REGIMES[which]
    return CaseFile.model_validate({
        "case": {"title": "explanation", "order_jurisdiction": jurisdiction},
        "obligations": [{"id": "main", "basis": {"type": "judgment"}, "amount": "2000.00",
                         "currency": "CNY", "due_day": 10, "start": START.isoformat(),
                         "end": "2016-03-31",
                         # Two components (SPC 2014 art. 1 general interest beside the
                         # double portion) make every stretch end where interest was counted.
                         **({"general_interest_rate": "0.04"} if which == "interest-first"
                            else {})}],
        "payments": [{"date": (START + dt.timedelta(days=d)).isoformat(),
                      "amount": str(Decimal(c).scaleb(-2)), "currency": "CNY"}
                     for d, c in pays],
        "interest": {"regime": regime, "rate": "0.05"},
        "settings": {"allocation": ALLOCATION.get(which)},
    })


@settings(max_examples=50, deadline=None)
@given(payments, st.sampled_from(sorted(REGIMES)), st.booleans())
def test_explanation_adds_up_to_the_figures(pays: list[tuple[int, int]], which: str,
                                            json_first: bool) -> None:
    statement = build_statement(_case(pays, which), AS_OF)
    data = statement.to_json() if json_first else None
    for row in statement.rows:
        principal = sum((a.amount for a in row.applications if a.bucket == "principal"),
                        Decimal(0))
        interest = sum((a.amount for a in row.applications if a.bucket == "interest"),
                       Decimal(0))
        assert principal == row.principal_paid and interest == row.interest_paid
        if row.days_not_computed == 0:
            exact = sum((s.exact for s in row.segments), Decimal(0))
            assert exact.quantize(Decimal("0.01"), ROUND_HALF_UP) == row.interest
    data = data or statement.to_json()
    for row, shown in zip(statement.rows, data["rows"], strict=True):
        assert shown["payments"] == [a.to_json() for a in row.applications]
        assert shown["interest_segments"] == [s.to_json() for s in row.segments]


def test_rows_compare_by_value_and_read_plainly() -> None:
    case = _case([(40, 150_000), (400, 900_000)], "cn")
    one, two = build_statement(case, AS_OF), build_statement(case, AS_OF)
    two.to_json()  # one row set spelled out, the other not yet
    assert one.rows == two.rows
    assert "main:2014-01" in repr(one.rows[0])
